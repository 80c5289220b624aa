// Creating entity notes: from a selection, for a note's keywords, the starter set (issue 4, item 2).
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseYaml } from "obsidian";
import { STARTER_ENTITIES } from "../../../src/core/entities";
import { settle } from "../../support/plugin";
import { captureNotices, editorWith, keepModalsOpen, runCommand } from "../../support/ui";
import { ENTITIES, analysisNote, button, entityNote, fileAt, loadVault, textAt, waitFor, entityService } from "../../support/entities";

/** The note's properties, read back from its text. */
function properties(text: string): Record<string, unknown> {
	const yaml = /^---\n([\s\S]*?)---\n/.exec(text)?.[1];
	if (yaml === undefined) throw new Error(`No frontmatter in ${text}`);
	return parseYaml(yaml) as Record<string, unknown>;
}

describe("create entity from selection", () => {
	afterEach(() => vi.restoreAllMocks());

	async function createFrom(text: string, selection: readonly [number, number], category: string, files: Record<string, string> = {}) {
		const loaded = await loadVault({ "Analyses/a.md": text, ...files });
		const modals = keepModalsOpen();
		const notices = captureNotices();
		const writes = { create: vi.spyOn(loaded.app.vault, "create"), modify: vi.spyOn(loaded.app.vault, "modify"), process: vi.spyOn(loaded.app.vault, "process") };
		await runCommand(loaded.plugin, "create-entity-from-selection", editorWith(loaded.app, fileAt(loaded.app, "Analyses/a.md"), text, selection));
		return { ...loaded, modals, notices, writes, submit: async () => {
			const form = modals.at(-1)!;
			form.contentEl.querySelector("select")!.value = category;
			button(form.contentEl, "Create").click();
			await settle();
		} };
	}

	it("makes the bracketed gloss an alias and creates the note in one write", async () => {
		const text = "川普政府啟動「創世計畫 (Genesis Mission)」。";
		const start = text.indexOf("創");
		const run = await createFrom(text, [start, text.indexOf("」")], "programme");
		const form = run.modals[0]!;
		expect((form.contentEl.querySelector("input[type=text]") as HTMLInputElement).value).toBe("創世計畫");
		expect(form.contentEl.querySelector("textarea")!.value).toBe("Genesis Mission");
		await run.submit();
		expect(run.writes.create).toHaveBeenCalledTimes(1);
		expect(run.writes.modify).not.toHaveBeenCalled();
		expect(run.writes.process).not.toHaveBeenCalled();
		const note = await textAt(run.app, "Entities/創世計畫.md");
		expect(properties(note)).toEqual({ type: "entity", aliases: ["Genesis Mission"], category: "programme", tags: ["entity/programme"] });
		expect(note).toContain("```dossier-timeline\n```");
		expect(run.notices).toContain("Created entity 創世計畫.");
		expect(entityService().entityForName("Genesis Mission")?.path).toBe("Entities/創世計畫.md");
		run.plugin.unload();
	});

	it("names the note after the English name when the setting says so", async () => {
		const text = "創世計畫 (Genesis Mission)";
		const loaded = await loadVault({ "a.md": text }, { version: 1, entitiesCanonicalName: "en" });
		const modals = keepModalsOpen();
		await runCommand(loaded.plugin, "create-entity-from-selection", editorWith(loaded.app, fileAt(loaded.app, "a.md"), text, [0, text.length]));
		button(modals[0]!.contentEl, "Create").click();
		await settle();
		expect(properties(await textAt(loaded.app, "Entities/Genesis Mission.md")).aliases).toEqual(["創世計畫"]);
		loaded.plugin.unload();
	});

	it("gives a name with illegal characters a valid file name and keeps the exact name as an alias", async () => {
		const text = "Intel/Altera: a split";
		const run = await createFrom(text, [0, "Intel/Altera".length], "organization");
		expect(run.modals[0]!.contentEl.textContent).toContain("Saved as Intel Altera.md");
		await run.submit();
		const note = await textAt(run.app, "Entities/Intel Altera.md");
		expect(properties(note)).toMatchObject({ type: "entity", aliases: ["Intel/Altera"], category: "organization", tags: ["entity/organization"] });
		expect(entityService().entityForName("Intel/Altera")?.path).toBe("Entities/Intel Altera.md");
		run.plugin.unload();
	});

	it("offers a category the user added in settings, as a valid tag", async () => {
		const text = "ASPI";
		const loaded = await loadVault({ "a.md": text }, { version: 1, entitiesCategories: ["Think tank"] });
		const modals = keepModalsOpen();
		await runCommand(loaded.plugin, "create-entity-from-selection", editorWith(loaded.app, fileAt(loaded.app, "a.md"), text, [0, 4]));
		const select = modals[0]!.contentEl.querySelector("select")!;
		expect([...select.options].map((o) => o.value)).toContain("think-tank");
		select.value = "think-tank";
		button(modals[0]!.contentEl, "Create").click();
		await settle();
		expect(properties(await textAt(loaded.app, "Entities/ASPI.md"))).toMatchObject({ category: "think-tank", tags: ["entity/think-tank"] });
		loaded.plugin.unload();
	});

	it("says when the entity exists and offers to open it, writing nothing", async () => {
		const text = "由深度求索開發";
		const run = await createFrom(text, [1, 5], "organization", ENTITIES);
		expect(run.modals).toHaveLength(1);
		expect(run.modals[0]!.contentEl.textContent).toContain("An entity named DeepSeek already exists.");
		button(run.modals[0]!.contentEl, "Open it").click();
		await settle();
		expect(run.app.workspace.getActiveFile()?.path).toBe("Entities/DeepSeek.md");
		expect(run.writes.create).not.toHaveBeenCalled();
		run.plugin.unload();
	});

	it("never overwrites a note that holds the file name", async () => {
		const text = "Stargate";
		const { app, plugin } = await loadVault({ "a.md": text, "Stargate.md": "My own note about the film\n" }, { version: 1, entitiesFolder: "" });
		const modals = keepModalsOpen();
		const notices = captureNotices();
		await runCommand(plugin, "create-entity-from-selection", editorWith(app, fileAt(app, "a.md"), text, [0, 8]));
		button(modals[0]!.contentEl, "Create").click();
		await settle();
		expect(await textAt(app, "Stargate.md")).toBe("My own note about the film\n");
		expect(notices.join("\n")).toContain("already exists at Stargate.md and is no entity");
		plugin.unload();
	});

	it("asks for a selection", async () => {
		const run = await createFrom("nothing selected", [0, 0], "organization");
		expect(run.modals).toHaveLength(0);
		expect(run.notices).toEqual(["Select the entity's name first."]);
		run.plugin.unload();
	});
});

