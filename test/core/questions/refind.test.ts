// Issue #5 against issue #4: when the entity registry changes, a question's entities are found
// again from the index alone (its title, detail and links), and the index re-tags the notes in
// place. Invariant: that gives exactly the index built from the notes' text with the new finder.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { investigationHeadingMatcher, QuestionIndex, readNoteQuestions, SORTS, withEntitiesFound, type EntityFinder } from "../../../src/core/questions";
import { analysis } from "../../support/questions";

const isInvestigationHeading = investigationHeadingMatcher();

/** A finder that knows `names`: each one the text contains, in order of first appearance. */
const finderOf =
	(names: readonly string[]): EntityFinder =>
	(text) =>
		names.filter((n) => text.includes(n)).sort((a, b) => text.indexOf(a) - text.indexOf(b));

const NAMES = ["DeepSeek", "星門", "Qwen", "創世計畫", "ASPI"];
const WORDS = [...NAMES, "[[DeepSeek]]", "[[Alibaba|阿里]]", "[review:: 2025-02-01]", "[status:: investigating]", "誰", "pays", "?"];

const question = fc.tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }));
const note = fc.record({
	published: fc.constantFrom("2025-01-01", "2025-06-01", "2024-12-31"),
	questions: fc.array(question, { minLength: 1, maxLength: 4 }),
});
const vault = fc.array(note, { minLength: 1, maxLength: 6 });

function indexOf(notes: readonly { published: string; questions: readonly (readonly [string[], string[]])[] }[], find: EntityFinder): QuestionIndex {
	const index = new QuestionIndex();
	for (const sort of SORTS) index.inOrder(sort); // every sorted list built, so re-tagging must keep them
	notes.forEach((n, i) => {
		const text = analysis({ title: `Note ${i}`, published: n.published, questions: n.questions.map(([first, detail]) => [first.join(" "), detail.join(" ")]) });
		index.set(readNoteQuestions(text, { path: `n${i}.md`, isInvestigationHeading, findEntities: find }));
	});
	return index;
}

/** What the index shows: every sorted list, with each question's entities and links. */
function shown(index: QuestionIndex) {
	return SORTS.map((sort) => index.inOrder(sort).map((q) => `${q.path}:${q.line} ${q.status} ${q.entities.join("|")} / ${q.links.join("|")}`));
}

describe("entities found again", () => {
	it("property: re-tagging with a new finder gives the index built with it from the text", () => {
		const subsets = fc.subarray(NAMES);
		fc.assert(
			fc.property(vault, subsets, subsets, (notes, before, after) => {
				const index = indexOf(notes, finderOf(before));
				const revision = index.revision;
				for (const entry of [...index.entries()]) {
					const next = withEntitiesFound(entry, finderOf(after));
					if (next) index.retag(next);
				}
				const fresh = indexOf(notes, finderOf(after));
				expect(shown(index)).toEqual(shown(fresh));
				expect(index.counts()).toEqual(fresh.counts());
				expect(index.withReview().size).toBe(fresh.withReview().size);
				if (before.join() === after.join()) expect(index.revision).toBe(revision);
			}),
			{ numRuns: 300 },
		);
	});

	it("keeps links, finds names in title and detail, and says when nothing changed", () => {
		const text = analysis({ questions: [["Does [[Alibaba]] fund 星門?", "See Qwen."], ["Nothing here", "none"]] });
		const entry = readNoteQuestions(text, { path: "a.md", isInvestigationHeading });
		expect(entry.questions.map((q) => q.entities)).toEqual([["Alibaba"], []]);
		const found = withEntitiesFound(entry, finderOf(["Qwen", "星門"]));
		expect(found?.questions.map((q) => q.entities)).toEqual([["Alibaba", "星門", "Qwen"], []]);
		// The question without names is the same object: nothing to re-tag there.
		expect(found?.questions[1]).toBe(entry.questions[1]);
		expect(withEntitiesFound(entry, finderOf(["ASPI"]))).toBeNull();
		expect(withEntitiesFound(found!, undefined)?.questions.map((q) => q.entities)).toEqual([["Alibaba"], []]);
	});
});
