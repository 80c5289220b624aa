// Map this entity / this analysis on a canvas, from the palette and the timeline (issue 12, item 2).
import { afterEach, describe, expect, it, vi } from "vitest";
import { WorkspaceLeaf, type App } from "obsidian-test-mocks/obsidian";
import { canvasEdges, canvasNodes, canvasProblems } from "../../support/canvas";
import { analysisNote, button, entityNote, loadVault, textAt, waitFor } from "../../support/entities";
import { settle } from "../../support/plugin";
import { captureNotices, commandAvailable, renderCodeBlock, runCommand } from "../../support/ui";

const VAULT: Readonly<Record<string, string>> = {
	"Entities/DeepSeek.md": entityNote(["深度求索"]) + "\n```dossier-timeline\n```\n",
	"Entities/OpenAI.md": entityNote(),
	"Entities/Qwen.md": entityNote(["通義千問"]),
	"Entities/Stargate.md": entityNote(["星門"]),
	"Analyses/a.md": analysisNote("[[DeepSeek]] and [[OpenAI]].\n", "title: Chips\npublished: 2025-01-02\n"),
	"Analyses/b.md": analysisNote("[[DeepSeek]]、[[OpenAI]] 與通義千問。\n\n## Areas for further investigation\n\n1. Will DeepSeek keep releasing weights?\n", "title: Models\npublished: 2025-12-05\n"),
	"Analyses/c.md": analysisNote("深度求索 only, unlinked.\n", "title: Unlinked\npublished: 2025-06-01\n"),
};

const files = (text: string) => canvasNodes(text).flatMap((node) => (typeof node.file === "string" ? [node.file] : []));
const exists = (app: App) => (path: string) => app.vault.getFileByPath(path) !== null;

/** The vault loaded with `path` open in the active leaf, and the files each leaf opened from then on. */
async function ready(path: string, extra: Record<string, string> = {}, data?: unknown) {
	const loaded = await loadVault({ ...VAULT, ...extra }, data);
	const leaf = loaded.app.workspace.getLeaf(false);
	await leaf.openFile(loaded.app.vault.getFileByPath(path)!);
	loaded.app.workspace.setActiveLeaf(leaf);
	const openFile = vi.spyOn(WorkspaceLeaf.prototype, "openFile");
	await settle();
	return {
		...loaded,
		get opened() {
			return openFile.mock.calls.map(([file]) => file.path);
		},
	};
}

/** Runs a map command and waits for the canvas at `path`. */
async function map(loaded: Awaited<ReturnType<typeof ready>>, command: string, path: string): Promise<string> {
	const before = loaded.opened.length;
	await runCommand(loaded.plugin, command);
	await waitFor(() => loaded.opened.length > before, `${path} opened`);
	return textAt(loaded.app, path);
}

