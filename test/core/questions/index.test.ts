// Issue #5: the vault-wide index — one note at a time, sorted lists kept current without
// re-sorting, and the panel model's filters, groups, counts and Markdown export.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	briefingMarkdown,
	investigationHeadingMatcher,
	panelModel,
	QuestionIndex,
	readNoteQuestions,
	SORTS,
	type PanelOptions,
	type Question,
	type SortBy,
} from "../../../src/core/questions";
import { COMPARE } from "../../../src/core/questions/order";
import { fullPanelModel, matcher } from "../../../src/core/questions/panel";
import { analysis } from "../../support/questions";

const isInvestigationHeading = investigationHeadingMatcher();
const entry = (path: string, text: string, findEntities?: (t: string) => readonly string[]) => readNoteQuestions(text, { path, isInvestigationHeading, findEntities });

function vault(): QuestionIndex {
	const index = new QuestionIndex();
	index.set(entry("a.md", analysis({ title: "Chips", outlet: "財新", published: "2025-03-01", keywords: ["華為"], questions: [["SMIC yields [review:: 2025-01-01]", "x"], ["Ascend [status:: answered]", "y"]] })));
	index.set(entry("b.md", analysis({ title: "Cloud", outlet: "Nikkei", published: "2025-06-01", keywords: ["華為", "cloud"], questions: [["Rental loophole [status:: investigating]", "[[DeepSeek]] rents"]] })));
	index.set(entry("c.md", analysis({ title: "Edge", outlet: "財新", published: "2024-12-01", questions: [["Edge AI", "phones"], ["Dropped one [status:: dropped]", "z"]] })));
	return index;
}

const base: PanelOptions = { query: {}, groupBy: "note", sortBy: "published", limit: 100, today: "2025-06-15" };
const titles = (index: QuestionIndex, options: Partial<PanelOptions>) => panelModel(index, { ...base, ...options }).groups.map((g) => [g.label, g.questions.map((q) => q.title)]);

