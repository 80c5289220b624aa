// The timeline's Named with section: "the entities named in the same analyses, most shared analyses
// first, with the count and the latest date; a click opens that entity, a hover shows the shared
// analyses. It follows the same changes the timeline follows today" (issue 12, item 1).
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderCodeBlock } from "../../support/ui";
import { analysisNote, entityNote, loadVault, waitFor } from "../../support/entities";

const TIMELINE = "\n```dossier-timeline\n```\n";

const VAULT: Readonly<Record<string, string>> = {
	"Entities/DeepSeek.md": entityNote(["深度求索"]) + TIMELINE,
	"Entities/OpenAI.md": entityNote(),
	"Entities/Qwen.md": entityNote(["千問"]),
	"Entities/Stargate.md": entityNote(["星門"]),
	"Entities/Nvidia.md": entityNote(),
	"Analyses/a.md": analysisNote("[[DeepSeek]] and [[OpenAI]].\n", "title: Open weights\npublished: 2025-01-02\n"),
	"Analyses/b.md": analysisNote("[[DeepSeek]], [[OpenAI]] 與千問。\n", "title: <img src=x onerror=alert(1)>\npublished: 2025-12-05T14:42\n"),
	"Analyses/c.md": analysisNote("深度求索與 [[Stargate|星門]]。\n", "title: Power\npublished: 2025-06-01\n"),
	"Analyses/d.md": analysisNote("[[OpenAI]] and [[Qwen]], [[Nvidia]].\n", "title: Not about it\npublished: 2025-12-30\n"),
	"Analyses/undated.md": analysisNote("[[DeepSeek]] buys from [[Nvidia]].\n", "title: Undated\n"),
};

/** The Named with rows as the user reads them. */
function rows(el: HTMLElement): string[] {
	return [...el.querySelectorAll(".dossier-entities-named-with-list li")].map((li) => li.textContent ?? "");
}

/** The tooltip of the row of `name`. */
function tooltip(el: HTMLElement, name: string): string | null {
	const row = [...el.querySelectorAll(".dossier-entities-named-with-list li")].find((li) => li.querySelector("a")?.textContent === name);
	return row?.querySelector(".dossier-entities-named-with-count")?.getAttribute("aria-label") ?? null;
}

/** Renders DeepSeek's timeline and waits until the unlinked mentions have been read. */
async function deepSeek(files: Record<string, string> = { ...VAULT }, data?: unknown) {
	const loaded = await loadVault(files, data);
	const { el } = await renderCodeBlock(loaded.plugin, "dossier-timeline", "", "Entities/DeepSeek.md");
	await waitFor(() => !(el.textContent ?? "").includes("Looking for") && rows(el).length > 0, `the unlinked mentions, shown ${rows(el).join("; ")}`);
	return { ...loaded, el };
}