describe("map this entity on a canvas", () => {
	afterEach(() => vi.restoreAllMocks());

	it("writes the entity's map in one create, linked and unlinked analyses both, and opens it", async () => {
		const run = await ready("Entities/DeepSeek.md");
		const create = vi.spyOn(run.app.vault, "create");
		const text = await map(run, "map-entity", "Maps/DeepSeek.canvas");
		expect(create).toHaveBeenCalledTimes(1);
		expect(canvasProblems(text, { fileExists: exists(run.app), groups: true })).toEqual([]);
		expect(files(text)).toEqual(["Analyses/b.md", "Analyses/c.md", "Analyses/a.md", "Entities/DeepSeek.md", "Entities/OpenAI.md", "Entities/Qwen.md"]);
		expect(canvasNodes(text).find((node) => node.id.startsWith("dossier-question-"))?.text).toBe("Will DeepSeek keep releasing weights?");
		expect(run.opened).toEqual(["Maps/DeepSeek.canvas"]);
		run.plugin.unload();
	});

	it("a second run goes through Vault.process: a moved card stays where the user put it, an added one stays", async () => {
		const run = await ready("Entities/DeepSeek.md");
		const first = JSON.parse(await map(run, "map-entity", "Maps/DeepSeek.canvas")) as { nodes: Record<string, unknown>[]; edges: unknown[] };
		const qwen = first.nodes.find((node) => node.file === "Entities/Qwen.md")!;
		Object.assign(qwen, { x: -3000, y: -3000 });
		const mine = { id: "0123456789abcdef", type: "text", text: "Mine", x: 5000, y: 5000, width: 200, height: 60 };
		first.nodes.push(mine);
		await run.app.vault.modify(run.app.vault.getFileByPath("Maps/DeepSeek.canvas")!, JSON.stringify(first, null, "\t"));
		await run.app.vault.create("Analyses/d.md", analysisNote("[[DeepSeek]] and [[Stargate]].\n", "title: Newest\npublished: 2026-01-05\n"));
		await settle();
		const create = vi.spyOn(run.app.vault, "create");
		const process = vi.spyOn(run.app.vault, "process");
		const text = await map(run, "map-entity", "Maps/DeepSeek.canvas");
		expect([create.mock.calls.length, process.mock.calls.length]).toEqual([0, 1]);
		expect(canvasProblems(text, { fileExists: exists(run.app) })).toEqual([]);
		const nodes = canvasNodes(text);
		expect(nodes.find((node) => node.file === "Entities/Qwen.md")).toMatchObject({ x: -3000, y: -3000 });
		expect(nodes.find((node) => node.id === mine.id)).toEqual(mine);
		expect(files(text)).toEqual(expect.arrayContaining(["Analyses/d.md", "Entities/Stargate.md"]));
		run.plugin.unload();
	});

	it("leaves a canvas that is no JSON Canvas as it is, and says so", async () => {
		const run = await ready("Entities/DeepSeek.md", { "Maps/DeepSeek.canvas": "{ my notes" });
		const notices = captureNotices();
		const process = vi.spyOn(run.app.vault, "process");
		await runCommand(run.plugin, "map-entity");
		await waitFor(() => notices.length > 0, "the notice");
		expect(notices).toEqual([expect.stringMatching(/^Dossier: Maps\/DeepSeek\.canvas was left as it is: it is not JSON \(.+\)\.$/)]);
		expect(await textAt(run.app, "Maps/DeepSeek.canvas")).toBe("{ my notes");
		expect([process.mock.calls.length, run.opened]).toEqual([0, []]);
		run.plugin.unload();
	});

	it("says which file it could not write when the vault refuses the write", async () => {
		const run = await ready("Entities/DeepSeek.md");
		const notices = captureNotices();
		vi.spyOn(run.app.vault, "create").mockRejectedValue(new Error("Read-only file system."));
		await runCommand(run.plugin, "map-entity");
		await waitFor(() => notices.length > 0, "the notice");
		expect(notices).toEqual(["Dossier: Could not write Maps/DeepSeek.canvas: Read-only file system."]);
		expect(run.opened).toEqual([]);
		run.plugin.unload();
	});

	it("is offered only in an entity note; the timeline's button maps its entity", async () => {
		const run = await ready("Analyses/a.md");
		expect(commandAvailable(run.plugin, "map-entity")).toBe(false);
		const { el } = await renderCodeBlock(run.plugin, "dossier-timeline", "", "Entities/DeepSeek.md");
		button(el, "Map on a canvas").click();
		await waitFor(() => run.opened.length > 0, "the canvas opened");
		expect(run.opened).toEqual(["Maps/DeepSeek.canvas"]);
		expect(canvasProblems(await textAt(run.app, "Maps/DeepSeek.canvas"), { fileExists: exists(run.app), groups: true })).toEqual([]);
		run.plugin.unload();
	});

	it("speaks the interface language and follows the maps folder setting", async () => {
		const run = await ready("Entities/DeepSeek.md", {}, { version: 1, language: "zh-TW", mapsFolder: "Research/Maps" });
		const text = await map(run, "map-entity", "Research/Maps/DeepSeek.canvas");
		expect(canvasNodes(text).filter((node) => node.type === "group").map((node) => node.label)).toEqual(["未解問題", "分析", "共同提及"]);
		run.plugin.unload();
	});
});

describe("map this analysis on a canvas", () => {
	afterEach(() => vi.restoreAllMocks());

	it("maps an analysis and the entities it names, in an analysis note only", async () => {
		const run = await ready("Analyses/b.md");
		expect(commandAvailable(run.plugin, "map-analysis")).toBe(true);
		const text = await map(run, "map-analysis", "Maps/b.canvas");
		expect(canvasProblems(text, { fileExists: exists(run.app), groups: true })).toEqual([]);
		expect(files(text)).toEqual(["Analyses/b.md", "Entities/DeepSeek.md", "Entities/OpenAI.md", "Entities/Qwen.md"]);
		expect(canvasNodes(text).find((node) => node.id.startsWith("dossier-question-"))?.text).toBe("Will DeepSeek keep releasing weights?");
		const unlinked = await ready("Analyses/c.md");
		const mapped = await map(unlinked, "map-analysis", "Maps/c.canvas");
		expect(files(mapped)).toEqual(["Analyses/c.md", "Entities/DeepSeek.md"]);
		expect(canvasEdges(mapped).map((edge) => edge.label)).toEqual(["Unlinked"]);
		unlinked.plugin.unload();
		const other = await ready("Entities/DeepSeek.md");
		expect(commandAvailable(other.plugin, "map-analysis")).toBe(false);
		other.plugin.unload();
		run.plugin.unload();
	});
});
