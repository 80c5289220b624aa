// The entity timeline block: analyses that mention the entity, newest first; open questions (issue 4, item 6).
import type DossierPlugin from "../../../src/plugin/main";
import type { QuestionsFeature } from "../../../src/plugin/questions/feature";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EntityService, entitiesFeature } from "../../../src/plugin/entities";
import { renderCodeBlock } from "../../support/ui";
import { analysisNote, entityNote, loadVault, waitFor } from "../../support/entities";

const VAULT: Readonly<Record<string, string>> = {
	"Entities/DeepSeek.md": entityNote(["深度求索"], "") + "\n```dossier-timeline\n```\n",
	"Entities/Stargate.md": entityNote(["星門"]) + "Partner of [[DeepSeek]]? No.\n",
	"Analyses/old.md": analysisNote("[[DeepSeek]] 開源。\n", "title: Old news\noutlet: FT\npublished: 2025-01-02\n"),
	"Analyses/new.md": analysisNote("[[DeepSeek|深度求索]] 又來了。\n", "title: New news\noutlet: Reuters\npublished: 2025-12-05T14:42\n"),
	"Analyses/undated.md": analysisNote("About [[DeepSeek]].\n", "title: <img src=x onerror=alert(1)>\n"),
	"Notes/other.md": "Only [[Stargate]] here.\n",
};

/** The rendered rows of the first list: date, title, outlet. */
function analyses(el: HTMLElement): string[] {
	const list = el.querySelector("ul");
	return [...(list?.querySelectorAll("li") ?? [])].map((li) => [...li.children].map((child) => child.textContent).join(" | "));
}

/** The open questions the questions feature lends the timeline. */
function questionTexts(plugin: DossierPlugin): readonly unknown[] {
	const questions = plugin.features.list.find((feature) => "openQuestions" in feature) as QuestionsFeature | undefined;
	return questions?.openQuestions() ?? [];
}

describe("entity timeline", () => {
	afterEach(() => vi.restoreAllMocks());

	it("lists the analyses that link the entity, newest published first, undated last, as text", async () => {
		const { plugin } = await loadVault({ ...VAULT });
		const { el } = await renderCodeBlock(plugin, "dossier-timeline", "", "Entities/DeepSeek.md");
		expect(analyses(el)).toEqual(["2025-12-05 | New news | Reuters", "2025-01-02 | Old news | FT", "Undated | <img src=x onerror=alert(1)>"]);
		expect(el.querySelector("img")).toBeNull();
		expect(el.textContent).toContain("No open question mentions this entity.");
		plugin.unload();
	});

	it("lists the vault's open questions that mention the entity, from the questions feature", async () => {
		const questions = "## Areas for further investigation\n\n1. Will 深度求索 keep releasing weights?\n2. Who finances Stargate?\n\n    Compare with the [[DeepSeek]] budget.\n\n\n3. Is [[DeepSeek]] profitable? [status:: answered]\n";
		const { plugin } = await loadVault({ ...VAULT, "Analyses/questions.md": analysisNote(questions, "title: Questions\n") });
		await waitFor(() => plugin.features.list.length > 0 && questionTexts(plugin).length > 0, "the questions index");
		const { el } = await renderCodeBlock(plugin, "dossier-timeline", "", "Entities/DeepSeek.md");
		const items = [...el.querySelectorAll("ul")].at(-1)!.querySelectorAll("li");
		expect([...items].map((li) => li.textContent)).toEqual(["Will 深度求索 keep releasing weights?", "Who finances Stargate?"]);
		plugin.unload();
	});

	it("opens the analysis when its title is clicked", async () => {
		const { app, plugin } = await loadVault({ ...VAULT });
		const open = vi.spyOn(app.workspace, "openLinkText");
		const { el } = await renderCodeBlock(plugin, "dossier-timeline", "", "Entities/DeepSeek.md");
		(el.querySelector("a") as HTMLAnchorElement).click();
		expect(open).toHaveBeenCalledWith("Analyses/new.md", "Entities/DeepSeek.md", false, undefined);
		plugin.unload();
	});

	it("redraws when an analysis changes", async () => {
		const { app, plugin } = await loadVault({ ...VAULT });
		const { el } = await renderCodeBlock(plugin, "dossier-timeline", "", "Entities/DeepSeek.md");
		await app.vault.create("Analyses/newest.md", analysisNote("[[DeepSeek]]\n", "title: Newest\npublished: 2026-01-01\n"));
		await waitFor(() => analyses(el)[0] === "2026-01-01 | Newest", "the redraw");
		await app.vault.modify(app.vault.getFileByPath("Analyses/old.md")!, analysisNote("No more links.\n", "title: Old news\n"));
		await waitFor(() => analyses(el).length === 3, "the second redraw");
		plugin.unload();
	});

	it("shows the open questions that mention the entity when the questions feature provides them", async () => {
		const { plugin } = await loadVault({ ...VAULT });
		const questions = () => [
			{ path: "Analyses/new.md", line: 7, text: "深度求索的下載量是否持續增長？" },
			{ path: "Analyses/old.md", line: 9, text: "How will Stargate be financed?" },
		];
		entitiesFeature(new EntityService(), { openQuestions: questions, onQuestionsChange: () => () => true }).load?.(plugin.host);
		const { el } = await renderCodeBlock(plugin, "dossier-timeline", "", "Entities/DeepSeek.md");
		expect(el.textContent).toContain("Open questions");
		const items = [...el.querySelectorAll("ul")].at(-1)!.querySelectorAll("li");
		expect([...items].map((li) => li.textContent)).toEqual(["深度求索的下載量是否持續增長？"]);
		plugin.unload();
	});

	it("says what it is for outside an entity note, and can name the entity", async () => {
		const { plugin } = await loadVault({ ...VAULT });
		const outside = await renderCodeBlock(plugin, "dossier-timeline", "", "Notes/other.md");
		expect(outside.el.textContent).toBe("This timeline shows in an entity note (type: entity).");
		const named = await renderCodeBlock(plugin, "dossier-timeline", "深度求索", "Notes/other.md");
		expect(analyses(named.el)).toHaveLength(3);
		const gone = await renderCodeBlock(plugin, "dossier-timeline", "DeepSeek Labs", "Notes/other.md");
		expect(gone.el.textContent).toBe("No entity is named DeepSeek Labs.");
		plugin.unload();
	});
});
