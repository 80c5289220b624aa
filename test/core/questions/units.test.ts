// Issue #5: every unit's examples, run by one loop each.
import { describe, expect, it } from "vitest";
import { DATE_EXAMPLES, normalizeDate } from "../../../src/core/questions/dates";
import { HEADING_EXAMPLES, investigationHeadingMatcher } from "../../../src/core/questions/headings";
import { fromMetadataLines, METADATA_EXAMPLES } from "../../../src/core/questions/properties";
import { cleanTitle, contentWithoutFields, fieldValue, readItemLine, setStatusOnLine, statusOf, SYNTAX_EXAMPLES } from "../../../src/core/questions/syntax";

describe("investigation headings", () => {
	it.each(HEADING_EXAMPLES.map((e) => [e.heading, e.user ?? [], e.matches] as const))("%s (user %j) → %s", (heading, user, matches) => {
		expect(investigationHeadingMatcher(user)(heading)).toBe(matches);
	});
});

describe("status syntax", () => {
	it.each(SYNTAX_EXAMPLES.map((e) => [e.line, e] as const))("%s", (line, example) => {
		const item = readItemLine(line);
		expect(item).not.toBeNull();
		if (!item) return;
		expect({
			title: cleanTitle(contentWithoutFields(line, item)),
			status: statusOf(item),
			review: fieldValue(item, "review"),
			answered: fieldValue(item, "answered"),
		}).toEqual(example.read);
		if (example.change) {
			const { status, syntax, result } = example.change;
			expect(setStatusOnLine(line, status, syntax)).toBe(result);
			const after = readItemLine(result);
			expect(after && statusOf(after)).toBe(status);
			expect(after && cleanTitle(contentWithoutFields(result, after))).toBe(example.read.title);
		}
	});
});

describe("dates", () => {
	it.each(DATE_EXAMPLES.map((e) => [String(e.value instanceof Date ? e.value.toISOString() : e.value), e] as const))("%s", (_, example) => {
		expect(normalizeDate(example.value)).toBe(example.stored);
	});
});

describe("metadata lines", () => {
	it.each(METADATA_EXAMPLES.map((e) => [e.contents.join(" | "), e] as const))("%s", (_, example) => {
		expect(fromMetadataLines(example.contents)).toEqual(example.filled);
	});
});
