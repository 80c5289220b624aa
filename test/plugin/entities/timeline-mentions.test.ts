// The entity timeline lists "the analyses that mention it … and the open investigation questions
// that mention it" (issue 4, item 6): analyses that link it, and analyses that name it without a
// link (marked so, nothing written); kept true while entities and notes change.
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderCodeBlock } from "../../support/ui";
import { analysisNote, entityNote, loadVault, waitFor } from "../../support/entities";
import { analysis } from "../../support/questions";
import { MentionIndex } from "../../../src/plugin/entities/mentions";

const TIMELINE = "\n```dossier-timeline\n```\n";

const VAULT: Readonly<Record<string, string>> = {
	"Entities/DeepSeek.md": entityNote(["深度求索"]) + TIMELINE,
	"Entities/Stargate.md": entityNote(["星門"]) + TIMELINE,
	"Analyses/linked.md": analysisNote("[[DeepSeek]] 開源，深度求索再發布。\n", "title: Linked\noutlet: FT\npublished: 2025-01-02\n"),
	"Analyses/unlinked.md": analysisNote("由深度求索開發的模型。\n", "title: Named only\noutlet: Caixin\npublished: 2025-06-01\n"),
	"Analyses/property.md": analysisNote("No name in the text.\n", "title: Listed in entities\nentities:\n  - 深度求索\n"),
	"Analyses/protected.md": analysisNote("`DeepSeek` and https://example.com/DeepSeek\n\n```\nDeepSeek\n```\n<!-- DeepSeek -->\n", "title: Only in code\npublished: 2025-09-09\n"),
	"Notes/scratch.md": "DeepSeek, in a note that is no analysis.\n",
};

/** The rendered analyses: date | title | outlet | unlinked mark, as the user reads them. */
function analyses(el: HTMLElement): string[] {
	const list = el.querySelector("ul");
	return [...(list?.querySelectorAll("li") ?? [])].map((li) => [...li.children].map((child) => child.textContent).join(" | "));
}

/** The open questions listed under their heading. */
function questionItems(el: HTMLElement): string[] {
	const heading = [...el.querySelectorAll("h4")].find((h) => h.textContent === "Open questions");
	const list = heading?.nextElementSibling;
	return list?.tagName === "UL" ? [...list.querySelectorAll("li")].map((li) => li.textContent ?? "") : [];
}

