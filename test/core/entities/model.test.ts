// Issue #4: entity notes, the registry, creating entities, the report and the timeline.
import { describe, expect, test } from "vitest";
import {
	buildTimeline, emptyRegistry, propertyTargets, UNLINKED_EXAMPLES, unlinkedMentions, entityFileName, entityFromNote, entityNoteText, entityReport, keywordsWithoutEntity, mergeEntitiesProperty,
	registryOf, setEntitiesProperty, splitSelection, STARTER_ENTITIES, withEntity,
} from "../../../src/core/entities";
import { parseNote } from "../../../src/core/parse";
import { entity, matcherOf, starterRegistry } from "./support";

const fm = (yaml: string) => parseNote(`---\n${yaml}\n---\n`).frontmatter;

describe("entity notes", () => {
	test("type: entity, aliases, category, link: false and the per-alias properties", () => {
		const e = entityFromNote("Entities/DeepSeek.md", fm("type: entity\naliases: [深度求索, DeepSeek, DS]\ncategory: Organization\nlink: false\ndossier-exclude-aliases: [DS]\ndossier-allow-aliases: 深"), { folder: "" });
		expect(e).toEqual({ name: "DeepSeek", path: "Entities/DeepSeek.md", aliases: ["深度求索", "DS"], category: "organization", link: false, excludedAliases: ["DS"], allowedAliases: ["深"] });
		expect(entityFromNote("Entities/Qwen.md", fm("type: entity\ndossier-exact-case: true"), { folder: "" })?.exactCase).toBe(true);
		expect(entityFromNote("Entities/undefined-behavior.md", fm("type: entity\nalias: 未定义行为"), { folder: "" })?.aliases).toEqual(["未定义行为"]);
	});
	test("the entity/<category> tag marks an entity and gives its category; the folder marks one too", () => {
		expect(entityFromNote("Stargate.md", fm("tags: [geo, '#entity/programme']"), { folder: "" })?.category).toBe("programme");
		expect(entityFromNote("Entities/Sub/ASML.md", undefined, { folder: "Entities" })?.name).toBe("ASML");
		expect(entityFromNote("Analyses/x.md", fm("type: analysis"), { folder: "Entities" })).toBeNull();
	});
	test("the registry is updated per file: add, replace, remove; unchanged stays the same object", () => {
		const a = entity("A1");
		let r = withEntity(emptyRegistry(), a.path, a);
		expect(withEntity(r, a.path, { ...a })).toBe(r);
		r = withEntity(r, a.path, { ...a, aliases: ["甲"] });
		expect(r.byPath.get(a.path)?.aliases).toEqual(["甲"]);
		expect(withEntity(r, a.path, null).byPath.size).toBe(0);
	});
	test("a name flagged when an entity excludes it or has link: false", () => {
		const m = matcherOf(registryOf([entity("DeepSeek: DS", { excludedAliases: ["DS"] }), entity("Meta AI", { link: false })]));
		expect(m.flagged.map((f) => `${f.alias}:${f.reason}`).sort()).toEqual(["DS:excluded", "Meta AI:link-disabled"]);
	});
});

