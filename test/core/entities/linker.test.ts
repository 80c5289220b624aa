import { describe, expect, test } from "vitest";
import { applyPlan, buildMatcher, linkNote, planLinks, registryOf, withDoubtful } from "../../../src/core/entities";
import { LINK_EXAMPLES } from "../../../src/core/entities/link-examples";
import { parseNote } from "../../../src/core/parse";
import { entity } from "./support";

describe("the linker's judgement (issue 10)", () => {
	for (const example of LINK_EXAMPLES) {
		test(example.rule, () => {
			const matcher = buildMatcher(registryOf(example.entities.map((s) => entity(s))), { allowFlagged: false });
			const plan = planLinks(example.text, parseNote(example.text), matcher, { mentions: "first", skipHeadings: true, style: example.style ?? "wikilink", notePath: example.note });
			expect(applyPlan(example.text, plan)).toBe(example.linked);
			expect(plan.doubtful.map((d) => `${d.surface}→${d.entity}!${d.flag}`)).toEqual(example.doubtful ?? []);
		});
	}

	test("an analysis's entities property names a note of a shared name by its path", () => {
		const matcher = buildMatcher(registryOf(["en/Canvas", "es/Canvas"].map((s) => entity(s))), { allowFlagged: false });
		const text = "---\ntype: analysis\n---\nAbre un Canvas.\n";
		expect(linkNote(text, "es/Guía.md", matcher, { mentions: "first", skipHeadings: true, style: "wikilink" }, true).text).toBe('---\ntype: analysis\nentities:\n  - "[[es/Canvas]]"\n---\nAbre un [[es/Canvas|Canvas]].\n');
	});

	test("an existing link by path names that note, not another of the same name", () => {
		const matcher = buildMatcher(registryOf(["en/Canvas", "es/Canvas"].map((s) => entity(s))), { allowFlagged: false });
		const text = "[[en/Canvas]] y Canvas";
		const plan = planLinks(text, parseNote(text), matcher, { mentions: "first", skipHeadings: true, style: "wikilink", notePath: "es/x.md" });
		expect(plan.linked).toEqual(["en/Canvas"]);
	});

	test("taking the doubtful links writes them too, and lists their entities as linked", () => {
		const matcher = buildMatcher(registryOf([entity("HQ Trivia: HQ")]), { allowFlagged: false });
		const text = "The HQ moved.";
		const plan = withDoubtful(planLinks(text, parseNote(text), matcher, { mentions: "first", skipHeadings: true, style: "wikilink" }));
		expect(applyPlan(text, plan)).toBe("The [[HQ Trivia|HQ]] moved.");
		expect(plan.linked).toEqual(["HQ Trivia"]);
		expect(plan.doubtful).toEqual([]);
	});

	test("allowing short and common aliases makes a short alias sure", () => {
		const matcher = buildMatcher(registryOf([entity("HQ Trivia: HQ")]), { allowFlagged: true });
		const text = "The HQ moved.";
		expect(applyPlan(text, planLinks(text, parseNote(text), matcher, { mentions: "first", skipHeadings: true, style: "wikilink" }))).toBe("The [[HQ Trivia|HQ]] moved.");
	});

	test("an entity's allowed alias links its ordinary word in lower case", () => {
		const matcher = buildMatcher(registryOf([entity("Infrastructure", { allowedAliases: ["Infrastructure"] })]), { allowFlagged: false });
		const text = "Spending on infrastructure grew.";
		expect(applyPlan(text, planLinks(text, parseNote(text), matcher, { mentions: "first", skipHeadings: true, style: "wikilink" }))).toBe("Spending on [[Infrastructure|infrastructure]] grew.");
	});

	test("dossier-exact-case keeps a name that is no ordinary word from matching another case", () => {
		const folded = buildMatcher(registryOf([entity("Qwen")]), { allowFlagged: false });
		const exact = buildMatcher(registryOf([entity("Qwen", { exactCase: true })]), { allowFlagged: false });
		const text = "qwen and Qwen";
		const policy = { mentions: "every", skipHeadings: true, style: "wikilink" } as const;
		expect(applyPlan(text, planLinks(text, parseNote(text), folded, policy))).toBe("[[Qwen|qwen]] and [[Qwen]]");
		expect(applyPlan(text, planLinks(text, parseNote(text), exact, policy))).toBe("qwen and [[Qwen]]");
	});
});