describe("entity timeline: unlinked mentions", () => {
	afterEach(() => vi.restoreAllMocks());

	it("lists analyses that name the entity without a link, marked unlinked, and writes nothing", async () => {
		const { app, plugin } = await loadVault({ ...VAULT });
		const { el } = await renderCodeBlock(plugin, "dossier-timeline", "", "Entities/DeepSeek.md");
		await waitFor(() => analyses(el).length === 3, `the unlinked mentions, shown ${analyses(el).join("; ")}`);
		expect(analyses(el)).toEqual(["2025-06-01 | Named only | Caixin | Unlinked", "2025-01-02 | Linked | FT", "Undated | Listed in entities | Unlinked"]);
		expect(el.querySelector(".dossier-entities-unlinked")?.getAttribute("aria-label")).toBe("Names this entity without linking it. Link entities in this note adds the link.");
		expect(el.querySelector(".dossier-entities-hint")?.textContent).not.toBe("Looking for analyses that name it without a link…");
		// Nothing offers to link: the one button maps the entity, and writes only its canvas.
		expect([...el.querySelectorAll("button")].map((b) => b.textContent)).toEqual(["Map on a canvas"]);
		for (const [path, text] of Object.entries(VAULT)) expect(await app.vault.read(app.vault.getFileByPath(path)!)).toBe(text);
		plugin.unload();
	});

	it("reads no analysis for unlinked mentions until a timeline asks", async () => {
		const { app, plugin } = await loadVault({ ...VAULT });
		const reads = vi.spyOn(app.vault, "cachedRead");
		const analysesRead = () => reads.mock.calls.filter(([file]) => file.path.startsWith("Analyses/")).length;
		await app.vault.create("Entities/Qwen.md", entityNote(["千問"]));
		await new Promise((resolve) => window.setTimeout(resolve, 800));
		expect(analysesRead()).toBe(0);
		const { el } = await renderCodeBlock(plugin, "dossier-timeline", "", "Entities/DeepSeek.md");
		await waitFor(() => analyses(el).length === 3, "the unlinked mentions");
		expect(analysesRead()).toBe(4);
		plugin.unload();
	});

	it("shows a new unlinked mention, then the same analysis as linked once it links", async () => {
		const { app, plugin } = await loadVault({ ...VAULT });
		const { el } = await renderCodeBlock(plugin, "dossier-timeline", "", "Entities/Stargate.md");
		await waitFor(() => el.textContent?.includes("No analysis mentions this entity yet.") ?? false, "the empty timeline");
		const note = app.vault.getFileByPath("Analyses/protected.md")!;
		await app.vault.modify(note, analysisNote("星門的電力從哪裡來？\n", "title: Power\npublished: 2025-09-09\n"));
		await waitFor(() => analyses(el)[0] === "2025-09-09 | Power | Unlinked", `the unlinked mention, shown ${analyses(el).join("; ")}`);
		await app.vault.modify(note, analysisNote("[[Stargate|星門]]的電力從哪裡來？\n", "title: Power\npublished: 2025-09-09\n"));
		await waitFor(() => analyses(el)[0] === "2025-09-09 | Power", `the link, shown ${analyses(el).join("; ")}`);
		plugin.unload();
	});

	it("reads the analyses again once for a burst of registry changes while shown", async () => {
		const { app, plugin } = await loadVault({ ...VAULT });
		const { el } = await renderCodeBlock(plugin, "dossier-timeline", "", "Entities/Stargate.md");
		await waitFor(() => !el.textContent?.includes("Looking for"), "the first reading");
		const reads = vi.spyOn(app.vault, "cachedRead");
		for (let i = 0; i < 10; i++) await app.vault.create(`Entities/Lab ${i}.md`, entityNote([`Lab${i}`]));
		// Stargate gains a longer name, which wins over DeepSeek's 深度求索 where it is written.
		await app.vault.modify(app.vault.getFileByPath("Entities/Stargate.md")!, entityNote(["星門", "由深度求索開發"]) + TIMELINE);
		await waitFor(() => analyses(el).length === 1, `the re-read, shown ${analyses(el).join("; ")}`);
		expect(analyses(el)).toEqual(["2025-06-01 | Named only | Caixin | Unlinked"]);
		const analysesRead = reads.mock.calls.filter(([file]) => file.path.startsWith("Analyses/"));
		expect(analysesRead).toHaveLength(4);
		plugin.unload();
	});

	it("keeps showing its entity when the entity note is renamed while shown", async () => {
		const { app, plugin } = await loadVault({ ...VAULT });
		const { el } = await renderCodeBlock(plugin, "dossier-timeline", "", "Entities/DeepSeek.md");
		await waitFor(() => analyses(el).length === 3, "the timeline");
		await app.vault.rename(app.vault.getFileByPath("Entities/DeepSeek.md")!, "Entities/DeepSeek AI.md");
		await app.vault.create("Analyses/after.md", analysisNote("深度求索改名之後。\n", "title: After the rename\npublished: 2026-01-01\n"));
		await waitFor(() => analyses(el)[0] === "2026-01-01 | After the rename | Unlinked", `the timeline after the rename, shown ${el.textContent ?? ""}`);
		expect(analyses(el)).toHaveLength(4);
		expect(el.textContent).not.toContain("This timeline shows in an entity note");
		plugin.unload();
	});

	it("lists an open question as soon as a new alias names it", async () => {
		const questions = analysis({ title: "Money", questions: [["星際之門的資金從哪裡來？", "追蹤軟銀。"]] });
		const { app, plugin } = await loadVault({ ...VAULT, "Analyses/questions.md": questions });
		const { el } = await renderCodeBlock(plugin, "dossier-timeline", "", "Entities/Stargate.md");
		expect(el.textContent).toContain("No open question mentions this entity.");
		await app.vault.modify(app.vault.getFileByPath("Entities/Stargate.md")!, entityNote(["星門", "星際之門"]) + TIMELINE);
		await waitFor(() => questionItems(el).join() === "星際之門的資金從哪裡來？", `the question, shown ${el.textContent ?? ""}`);
		plugin.unload();
	});
});

