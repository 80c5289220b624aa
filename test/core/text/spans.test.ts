import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CHANGED_SPAN_EXAMPLES, changedSpan } from "../../../src/core/text/changed-span";
import { SNIPPET_EXAMPLES, snippetAround } from "../../../src/core/text/snippet";
import { LINK_TEXT_EXAMPLES, linkDisplayText } from "../../../src/core/text/link-text";

describe("changedSpan", () => {
	it.each(CHANGED_SPAN_EXAMPLES)("$before → $after", ({ before, after, change }) => {
		expect(changedSpan(before, after)).toEqual(change);
	});

	it("one change always turns the old text into the new one", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (before, after) => {
				const change = changedSpan(before, after);
				const result = change ? before.slice(0, change.from) + change.text + before.slice(change.to) : before;
				expect(result).toBe(after);
			}),
		);
	});
});

describe("snippetAround", () => {
	it.each(SNIPPET_EXAMPLES)("$text", ({ text, from, to, radius, snippet }) => {
		expect(snippetAround(text, from, to, radius)).toEqual(snippet);
	});
});

describe("linkDisplayText", () => {
	it.each(LINK_TEXT_EXAMPLES)("$text", ({ text, shown }) => {
		expect(linkDisplayText(text)).toBe(shown);
	});
});