describe("creating entities", () => {
	test.each([
		["創世計畫 (Genesis Mission)", "selection", "創世計畫", ["Genesis Mission"]],
		["創世計畫（Genesis Mission）", "en", "Genesis Mission", ["創世計畫"]],
		["Genesis Mission (創世計畫)", "zh", "創世計畫", ["Genesis Mission"]],
		["  DeepSeek ", "selection", "DeepSeek", []],
	] as const)("%s, canonical %s", (selection, canonical, name, aliases) => {
		expect(splitSelection(selection, canonical)).toEqual({ name, aliases });
	});
	test("illegal file-name characters give a valid name, the exact name kept as an alias that resolves", () => {
		expect(entityFileName("AI/ML: Policy?")).toEqual({ fileName: "AI ML Policy", keepAlias: true });
		const text = entityNoteText({ name: "AI/ML: Policy?", aliases: ["人工智慧政策"], category: "policy" });
		const e = entityFromNote("Entities/AI ML Policy.md", parseNote(text).frontmatter, { folder: "" });
		expect(e?.aliases).toEqual(["AI/ML: Policy?", "人工智慧政策"]);
		expect(text).toContain("tags:\n  - entity/policy");
		expect(text).toContain("```dossier-timeline\n```");
	});
	test("every starter entity makes a valid entity note; the starters share no name", () => {
		const registry = starterRegistry();
		expect(registry.byPath.size).toBe(STARTER_ENTITIES.length);
		expect(matcherOf(registry).flagged.filter((f) => f.reason === "shared")).toEqual([]);
	});
	test("keywords without an entity", () => {
		expect(keywordsWithoutEntity(["DeepSeek", "深度求索", "封閉權重", "封閉權重", "Airbnb"], registryOf([entity("DeepSeek: 深度求索")]))).toEqual(["封閉權重", "Airbnb"]);
	});
});

describe("the entities property", () => {
	test("keeps the user's entries, adds links once", () => {
		expect(mergeEntitiesProperty(["mine", "[[DeepSeek|DS]]"], ["DeepSeek", "Stargate", "Stargate"])).toEqual(["mine", "[[DeepSeek|DS]]", "[[Stargate]]"]);
		expect(mergeEntitiesProperty("DeepSeek", ["DeepSeek"])).toEqual(["DeepSeek"]);
	});
	test("rewrites only the property's lines; adds a block when there is none", () => {
		expect(setEntitiesProperty("---\ntitle: x\nentities: []\nsource: y\n---\nbody\n", ["A"])).toBe('---\ntitle: x\nentities:\n  - "[[A]]"\nsource: y\n---\nbody\n');
		expect(setEntitiesProperty("body\n", ["A"])).toBe('---\nentities:\n  - "[[A]]"\n---\nbody\n');
		expect(setEntitiesProperty("---\na: [\n---\nbody\n", ["A"])).toBe("---\na: [\n---\nbody\n");
	});
	test("keeps a byte order mark first and CRLF line breaks", () => {
		expect(setEntitiesProperty("\uFEFF---\r\ntitle: x\r\n---\r\nbody\r\n", ["A"])).toBe('\uFEFF---\r\ntitle: x\r\nentities:\r\n  - "[[A]]"\r\n---\r\nbody\r\n');
		expect(setEntitiesProperty("\uFEFFbody\n", ["A"])).toBe('\uFEFF---\nentities:\n  - "[[A]]"\n---\nbody\n');
	});
});

describe("the entity report", () => {
	test("shared aliases, entities never mentioned, frequent candidates", () => {
		const matcher = matcherOf(registryOf([entity("Nvidia: NV"), entity("Novavax: NV"), entity("DeepSeek"), entity("ASML")]));
		const texts = ["DeepSeek 與「開源小模型」，創世計畫 (Genesis Mission)。Michael Power said.", "「開源小模型」再次出現；創世計畫 (Genesis Mission) 與 Michael Power。`「代碼」`"];
		const report = entityReport(matcher, texts.map((text, i) => ({ path: `n${i}.md`, text, parsed: parseNote(text) })));
		expect(report.sharedAliases).toEqual([{ alias: "NV", entities: ["Novavax", "Nvidia"] }]);
		expect(report.neverMentioned).toEqual(["ASML", "Novavax", "Nvidia"]);
		expect(report.candidates.map((c) => `${c.kind}:${c.name}${c.gloss ? `=${c.gloss}` : ""}:${c.count}`)).toEqual(["capitalised:Genesis Mission:2", "capitalised:Michael Power:2", "gloss:創世計畫=Genesis Mission:2", "quoted:開源小模型:2"]);
	});

	test("names found but not linked, with how often, why and an example (issue 10)", () => {
		const matcher = matcherOf(registryOf([entity("Target"), entity("HQ Trivia: HQ")]));
		const texts = ["The price target rose; the target held. HQ moved.", "Analysts cut the target. `target` in code is none."];
		const report = entityReport(matcher, texts.map((text, i) => ({ path: `n${i}.md`, text, parsed: parseNote(text) })));
		expect(report.unlinked).toEqual([
			{ entity: "Target", flag: "lower-case", count: 3, example: "target" },
			{ entity: "HQ Trivia", flag: "short", count: 1, example: "HQ" },
		]);
	});
});

