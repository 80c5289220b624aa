// `entities VAULT --related ENTITY` and `map VAULT ENTITY [--write]` (issue 12, items 1 and 3).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { cli } from "../support/cli";
import { canvasEdges, canvasNodes, canvasProblems } from "../support/canvas";

let vault = "";
const write = (file: string, text: string) => {
	mkdirSync(path.dirname(path.join(vault, file)), { recursive: true });
	writeFileSync(path.join(vault, file), text);
};
const read = (file: string) => readFileSync(path.join(vault, file), "utf8");
const exists = (file: string) => existsSync(path.join(vault, ...file.split("/")));
const analysis = (properties: string, body: string) => `---\ntype: analysis\n${properties}---\n${body}`;

beforeEach(() => {
	vault = mkdtempSync(path.join(tmpdir(), "dossier-map-"));
	write("Entities/DeepSeek.md", "---\ntype: entity\naliases: [深度求索]\ncategory: organization\n---\n");
	write("Entities/OpenAI.md", "---\ntype: entity\ncategory: organization\n---\n");
	write("Entities/Qwen.md", "---\ntype: entity\naliases: [通義千問]\ncategory: model\n---\n");
	write("Entities/Stargate.md", "---\ntype: entity\naliases: [星門]\ncategory: programme\n---\n");
	write("Analyses/a.md", analysis("title: Chips\npublished: 2025-01-02\n", "[[DeepSeek]] and [[OpenAI]].\n"));
	write("Analyses/b.md", analysis("title: Models\npublished: 2025-12-05\n", "深度求索、[[OpenAI]] 與通義千問。\n\n## Areas for further investigation\n\n1. Will DeepSeek keep releasing weights?\n"));
	write("Analyses/c.md", analysis("title: Power\npublished: 2025-06-01\n", "[[Stargate|星門]] only.\n"));
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

describe("entities VAULT --related ENTITY", () => {
	test("lists the entities named with it, most shared first, with the count and the latest date", async () => {
		const { code, out } = await cli("entities", vault, "--related", "DeepSeek");
		expect(code).toBe(0);
		expect(out.trim().split("\n")).toEqual(["OpenAI · 2 analyses · 2025-12-05", "Qwen · 1 analysis · 2025-12-05"]);
	});

	test("--json gives the shared analyses too, and an alias names the entity", async () => {
		const json = JSON.parse((await cli("entities", vault, "--related", "深度求索", "--json")).out);
		expect(json[0]).toEqual({
			entity: "OpenAI",
			path: "Entities/OpenAI.md",
			category: "organization",
			count: 2,
			latest: "2025-12-05",
			analyses: [
				{ path: "Analyses/b.md", title: "Models", published: "2025-12-05" },
				{ path: "Analyses/a.md", title: "Chips", published: "2025-01-02" },
			],
		});
	});

	test("an unknown entity is one line on stderr and exit code 2", async () => {
		const { code, err } = await cli("entities", vault, "--related", "DeepSeek Labs");
		expect([code, err]).toEqual([2, 'dossier: entities: no entity is named "DeepSeek Labs"\n']);
	});
});

describe("map VAULT ENTITY", () => {
	const fileExists = (file: string) => exists(file);

	test("prints the canvas JSON, writing nothing", async () => {
		const { code, out } = await cli("map", vault, "DeepSeek");
		expect(code).toBe(0);
		expect(canvasProblems(out, { fileExists, groups: true })).toEqual([]);
		expect(canvasNodes(out).flatMap((n) => (typeof n.file === "string" ? [n.file] : []))).toEqual(["Analyses/b.md", "Analyses/a.md", "Entities/DeepSeek.md", "Entities/OpenAI.md", "Entities/Qwen.md"]);
		expect(canvasNodes(out).find((n) => n.id.startsWith("dossier-question-"))?.text).toBe("Will DeepSeek keep releasing weights?");
		expect(canvasEdges(out).filter((e) => e.label).map((e) => e.label)).toEqual(["2 analyses", "1 analysis"]);
		expect(exists("Maps")).toBe(false);
	});

	test("--write writes it in the maps folder and prints the path; a second run keeps a moved and an added card", async () => {
		const first = await cli("map", vault, "DeepSeek", "--write");
		expect([first.code, first.out]).toEqual([0, "Maps/DeepSeek.canvas\n"]);
		expect(canvasProblems(read("Maps/DeepSeek.canvas"), { fileExists, groups: true })).toEqual([]);
		expect(JSON.parse(read("Maps/DeepSeek.canvas"))).toEqual(JSON.parse((await cli("map", vault, "DeepSeek")).out));
		const data = JSON.parse(read("Maps/DeepSeek.canvas")) as { nodes: { file?: string; x: number; y: number }[] };
		const qwen = data.nodes.find((n) => n.file === "Entities/Qwen.md")!;
		qwen.x = -3000;
		qwen.y = -3000;
		data.nodes.push({ id: "0123456789abcdef", type: "text", text: "Mine", x: 5000, y: 5000, width: 200, height: 60 } as never);
		write("Maps/DeepSeek.canvas", JSON.stringify(data, null, "\t"));
		write("Analyses/d.md", analysis("title: Newest\npublished: 2026-01-05\n", "[[DeepSeek]], [[Stargate]].\n"));
		expect((await cli("map", vault, "DeepSeek", "--write")).code).toBe(0);
		const after = canvasNodes(read("Maps/DeepSeek.canvas"));
		expect(after.find((n) => n.file === "Entities/Qwen.md")).toMatchObject({ x: -3000, y: -3000 });
		expect(after.find((n) => n.id === "0123456789abcdef")).toEqual({ id: "0123456789abcdef", type: "text", text: "Mine", x: 5000, y: 5000, width: 200, height: 60 });
		expect(after.some((n) => n.file === "Analyses/d.md" || n.file === "Entities/Stargate.md")).toBe(true);
		expect(canvasProblems(read("Maps/DeepSeek.canvas"), { fileExists })).toEqual([]);
	});

	test("follows the maps folder and the interface language of the plugin's settings", async () => {
		write(".vault-config/plugins/dossier/data.json", JSON.stringify({ version: 1, mapsFolder: "Research/Maps", language: "zh-TW" }));
		expect((await cli("map", vault, "DeepSeek", "--write")).out).toBe("Research/Maps/DeepSeek.canvas\n");
		expect(canvasNodes(read("Research/Maps/DeepSeek.canvas")).filter((n) => n.type === "group").map((n) => n.label)).toEqual(["未解問題", "分析", "共同提及"]);
	});

	test("--analysis maps an analysis and its entities", async () => {
		const { code, out } = await cli("map", vault, "--analysis", "Analyses/b.md", "--write");
		expect([code, out]).toEqual([0, "Maps/b.canvas\n"]);
		const text = read("Maps/b.canvas");
		expect(canvasProblems(text, { fileExists, groups: true })).toEqual([]);
		expect(canvasNodes(text).flatMap((n) => (typeof n.file === "string" ? [n.file] : []))).toEqual(["Analyses/b.md", "Entities/OpenAI.md", "Entities/DeepSeek.md", "Entities/Qwen.md"]);
		expect((await cli("map", vault, "--analysis", path.join(vault, "Analyses", "b.md"))).code).toBe(0);
	});

	test.each([
		[["DeepSeek Labs"], 'dossier: map: no entity is named "DeepSeek Labs"'],
		[[], "dossier: map: missing ENTITY (or --analysis NOTE)"],
		[["--analysis", "Analyses/zzz.md"], "dossier: map: no note Analyses/zzz.md in the vault"],
	])("%j is a one-line error with exit code 2, nothing written", async (args, message) => {
		const { code, err } = await cli("map", vault, ...args, "--write");
		expect([code, err]).toEqual([2, `${message}\n`]);
		expect(exists("Maps")).toBe(false);
	});

	test("a canvas at the map's path that is no JSON Canvas is left as it is", async () => {
		write("Maps/DeepSeek.canvas", "{ my notes");
		const { code, err } = await cli("map", vault, "DeepSeek", "--write");
		expect(code).toBe(2);
		expect(err).toMatch(/^dossier: map: Maps\/DeepSeek\.canvas was left as it is: it is not JSON \(.+\)\.\n$/);
		expect(read("Maps/DeepSeek.canvas")).toBe("{ my notes");
	});
});