describe("entity timeline: Named with", () => {
	afterEach(() => vi.restoreAllMocks());

	it("lists the entities named in the same analyses, most shared first, with the count and the latest date", async () => {
		const { plugin, el } = await deepSeek();
		const heading = [...el.querySelectorAll("h4")].map((h) => h.textContent);
		expect(heading).toEqual(["Analyses", "Named with", "Open questions"]);
		// Qwen is named unlinked in b; Stargate is linked by c, which names DeepSeek unlinked; d does not name DeepSeek.
		expect(rows(el)).toEqual(["OpenAI · 2 analyses · 2025-12-05", "Qwen · 1 analysis · 2025-12-05", "Stargate · 1 analysis · 2025-06-01", "Nvidia · 1 analysis"]);
		plugin.unload();
	});

	it("shows the shared analyses on hover, newest first, titles as text", async () => {
		const { plugin, el } = await deepSeek();
		expect(tooltip(el, "OpenAI")).toBe("Named together in 2 analyses:\n2025-12-05 · <img src=x onerror=alert(1)>\n2025-01-02 · Open weights");
		expect(tooltip(el, "Nvidia")).toBe("Named together in 1 analysis:\nUndated · Undated");
		expect(el.querySelector("img")).toBeNull();
		plugin.unload();
	});

	it("opens the entity's note when its name is clicked", async () => {
		const { app, plugin, el } = await deepSeek();
		const open = vi.spyOn(app.workspace, "openLinkText");
		const link = el.querySelector<HTMLAnchorElement>(".dossier-entities-named-with-list a")!;
		expect(link.classList.contains("internal-link")).toBe(true);
		expect(link.dataset.href).toBe("Entities/OpenAI.md");
		link.click();
		expect(open).toHaveBeenCalledWith("Entities/OpenAI.md", "Entities/DeepSeek.md", false, undefined);
		plugin.unload();
	});

	it("follows edits: a new co-mention, a link removed", async () => {
		const { app, plugin, el } = await deepSeek();
		await app.vault.modify(app.vault.getFileByPath("Analyses/a.md")!, analysisNote("[[DeepSeek]] and [[Nvidia]].\n", "title: Open weights\npublished: 2025-01-02\n"));
		await waitFor(() => rows(el)[0] === "Nvidia · 2 analyses · 2025-01-02", `the edit, shown ${rows(el).join("; ")}`);
		expect(rows(el)).toContain("OpenAI · 1 analysis · 2025-12-05");
		await app.vault.modify(app.vault.getFileByPath("Analyses/c.md")!, analysisNote("深度求索再發布。\n", "title: Power\npublished: 2025-06-01\n"));
		await waitFor(() => !rows(el).some((row) => row.startsWith("Stargate")), `Stargate gone, shown ${rows(el).join("; ")}`);
		plugin.unload();
	});

	it("follows a renamed entity, linked or named unlinked, and a renamed analysis", async () => {
		const { app, plugin, el } = await deepSeek();
		// Qwen is named unlinked (千問): its row follows once the analyses are read with the new registry.
		await app.vault.rename(app.vault.getFileByPath("Entities/Qwen.md")!, "Entities/Qwen Lab.md");
		await waitFor(() => rows(el).includes("Qwen Lab · 1 analysis · 2025-12-05"), `the renamed unlinked entity, shown ${rows(el).join("; ")}`);
		// OpenAI is linked: Obsidian rewrites the links to a renamed note, and the row follows them.
		await app.vault.rename(app.vault.getFileByPath("Entities/OpenAI.md")!, "Entities/OpenAI Group.md");
		for (const path of ["Analyses/a.md", "Analyses/b.md"]) await app.vault.process(app.vault.getFileByPath(path)!, (text) => text.replace("[[OpenAI]]", "[[OpenAI Group]]"));
		await waitFor(() => rows(el)[0] === "OpenAI Group · 2 analyses · 2025-12-05", `the renamed linked entity, shown ${rows(el).join("; ")}`);
		expect(el.querySelector<HTMLAnchorElement>(".dossier-entities-named-with-list a")!.dataset.href).toBe("Entities/OpenAI Group.md");
		// An analysis that names both unlinked still counts under its new path.
		await app.vault.create("Analyses/e.md", analysisNote("深度求索與千問的比較。\n", "title: Compared\npublished: 2026-01-01\n"));
		await waitFor(() => rows(el).includes("Qwen Lab · 2 analyses · 2026-01-01"), `the new analysis, shown ${rows(el).join("; ")}`);
		await app.vault.rename(app.vault.getFileByPath("Analyses/e.md")!, "Analyses/e moved.md");
		await waitFor(() => (tooltip(el, "Qwen Lab") ?? "").includes("e moved"), `the renamed analysis, shown ${tooltip(el, "Qwen Lab") ?? ""}`);
		// The runtime's metadata cache forgets a renamed note's properties (Obsidian moves them): e is undated here.
		expect(rows(el)).toContain("Qwen Lab · 2 analyses · 2025-12-05");
		plugin.unload();
	});

	it("follows deletes of an analysis and of an entity", async () => {
		const { app, plugin, el } = await deepSeek();
		await app.fileManager.trashFile(app.vault.getFileByPath("Analyses/b.md")!);
		await waitFor(() => !rows(el).some((row) => row.startsWith("Qwen")), `the deleted analysis, shown ${rows(el).join("; ")}`);
		expect(rows(el)).toEqual(["Stargate · 1 analysis · 2025-06-01", "OpenAI · 1 analysis · 2025-01-02", "Nvidia · 1 analysis"]);
		await app.fileManager.trashFile(app.vault.getFileByPath("Entities/Stargate.md")!);
		await waitFor(() => !rows(el).some((row) => row.startsWith("Stargate")), `the deleted entity, shown ${rows(el).join("; ")}`);
		expect(rows(el)).toEqual(["OpenAI · 1 analysis · 2025-01-02", "Nvidia · 1 analysis"]);
		plugin.unload();
	});

	it("says so when no other entity shares an analysis", async () => {
		const { plugin } = await loadVault({ "Entities/DeepSeek.md": VAULT["Entities/DeepSeek.md"]!, "Entities/OpenAI.md": entityNote(), "Analyses/a.md": analysisNote("[[DeepSeek]]\n", "title: Alone\n") });
		const { el } = await renderCodeBlock(plugin, "dossier-timeline", "", "Entities/DeepSeek.md");
		await waitFor(() => !(el.textContent ?? "").includes("Looking for"), "the unlinked mentions");
		expect(rows(el)).toEqual([]);
		expect(el.textContent).toContain("No other entity is named in its analyses yet.");
		plugin.unload();
	});

	it("lists the most shared first and shows every entity when asked", async () => {
		const labs = Array.from({ length: 10 }, (_, i) => `Lab ${i}`);
		const files: Record<string, string> = { "Entities/DeepSeek.md": VAULT["Entities/DeepSeek.md"]! };
		for (const lab of labs) files[`Entities/${lab}.md`] = entityNote();
		// Lab i is named with DeepSeek in 10 - i analyses.
		for (let n = 0; n < 10; n++) files[`Analyses/${n}.md`] = analysisNote(`[[DeepSeek]] ${labs.slice(0, 10 - n).map((lab) => `[[${lab}]]`).join(" ")}\n`, `title: A${n}\npublished: 2025-01-${String(10 + n)}\n`);
		const { plugin, el } = await deepSeek(files);
		expect(rows(el)).toEqual(labs.slice(0, 8).map((lab, i) => `${lab} · ${10 - i} analyses · 2025-01-${String(19 - i)}`));
		expect(tooltip(el, "Lab 0")!.split("\n")).toEqual(["Named together in 10 analyses:", ...Array.from({ length: 10 }, (_, i) => `2025-01-${String(19 - i)} · A${9 - i}`)]);
		const showAll = [...el.querySelectorAll("button")].find((b) => b.textContent === "Show all 10")!;
		showAll.click();
		expect(rows(el).slice(8)).toEqual(["Lab 8 · 2 analyses · 2025-01-11", "Lab 9 · 1 analysis · 2025-01-10"]);
		expect([...el.querySelectorAll("button")].some((b) => b.textContent?.startsWith("Show all"))).toBe(false);
		plugin.unload();
	});

	it("cuts a long list of shared analyses short in the tooltip, saying how many more", async () => {
		const files: Record<string, string> = { "Entities/DeepSeek.md": VAULT["Entities/DeepSeek.md"]!, "Entities/OpenAI.md": entityNote() };
		for (let n = 0; n < 13; n++) files[`Analyses/${n}.md`] = analysisNote("[[DeepSeek]] [[OpenAI]]\n", `title: A${n}\npublished: 2025-02-${String(10 + n)}\n`);
		const { plugin, el } = await deepSeek(files);
		const lines = tooltip(el, "OpenAI")!.split("\n");
		expect(lines).toHaveLength(12);
		expect([lines[0], lines[1], lines.at(-1)]).toEqual(["Named together in 13 analyses:", "2025-02-22 · A12", "…and 3 more"]);
		plugin.unload();
	});

	it.each([
		["zh-TW", "共同提及", "OpenAI · 2 篇分析 · 2025-12-05", "共同出現於 2 篇分析："],
		["zh-CN", "共同提及", "OpenAI · 2 篇分析 · 2025-12-05", "共同出现于 2 篇分析："],
	])("speaks %s", async (language, heading, row, hover) => {
		const { plugin, el } = await deepSeek({ ...VAULT }, { version: 1, language });
		expect([...el.querySelectorAll("h4")].map((h) => h.textContent)).toContain(heading);
		expect(rows(el)[0]).toBe(row);
		expect(tooltip(el, "OpenAI")!.split("\n")[0]).toBe(hover);
		plugin.unload();
	});
});