describe("the timeline", () => {
	test("analyses newest published first with outlet, undated last; questions that mention or link the entity", () => {
		const e = entity("Stargate: 星門");
		const t = buildTimeline(e, [
			{ path: "a.md", title: "Older", outlet: "FT", published: "2025-11-20", entities: ["Stargate"] },
			{ path: "b.md", title: "Undated", entities: ["stargate"] },
			{ path: "c.md", title: "Newer", published: "2025-12-05T14:42", entities: ["Stargate", "OpenAI"] },
			{ path: "d.md", title: "Other", published: "2025-12-06", entities: ["OpenAI"] },
		], [
			{ path: "a.md", line: 3, text: "星門的資金從哪裡來？" },
			{ path: "c.md", line: 9, text: "Who pays for [[Stargate|the project]]?" },
			{ path: "c.md", line: 10, text: "Who pays for OpenAI?" },
		], matcherOf(registryOf([e])));
		expect(t.analyses.map((a) => a.title)).toEqual(["Newer", "Older", "Undated"]);
		expect(t.analyses[1]).toEqual({ path: "a.md", title: "Older", outlet: "FT", published: "2025-11-20" });
		expect(t.questions.map((q) => q.line)).toEqual([3, 9]);
	});
	test("an analysis that only names the entity is listed, marked unlinked; a link wins", () => {
		const e = entity("Stargate: 星門");
		const t = buildTimeline(e, [
			{ path: "a.md", title: "Named", published: "2025-01-01", entities: [], unlinked: ["Stargate"] },
			{ path: "b.md", title: "Both", published: "2025-02-01", entities: ["Stargate"], unlinked: ["Stargate"] },
			{ path: "c.md", title: "Other", entities: [], unlinked: ["OpenAI"] },
		], [], matcherOf(registryOf([e])));
		expect(t.analyses).toEqual([
			{ path: "b.md", title: "Both", published: "2025-02-01" },
			{ path: "a.md", title: "Named", published: "2025-01-01", unlinked: true },
		]);
	});
	test("questions are matched by the entities the questions index gives, when it gives them", () => {
		const e = entity("Stargate: 星門");
		const t = buildTimeline(e, [], [
			{ path: "a.md", line: 1, text: "星門?", entities: [] },
			{ path: "a.md", line: 2, text: "Who pays?", entities: ["stargate"] },
			{ path: "a.md", line: 3, text: "星門 without entities" },
		], matcherOf(registryOf([e])));
		expect(t.questions.map((q) => q.line)).toEqual([2, 3]);
	});
	test.each(UNLINKED_EXAMPLES)("unlinked mentions: $why", ({ text, found }) => {
		const registry = registryOf([entity("DeepSeek: 深度求索"), entity("Stargate: 星門")]);
		expect(unlinkedMentions(text, "Analyses/a.md", matcherOf(registry))).toEqual(found);
	});
	test("the names an entities property lists, links unwrapped", () => {
		expect(propertyTargets(["[[Entities/DeepSeek#History|DS]]", " 星門 ", "", 3, "[[Qwen]]"])).toEqual(["Entities/DeepSeek", "星門", "Qwen"]);
		expect(propertyTargets("ASPI")).toEqual(["ASPI"]);
		expect(propertyTargets(undefined)).toEqual([]);
	});
});