describe("entity timeline: changed analyses wait in a queue", () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.restoreAllMocks();
	});

	/** The vault loaded and a Stargate timeline shown, its first reading done; the plugin's mention index. */
	async function shown() {
		const subscribe = vi.spyOn(MentionIndex.prototype, "subscribe");
		const loaded = await loadVault({ ...VAULT });
		const block = await renderCodeBlock(loaded.plugin, "dossier-timeline", "", "Entities/Stargate.md");
		const index = subscribe.mock.contexts[0];
		if (!(index instanceof MentionIndex)) throw new Error("no timeline subscribed to the mention index");
		await waitFor(() => block.el.textContent?.includes("No analysis mentions this entity yet.") ?? false, "the empty timeline");
		return { ...loaded, ...block, index };
	}

	const file = (app: Awaited<ReturnType<typeof loadVault>>["app"], path: string) => app.vault.getFileByPath(path)!;

	it("plans a large analysis after the change event, not inside it, and shows it once the queue drains", async () => {
		const { app, plugin, el, index } = await shown();
		// About 2 MB of text naming no entity, then one unlinked mention of Stargate at the very end.
		const large = analysisNote("晶片出口管制的段落，沒有提到任何名字。\n\n".repeat(40_000) + "最後：星門的電力。\n", "title: Large\npublished: 2025-10-10\n");
		const seenInHandler: { listed: boolean; pending: boolean }[] = [];
		// Registered after the plugin's handlers, so it runs once they have returned.
		const ref = app.metadataCache.on("changed", (changed) => {
			const path = "Analyses/protected.md";
			if (changed === file(app, path)) seenInHandler.push({ listed: index.notesMentioning("Stargate").includes(path), pending: index.pending });
		});
		await app.vault.modify(file(app, "Analyses/protected.md"), large);
		app.metadataCache.offref(ref);
		expect(seenInHandler).toEqual([{ listed: false, pending: true }]);
		await index.idle();
		expect(index.notesMentioning("Stargate")).toEqual(["Analyses/protected.md"]);
		expect(index.pending).toBe(false);
		await waitFor(() => analyses(el)[0] === "2025-10-10 | Large | Unlinked", `the large analysis, shown ${analyses(el).join("; ")}`);
		expect(el.textContent).not.toContain("Looking for");
		plugin.unload();
	});

	it("plans a note changed twice while queued with its newest text, moves a renamed one and drops a deleted one", async () => {
		const { app, plugin, el, index } = await shown();
		const reads = vi.spyOn(app.vault, "cachedRead");
		// Hold the queue: its run starts after a zero-delay timer.
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
		const power = (body: string, title: string) => analysisNote(body, `title: ${title}\npublished: 2025-09-09\n`);
		await app.vault.modify(file(app, "Analyses/protected.md"), power("星門的電力從哪裡來？\n", "First"));
		await app.vault.modify(file(app, "Analyses/protected.md"), power("深度求索的電力從哪裡來？\n", "Second"));
		await app.vault.modify(file(app, "Analyses/linked.md"), power("星門與軟銀。\n", "Moved"));
		await app.vault.rename(file(app, "Analyses/linked.md"), "Analyses/moved.md");
		await app.vault.modify(file(app, "Analyses/property.md"), power("星門被刪掉之前。\n", "Deleted"));
		await app.fileManager.trashFile(file(app, "Analyses/property.md"));
		expect(index.pending).toBe(true);
		await vi.runAllTimersAsync();
		await index.idle();
		vi.useRealTimers();
		expect(index.notesMentioning("Stargate")).toEqual(["Analyses/moved.md"]);
		expect(index.notesMentioning("DeepSeek").sort()).toEqual(["Analyses/protected.md", "Analyses/unlinked.md"]);
		expect(reads).not.toHaveBeenCalled();
		// The runtime's metadata cache forgets a renamed note's properties (Obsidian moves them), so the
		// timeline titles it by its file name here.
		await waitFor(() => analyses(el).join("; ") === "Undated | moved | Unlinked", `the moved analysis alone, shown ${analyses(el).join("; ")}`);
		plugin.unload();
	});

	it("keeps only the path while no timeline is shown, and reads the note again when one asks", async () => {
		const { app, plugin, children, index } = await shown();
		for (const child of children) child.unload();
		const reads = vi.spyOn(app.vault, "cachedRead");
		await app.vault.modify(file(app, "Analyses/protected.md"), analysisNote("星門的電力從哪裡來？\n", "title: Power\npublished: 2025-09-09\n"));
		await new Promise((resolve) => window.setTimeout(resolve, 50));
		expect(reads).not.toHaveBeenCalled();
		expect(index.pending).toBe(true);
		const { el } = await renderCodeBlock(plugin, "dossier-timeline", "", "Entities/Stargate.md");
		await waitFor(() => analyses(el)[0] === "2025-09-09 | Power | Unlinked", `the changed analysis, shown ${analyses(el).join("; ")}`);
		expect(reads.mock.calls.map(([read]) => read.path)).toEqual(["Analyses/protected.md"]);
		plugin.unload();
	});
});