describe("the question index", () => {
	it("groups by note, newest publication first, and counts statuses and overdue reviews", () => {
		const model = panelModel(vault(), { ...base, query: { statuses: ["open", "investigating"] } });
		expect(model.groups.map((g) => [g.label, g.questions.map((q) => q.title)])).toEqual([
			["Cloud", ["Rental loophole"]],
			["Chips", ["SMIC yields"]],
			["Edge", ["Edge AI"]],
		]);
		expect(model.counts).toEqual({ open: 2, investigating: 1, answered: 1, dropped: 1 });
		expect(model.overdue).toBe(1);
		expect(model.matching).toBe(3);
	});

	it("filters by text, entity, outlet, keyword and note", () => {
		const index = vault();
		expect(titles(index, { query: { text: "rents" } })).toEqual([["Cloud", ["Rental loophole"]]]);
		expect(titles(index, { query: { entities: ["deepseek"] } })).toEqual([["Cloud", ["Rental loophole"]]]);
		expect(titles(index, { query: { outlet: "財新", statuses: ["open"] } })).toEqual([["Chips", ["SMIC yields"]], ["Edge", ["Edge AI"]]]);
		expect(titles(index, { query: { keyword: "cloud" } })).toEqual([["Cloud", ["Rental loophole"]]]);
		expect(titles(index, { query: { note: "c.md" } })).toEqual([["Edge", ["Edge AI", "Dropped one"]]]);
	});

	it("groups by status, outlet, keyword and entity", () => {
		const index = vault();
		expect(titles(index, { groupBy: "status" }).map(([label]) => label)).toEqual(["open", "investigating", "answered", "dropped"]);
		expect(titles(index, { groupBy: "outlet" })).toEqual([
			["財新", ["SMIC yields", "Ascend", "Edge AI", "Dropped one"]],
			["Nikkei", ["Rental loophole"]],
		]);
		expect(titles(index, { groupBy: "keyword", query: { statuses: ["open", "investigating"] } }).map(([label]) => label)).toEqual(["華為", "cloud", "export controls"]);
		expect(titles(index, { groupBy: "entity", query: { statuses: ["investigating"] } })).toEqual([["DeepSeek", ["Rental loophole"]]]);
	});

	it("sorts by review date, age and title", () => {
		const index = vault();
		expect(titles(index, { groupBy: "none", sortBy: "review" })[0]?.[1]).toEqual(["SMIC yields", "Rental loophole", "Ascend", "Edge AI", "Dropped one"]);
		expect(titles(index, { groupBy: "none", sortBy: "title" })[0]?.[1]).toEqual(["Ascend", "Dropped one", "Edge AI", "Rental loophole", "SMIC yields"]);
		expect(titles(index, { groupBy: "none", sortBy: "age" })[0]?.[1]?.slice(0, 2)).toEqual(["Edge AI", "Dropped one"]);
	});

	it("sorts a title by the text the panel shows, links read as their display text", () => {
		const index = vault();
		index.set(entry("d.md", analysis({ title: "Links", published: "2025-02-01", questions: [["[[Zeta|Bandwidth]] of HBM", "w"]] })));
		expect(titles(index, { groupBy: "none", sortBy: "title" })[0]?.[1]).toEqual(["Ascend", "[[Zeta|Bandwidth]] of HBM", "Dropped one", "Edge AI", "Rental loophole", "SMIC yields"]);
	});

	it("updates, renames and removes one note at a time", () => {
		const index = vault();
		index.inOrder("published");
		index.set(entry("c.md", analysis({ title: "Edge", published: "2024-12-01", questions: [["Edge AI [status:: answered]", "done"]] })));
		expect(index.counts()).toEqual({ open: 1, investigating: 1, answered: 2, dropped: 0 });
		index.rename("b.md", "archive/b.md");
		expect(index.get("b.md")).toBeUndefined();
		expect(index.get("archive/b.md")?.questions[0]?.path).toBe("archive/b.md");
		expect(index.inOrder("published").map((q) => q.path)).toEqual(["archive/b.md", "a.md", "a.md", "c.md"]);
		index.remove("a.md");
		expect(index.inOrder("published").map((q) => q.path)).toEqual(["archive/b.md", "c.md"]);
		index.set(entry("c.md", "# no questions any more"));
		expect(index.noteCount).toBe(1);
	});

	it("property: after any sequence of updates, every sorted list equals a fresh sort", () => {
		const noteArb = fc.record({
			path: fc.constantFrom("a.md", "b.md", "c.md", "d/e.md"),
			published: fc.option(fc.constantFrom("2025-01-01", "2025-06-01", "2024-12-31T10:00"), { nil: undefined }),
			questions: fc.array(fc.tuple(fc.constantFrom("甲", "乙", "Alpha", "beta", "甲 [review:: 2025-02-01]"), fc.constant("d")), { maxLength: 4 }),
		});
		const op = fc.oneof(noteArb.map((n) => ({ kind: "set" as const, n })), fc.constantFrom("a.md", "b.md").map((p) => ({ kind: "remove" as const, p })), fc.constant({ kind: "rename" as const }));
		fc.assert(
			fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
				const index = new QuestionIndex();
				for (const sort of SORTS) index.inOrder(sort);
				for (const o of ops) {
					if (o.kind === "set") index.set(entry(o.n.path, analysis({ published: o.n.published ?? "", questions: o.n.questions })));
					else if (o.kind === "remove") index.remove(o.p);
					else index.rename("a.md", "z.md");
				}
				const all: Question[] = [...index.entries()].flatMap((e) => e.questions);
				for (const sort of SORTS as SortBy[]) expect(index.inOrder(sort)).toEqual([...all].sort(COMPARE[sort]));
			}),
			{ numRuns: 120 },
		);
	});

	it("property: the shortcut for the default panel gives exactly the full pass's model", () => {
		const noteArb = fc.record({
			path: fc.constantFrom("a.md", "b.md", "c.md", "d.md", "e.md"),
			published: fc.constantFrom("2025-01-01", "2025-06-01", "", "2024-12-31T10:00"),
			questions: fc.array(fc.constantFrom("甲", "乙 [status:: investigating]", "丙 [status:: answered]", "丁 [review:: 2025-02-01]", "戊 [status:: dropped] [review:: 2025-01-01]"), { minLength: 1, maxLength: 5 }),
		});
		const optionsArb = fc.record({
			statuses: fc.subarray(["open", "investigating", "answered", "dropped"] as const, { minLength: 1 }),
			groupBy: fc.constantFrom("note" as const, "none" as const),
			sortBy: fc.constantFrom("published" as const, "age" as const),
			limit: fc.integer({ min: 0, max: 12 }),
		});
		fc.assert(
			fc.property(fc.array(noteArb, { maxLength: 6 }), optionsArb, (notes, o) => {
				const index = new QuestionIndex();
				for (const n of notes) index.set(entry(n.path, analysis({ published: n.published, questions: n.questions.map((q) => [q, "d"] as const) })));
				const options: PanelOptions = { query: { statuses: o.statuses }, groupBy: o.groupBy, sortBy: o.sortBy, limit: o.limit, today: "2025-03-01" };
				expect(panelModel(index, options)).toEqual(fullPanelModel(index, options));
			}),
			{ numRuns: 200 },
		);
	});

	it("lists at most `limit` questions but counts them all", () => {
		const index = new QuestionIndex();
		index.set(entry("many.md", analysis({ questions: Array.from({ length: 30 }, (_, i) => [`Q${i}`, "d"] as const) })));
		const model = panelModel(index, { ...base, limit: 10 });
		expect(model.groups[0]?.questions).toHaveLength(10);
		expect(model.groups[0]?.count).toBe(30);
		expect(model.truncated).toBe(true);
	});

	it("exports the groups as a briefing, each question linking back to its note", () => {
		const model = panelModel(vault(), { ...base, query: { statuses: ["open", "investigating"] } });
		const words = { heading: "Open questions — 2025-06-15", group: (g: { label: string | null }) => g.label ?? "-", status: (s: string) => s, review: "review", answeredBy: "answered by" };
		const markdown = briefingMarkdown(model.groups, "note", words);
		expect(markdown).toBe(
			[
				"# Open questions — 2025-06-15",
				"",
				"## [[b|Cloud]]",
				"",
				"- **Rental loophole** (investigating)",
				"    [[DeepSeek]] rents",
				"",
				"## [[a|Chips]]",
				"",
				"- **SMIC yields** (review 2025-01-01)",
				"    x",
				"",
				"## [[c|Edge]]",
				"",
				"- **Edge AI**",
				"    phones",
				"",
			].join("\n"),
		);
		const byOutlet = briefingMarkdown(panelModel(vault(), { ...base, groupBy: "outlet", query: { statuses: ["open"] } }).groups, "outlet", words);
		expect(byOutlet).toContain("## 財新\n\n- **SMIC yields** (review 2025-01-01) — [[a|Chips]] · 財新 · 2025-03-01\n    x");
	});

	it("property: the text filter finds what lower-casing every field would find", () => {
		// The filter as first written: every field lower-cased whenever the word has case.
		const reference = (q: Question, text: string): boolean => {
			const words = text.toLowerCase().split(/\s+/).filter(Boolean);
			const fields = [q.title, q.detail, q.note.title, q.note.outlet ?? "", ...q.entities];
			return words.every((w) => fields.some((f) => f.includes(w) || (w !== w.toUpperCase() && f.toLowerCase().includes(w))));
		};
		const piece = fc.constantFrom("model", "Model", "MODEL", "k", "K", "\u212A", "i", "I", "\u0130", "ß", "SS", "Σ", "σ", "é", "É", "模型", "AI", " ", "ai", "x");
		const field = fc.array(piece, { maxLength: 5 }).map((p) => p.join(""));
		fc.assert(
			fc.property(fc.tuple(field, field, field, fc.option(field), fc.array(field, { maxLength: 2 })), field, ([title, detail, noteTitle, outlet, entities], text) => {
				const [q] = readNoteQuestions(analysis({ title: "t", questions: [["x", "y"]] }), { path: "a.md", isInvestigationHeading }).questions;
				if (!q) throw new Error("no question");
				const question: Question = { ...q, title, detail, entities, note: { ...q.note, title: noteTitle, outlet } };
				expect(matcher({ text })(question)).toBe(reference(question, text));
			}),
			{ numRuns: 3000 },
		);
	});
});
