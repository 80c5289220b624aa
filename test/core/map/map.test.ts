// Issue 12, item 2: an entity's map on a JSON Canvas — checked against the spec, with no
// overlapping nodes, deterministic, capped, and updated without losing what the user did.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { registryOf, type Entity, type QuestionSource, type TimelineSource } from "../../../src/core/entities";
import { translator } from "../../../src/core/i18n";
import { analysisMap, COLOUR_EXAMPLES, categoryColour, entityMap, mapPath, rankedSlots, renderMap, SIZES, type MapOptions } from "../../../src/core/map";
import { canvasEdges, canvasNodes, canvasProblems } from "../../support/canvas";
import { entity, matcherOf } from "../entities/support";

const DEEPSEEK = entity("DeepSeek: 深度求索", { category: "organization" });
const ENTITIES: Entity[] = [DEEPSEEK, entity("OpenAI", { category: "organization" }), entity("Qwen: 通義千問", { category: "model" }), entity("Stargate: 星門", { category: "programme" }), entity("Nvidia")];
const REGISTRY = registryOf(ENTITIES);
const MATCHER = matcherOf(REGISTRY);
const OPTIONS: MapOptions = { maxAnalyses: 50, maxEntities: 30, categories: [], t: translator("en") };

const SOURCES: TimelineSource[] = [
	{ path: "Analyses/a.md", title: "Chips", published: "2025-01-02", entities: ["DeepSeek", "OpenAI", "Nvidia"] },
	{ path: "Analyses/b.md", title: "Models", published: "2025-12-05", entities: ["DeepSeek", "OpenAI", "Qwen"] },
	{ path: "Analyses/c.md", title: "Power", published: "2025-06-01", entities: ["Stargate"], unlinked: ["DeepSeek", "OpenAI"] },
	{ path: "Analyses/d.md", title: "Elsewhere", published: "2025-07-01", entities: ["Qwen", "Stargate"] },
];
const QUESTIONS: QuestionSource[] = [
	{ path: "Analyses/b.md", line: 9, text: "Will DeepSeek keep releasing weights?", entities: ["DeepSeek"] },
	{ path: "Analyses/b.md", line: 10, text: "深度求索的下一個模型何時發布？", entities: ["DeepSeek"] },
	{ path: "Analyses/d.md", line: 4, text: "Who pays for Stargate?", entities: ["Stargate"] },
	{ path: "Notes/x.md", line: 1, text: "Does DeepSeek rent GPUs?", entities: ["DeepSeek"] },
];
const FILES = new Set([...ENTITIES.map((e) => e.path), ...SOURCES.map((s) => s.path)]);
const fileExists = (path: string) => FILES.has(path);

const draft = (options: Partial<MapOptions> = {}, sources = SOURCES) => entityMap({ entity: DEEPSEEK, sources, questions: QUESTIONS, matcher: MATCHER }, { ...OPTIONS, ...options });
const fresh = (options: Partial<MapOptions> = {}, sources = SOURCES) => {
	const result = renderMap(draft(options, sources), null);
	if (!result.ok) throw new Error("a new map failed");
	return result.text;
};
const byFile = (text: string) => new Map(canvasNodes(text).flatMap((n) => (typeof n.file === "string" ? [[n.file, n] as const] : [])));
const centreOf = (n: { x: number; y: number; width: number; height: number }) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });

describe("an entity's map", () => {
	test("is a JSON Canvas: unique ids, integer geometry, edges between its nodes, files that exist, no overlaps, groups around their cards", () => {
		expect(canvasProblems(fresh(), { fileExists, groups: true })).toEqual([]);
	});

	test("puts the entity's note in the centre, the analyses that name it newest first, and the entities named with it, the most shared nearest", () => {
		const text = fresh();
		const files = byFile(text);
		const centre = files.get(DEEPSEEK.path)!;
		expect(centre).toMatchObject({ id: expect.stringMatching(/^dossier-centre-[0-9a-f]{16}$/), type: "file", color: "1" });
		const analyses = ["Analyses/b.md", "Analyses/c.md", "Analyses/a.md"].map((path) => files.get(path)!);
		expect(analyses.map((a) => a.y)).toEqual([...analyses.map((a) => a.y)].sort((a, b) => a - b));
		expect(files.has("Analyses/d.md")).toBe(false);
		// Most shared first, then the newest shared date: OpenAI (3), Qwen (2025-12-05), Stargate (2025-06-01), Nvidia (2025-01-02).
		const others = ["Entities/OpenAI.md", "Entities/Qwen.md", "Entities/Stargate.md", "Entities/Nvidia.md"].map((path) => files.get(path)!);
		const distances = others.map((n) => Math.hypot(centreOf(n).x - centreOf(centre).x, centreOf(n).y - centreOf(centre).y));
		expect(distances).toEqual([...distances].sort((a, b) => a - b));
		expect(analyses.every((a) => a.x + a.width <= centre.x) && others.every((n) => n.x >= centre.x + centre.width)).toBe(true);
	});

	test("draws an edge from each analysis to the entities it names, and from the centre to each entity, labelled with the count", () => {
		const text = fresh();
		const ids = new Map([...byFile(text)].map(([file, n]) => [n.id, file]));
		const edges = canvasEdges(text).map((e) => `${ids.get(e.fromNode) ?? "question"} → ${ids.get(e.toNode) ?? "question"}${e.label ? ` (${e.label})` : ""}`);
		expect(edges).toEqual([
			"Analyses/b.md → Entities/DeepSeek.md",
			"Analyses/b.md → Entities/OpenAI.md",
			"Analyses/b.md → Entities/Qwen.md",
			"Analyses/b.md → question",
			"Analyses/b.md → question",
			"Analyses/c.md → Entities/DeepSeek.md",
			"Analyses/c.md → Entities/Stargate.md",
			"Analyses/c.md → Entities/OpenAI.md",
			"Analyses/a.md → Entities/DeepSeek.md",
			"Analyses/a.md → Entities/OpenAI.md",
			"Analyses/a.md → Entities/Nvidia.md",
			"Entities/DeepSeek.md → Entities/OpenAI.md (3 analyses)",
			"Entities/DeepSeek.md → Entities/Qwen.md (1 analysis)",
			"Entities/DeepSeek.md → Entities/Stargate.md (1 analysis)",
			"Entities/DeepSeek.md → Entities/Nvidia.md (1 analysis)",
		]);
	});

	test("shows the open questions about the entity beside their analysis, in groups per kind, coloured by category", () => {
		const nodes = canvasNodes(fresh());
		const b = byFile(fresh()).get("Analyses/b.md")!;
		const questions = nodes.filter((n) => n.type === "text" && n.id.startsWith("dossier-question-"));
		expect(questions.map((q) => q.text)).toEqual(["Will DeepSeek keep releasing weights?", "深度求索的下一個模型何時發布？"]);
		expect(questions.every((q) => q.x + q.width <= b.x && q.y >= b.y - 1)).toBe(true);
		expect(nodes.filter((n) => n.type === "group").map((g) => g.label)).toEqual(["Open questions", "Analyses", "Named with"]);
		expect(Object.fromEntries([...byFile(fresh())].map(([file, n]) => [file, n.color ?? null]))).toMatchObject({ "Entities/OpenAI.md": "1", "Entities/Qwen.md": "3", "Entities/Stargate.md": "4", "Entities/Nvidia.md": null });
	});

	test("says what it shows and what it left out, in the interface language", () => {
		const about = (text: string) => canvasNodes(text).find((n) => n.id.startsWith("dossier-about-"))?.text;
		expect(about(fresh())).toBe([
			"**DeepSeek** is named in 3 analyses.",
			"From 2025-01-02 to 2025-12-05.",
			"4 other entities named with it.",
			"Colours by category: red: organization; yellow: model; green: programme.",
			"Not shown: 1 open question in notes not on the map.",
			"Made by Dossier. Move cards or add your own: making the map again keeps them.",
		].join("\n\n"));
		const capped = fresh({ maxAnalyses: 1, maxEntities: 2, t: translator("zh-TW") });
		expect(about(capped)).toContain("未顯示：最早的 2 篇分析（關係圖最多顯示 1 篇，見「設定 → 關係圖」）。");
		expect(about(capped)).toContain("未顯示：2 個較少共同出現的實體（關係圖最多顯示 2 個）。");
		expect(byFile(capped).size).toBe(1 + 1 + 2);
		expect(canvasProblems(capped, { fileExists, groups: true })).toEqual([]);
	});

	test("is the same, byte for byte, however the analyses are ordered", () => {
		fc.assert(fc.property(fc.shuffledSubarray(SOURCES, { minLength: SOURCES.length, maxLength: SOURCES.length }), (shuffled) => fresh({}, shuffled) === fresh()));
	});

	test("is a valid canvas without overlaps for any vault, and the most shared entities are the nearest", () => {
		const names = Array.from({ length: 40 }, (_, i) => `Lab ${i}`);
		const registry = registryOf([DEEPSEEK, ...names.map((name) => entity(name, { category: ["organization", "model", "person", "event"][name.length % 4] }))]);
		const matcher = matcherOf(registry, false);
		const source = fc.record({
			title: fc.string({ minLength: 1, maxLength: 80 }),
			published: fc.option(fc.date({ min: new Date("2020-01-01"), max: new Date("2026-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined }),
			entities: fc.subarray(["DeepSeek", ...names], { maxLength: 8 }),
			questions: fc.array(fc.string({ minLength: 1, maxLength: 200 }), { maxLength: 3 }),
		});
		const caps = fc.record({ maxAnalyses: fc.integer({ min: 1, max: 60 }), maxEntities: fc.integer({ min: 1, max: 40 }) });
		fc.assert(
			fc.property(fc.array(source, { maxLength: 60 }), caps, (drawn, cap) => {
				const sources = drawn.map(({ published, questions: _q, ...s }, i): TimelineSource => ({ path: `A/${i}.md`, ...s, ...(published ? { published } : {}) }));
				const questions = drawn.flatMap((s, i) => s.questions.map((text, line): QuestionSource => ({ path: `A/${i}.md`, line, text, entities: ["DeepSeek"] })));
				const made = renderMap(entityMap({ entity: DEEPSEEK, sources, questions, matcher }, { ...OPTIONS, ...cap }), null);
				if (!made.ok) return false;
				const files = new Set([...registry.byPath.keys(), ...sources.map((s) => s.path)]);
				expect(canvasProblems(made.text, { fileExists: (p) => files.has(p), groups: true })).toEqual([]);
				// Entity cards come in Named with order; each lies no nearer the centre than the one before.
				const nodes = canvasNodes(made.text);
				const centre = centreOf(nodes.find((n) => n.id.startsWith("dossier-centre-"))!);
				const distances = nodes.filter((n) => n.id.startsWith("dossier-entity-")).map((n) => Math.hypot(centreOf(n).x - centre.x, centreOf(n).y - centre.y));
				expect(distances).toEqual([...distances].sort((a, b) => a - b));
				return true;
			}),
			{ numRuns: 60 },
		);
	});

	test("ranked slots come nearest first and never overlap", () => {
		const slots = rankedSlots(60, 600, { x: 200, y: 120 });
		const distance = (s: { x: number; y: number }) => Math.hypot(s.x + SIZES.ranked.width / 2 - 200, s.y + SIZES.ranked.height / 2 - 120);
		expect(slots.map(distance)).toEqual(slots.map(distance).sort((a, b) => a - b));
		expect(new Set(slots.map((s) => `${s.x},${s.y}`)).size).toBe(60);
	});
});

describe("making the map again", () => {
	const move = (text: string, file: string, dx: number, dy: number) => {
		const data = JSON.parse(text) as { nodes: { file?: string; x: number; y: number }[] };
		const node = data.nodes.find((n) => n.file === file)!;
		node.x += dx;
		node.y += dy;
		return JSON.stringify(data, null, "\t");
	};
	const again = (existing: string, sources = SOURCES) => {
		const result = renderMap(draft({}, sources), existing);
		if (!result.ok) throw new Error(`refused: ${result.reason.key}`);
		return result.text;
	};

	test("changes nothing when nothing changed", () => {
		expect(again(fresh())).toBe(fresh());
	});

	test("keeps a node the user moved where they put it, and the cards the user added, with their edges", () => {
		const moved = move(fresh(), "Analyses/c.md", -2000, 1000);
		const user = { id: "5f2c1e0b9a7d4c31", type: "text", text: "My note on DeepSeek", x: 100, y: -600, width: 250, height: 60, color: "#ff8800", custom: { kept: true } };
		const data = JSON.parse(moved) as { nodes: object[]; edges: object[] };
		data.nodes.push(user);
		data.edges.push({ id: "e1", fromNode: user.id, toNode: byFile(moved).get(DEEPSEEK.path)!.id, label: "mine" });
		const newer: TimelineSource = { path: "Analyses/e.md", title: "Newest", published: "2026-01-01", entities: ["DeepSeek", "Qwen"] };
		FILES.add(newer.path);
		const text = again(JSON.stringify(data), [...SOURCES, newer]);
		const after = byFile(text);
		expect(after.get("Analyses/c.md")).toMatchObject({ x: byFile(moved).get("Analyses/c.md")!.x, y: byFile(moved).get("Analyses/c.md")!.y });
		expect(canvasNodes(text).find((n) => n.id === user.id)).toEqual(user);
		expect(canvasEdges(text).find((e) => e.id === "e1")).toEqual({ id: "e1", fromNode: user.id, toNode: after.get(DEEPSEEK.path)!.id, label: "mine" });
		expect(after.has("Analyses/e.md")).toBe(true);
		expect(canvasProblems(text, { fileExists })).toEqual([]);
		// A third run keeps the moved node where it is too.
		expect(byFile(again(text, [...SOURCES, newer])).get("Analyses/c.md")).toMatchObject({ x: after.get("Analyses/c.md")!.x, y: after.get("Analyses/c.md")!.y });
		FILES.delete(newer.path);
	});

	test("moves its own cards out of the way of a card the user put where one would go", () => {
		const first = fresh();
		const slot = byFile(first).get("Analyses/a.md")!;
		const data = JSON.parse(first) as { nodes: object[] };
		data.nodes.push({ id: "aa00aa00aa00aa00", type: "text", text: "In the way", x: slot.x, y: slot.y, width: slot.width, height: slot.height });
		const text = again(JSON.stringify(data));
		expect(byFile(text).get("Analyses/a.md")!.y).toBeGreaterThanOrEqual(slot.y + slot.height);
		expect(canvasProblems(text, { fileExists })).toEqual([]);
	});

	test("drops its stale cards, but keeps one a user's edge ends at", () => {
		const first = fresh();
		const nvidia = byFile(first).get("Entities/Nvidia.md")!;
		const data = JSON.parse(first) as { edges: object[] };
		data.edges.push({ id: "e2", fromNode: nvidia.id, toNode: byFile(first).get(DEEPSEEK.path)!.id });
		const without = SOURCES.filter((s) => s.path !== "Analyses/a.md");
		expect(byFile(again(first, without)).has("Entities/Nvidia.md")).toBe(false);
		expect(byFile(again(first, without)).has("Analyses/a.md")).toBe(false);
		expect(byFile(again(JSON.stringify(data), without)).get("Entities/Nvidia.md")).toEqual(nvidia);
		expect(canvasProblems(again(JSON.stringify(data), without), { fileExists })).toEqual([]);
	});

	test.each([
		["{ nodes: [", "map.invalid.json"],
		["[]", "map.invalid.top"],
		['{"nodes": {}}', "map.invalid.top"],
		['{"nodes": [{"id": "a", "type": "text", "x": 0, "y": 0, "width": 10}]}', "map.invalid.node"],
		['{"nodes": [], "edges": [{"id": "e", "fromNode": "a"}]}', "map.invalid.edge"],
		['{"nodes": [{"id": "a", "type": "text", "x": 0, "y": 0, "width": 10, "height": 10}, {"id": "a", "type": "text", "x": 20, "y": 0, "width": 10, "height": 10}]}', "map.invalid.duplicate"],
		['{"nodes": [{"id": "dossier-centre-0000000000000000", "type": "file", "file": "Entities/Qwen.md", "x": 0, "y": 0, "width": 10, "height": 10}]}', "map.invalid.other"],
	])("refuses %s, writing nothing (%s)", (existing, key) => {
		const result = renderMap(draft(), existing);
		expect(result.ok ? "written" : result.reason.key).toBe(key);
	});

	test("takes an empty file for an empty canvas", () => {
		expect(renderMap(draft(), "").ok && renderMap(draft(), "\n").ok).toBe(true);
	});
});

describe("an analysis's map", () => {
	test("puts the analysis in the centre, its open questions beside it and its entities around it, linked first", () => {
		const made = renderMap(analysisMap({ analysis: SOURCES[2]!, questions: [...QUESTIONS, { path: "Analyses/c.md", line: 3, text: "Where does Stargate's power come from?" }], registry: REGISTRY }, OPTIONS), null);
		if (!made.ok) throw new Error("refused");
		expect(canvasProblems(made.text, { fileExists, groups: true })).toEqual([]);
		const files = byFile(made.text);
		const centre = files.get("Analyses/c.md")!;
		expect(centre.id).toMatch(/^dossier-centre-/);
		const ids = new Map([...files].map(([file, n]) => [n.id, file]));
		expect(canvasEdges(made.text).map((e) => `${ids.get(e.toNode) ?? "question"}${e.label ? ` (${e.label})` : ""}`)).toEqual(["Entities/Stargate.md", "Entities/DeepSeek.md (Unlinked)", "Entities/OpenAI.md (Unlinked)", "question"]);
		const question = canvasNodes(made.text).find((n) => n.id.startsWith("dossier-question-"))!;
		expect(question.text).toBe("Where does Stargate's power come from?");
		expect(question.x + question.width).toBeLessThanOrEqual(centre.x);
	});
});

describe("map units", () => {
	test.each(COLOUR_EXAMPLES)("$category with $extra → $colour", ({ category, extra, colour }) => {
		expect(categoryColour(category, extra)).toBe(colour);
	});
	test.each([
		["Maps", "DeepSeek", "Maps/DeepSeek.canvas"],
		["/Research/Maps/", "Genesis Mission", "Research/Maps/Genesis Mission.canvas"],
		["", "Intel/Altera", "Intel Altera.canvas"],
	])("%s + %s → %s", (folder, name, path) => {
		expect(mapPath(folder, name)).toBe(path);
	});
});

describe("the spec checker", () => {
	test.each([
		['{"nodes": [{"id": "a", "type": "text", "text": "x", "x": 0.5, "y": 0, "width": 10, "height": 10}]}', "node 0.x is not an integer: 0.5"],
		['{"nodes": [{"id": "a", "type": "text", "text": "x", "x": 0, "y": 0, "width": 10, "height": 10}], "edges": [{"id": "e", "fromNode": "a", "toNode": "b"}]}', "edge 0.toNode names no node: b"],
		['{"nodes": [{"id": "a", "type": "file", "file": "nope.md", "x": 0, "y": 0, "width": 10, "height": 10}]}', "node 0 points at nope.md, which does not exist"],
		['{"nodes": [{"id": "a", "type": "text", "text": "x", "x": 0, "y": 0, "width": 10, "height": 10}, {"id": "b", "type": "text", "text": "y", "x": 5, "y": 5, "width": 10, "height": 10}]}', "a and b overlap"],
		['{"nodes": [{"id": "a", "type": "text", "text": "x", "x": 0, "y": 0, "width": 10, "height": 10, "color": "7"}]}', "node 0.color is 7"],
		['{"nodes": [{"id": "a", "type": "text", "text": "x", "x": 0, "y": 0, "width": 10, "height": 10}, {"id": "a", "type": "text", "text": "y", "x": 20, "y": 0, "width": 10, "height": 10}]}', "the id a is used twice"],
		['{"nodes": [{"id": "g", "type": "group", "x": 0, "y": 0, "width": 15, "height": 15}, {"id": "a", "type": "text", "text": "x", "x": 10, "y": 10, "width": 10, "height": 10}]}', "a lies partly in the group g"],
		['{"nodes": [], "edges": [{"id": "e", "fromNode": "a", "toNode": "a", "fromSide": "middle"}]}', "edge 0.fromSide is middle"],
	])("finds what is wrong in %s", (text, problem) => {
		expect(canvasProblems(text, { fileExists: () => false, groups: true })).toContain(problem);
	});
});