describe("create entities for this note's keywords", () => {
	afterEach(() => vi.restoreAllMocks());

	it("creates one entity per keyword that has none, and reports created and skipped", async () => {
		const keywords = "keywords:\n  - DeepSeek\n  - 創世計畫 (Genesis Mission)\n  - 澳洲戰略政策研究所 (ASPI)\n  - Airbnb 採用案例\n  - 星門 (Stargate)\n";
		const { app, plugin } = await loadVault({ ...ENTITIES, "Analyses/a.md": analysisNote("body\n", keywords) });
		const modals = keepModalsOpen();
		const notices = captureNotices();
		app.workspace.activeEditor = editorWith(app, fileAt(app, "Analyses/a.md"), "").info;
		await runCommand(plugin, "create-entities-for-keywords");
		const rows = [...modals[0]!.contentEl.querySelectorAll(".dossier-entities-keyword")];
		expect(rows.map((row) => row.querySelector(".dossier-entities-surface")!.textContent)).toEqual(["澳洲戰略政策研究所", "Airbnb 採用案例"]);
		(rows[1]!.querySelector("input[type=checkbox]") as HTMLInputElement).checked = false;
		button(modals[0]!.contentEl, "Create").click();
		await waitFor(() => notices.length > 0, "the report");
		expect(properties(await textAt(app, "Entities/澳洲戰略政策研究所.md"))).toMatchObject({ aliases: ["ASPI"], category: "organization" });
		expect(app.vault.getFileByPath("Entities/Airbnb 採用案例.md")).toBeNull();
		expect(notices).toEqual(["Created 1 entity; 4 keywords already had one."]);
		plugin.unload();
	});

	it("says so when every keyword has an entity", async () => {
		const { app, plugin } = await loadVault({ ...ENTITIES, "a.md": analysisNote("x\n", "keywords: [DeepSeek, 星門]\n") });
		const notices = captureNotices();
		app.workspace.activeEditor = editorWith(app, fileAt(app, "a.md"), "").info;
		await runCommand(plugin, "create-entities-for-keywords");
		expect(notices).toEqual(["This note has no keywords without an entity."]);
		plugin.unload();
	});
});

describe("add starter entities", () => {
	afterEach(() => vi.restoreAllMocks());

	it("creates the starter entities the vault lacks, and nothing twice", async () => {
		const { app, plugin } = await loadVault({ "Entities/DeepSeek.md": entityNote(["深度求索"]) });
		const notices = captureNotices();
		await runCommand(plugin, "add-starter-entities");
		await waitFor(() => notices.length > 0, "the report");
		const created = STARTER_ENTITIES.length - 1;
		expect(notices).toEqual([`Added ${created} starter entities (1 already existed).`]);
		expect(await textAt(app, "Entities/DeepSeek.md")).toBe(entityNote(["深度求索"]));
		const openai = await textAt(app, "Entities/OpenAI.md");
		expect(properties(openai)).toMatchObject({ type: "entity", category: "organization", tags: ["entity/organization"] });
		expect(entityService().registry.byPath.size).toBe(STARTER_ENTITIES.length);

		notices.length = 0;
		await runCommand(plugin, "add-starter-entities");
		await waitFor(() => notices.length > 0, "the second report");
		expect(notices).toEqual([`Added 0 starter entities (${STARTER_ENTITIES.length} already existed).`]);
		plugin.unload();
	});
});
