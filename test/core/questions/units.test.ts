// Issue #5: every unit's examples, run by one loop each.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATE_EXAMPLES, normalizeDate } from "../../../src/core/questions/dates";
import { HEADING_EXAMPLES, investigationHeadingMatcher } from "../../../src/core/questions/headings";
import { fromMetadataLines, METADATA_EXAMPLES } from "../../../src/core/questions/properties";
import { cleanTitle, contentWithoutFields, fieldValue, isWhitespace, ITEM_PREFIX, readItemLine, TRAILING_COLON, WRAP, setStatusOnLine, splitTitleLine, statusOf, SYNTAX_EXAMPLES, TITLE_LINE_EXAMPLES } from "../../../src/core/questions/syntax";

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

describe("title lines", () => {
	it.each(TITLE_LINE_EXAMPLES.map((e) => [e.content, e.read] as const))("%s", (content, read) => {
		expect(splitTitleLine(content)).toEqual(read);
	});
});

describe("dates", () => {
	it.each(DATE_EXAMPLES.map((e) => [String(e.value instanceof Date ? e.value.toISOString() : e.value), e] as const))("%s", (_, example) => {
		expect(normalizeDate(example.value)).toBe(example.stored);
	});
});

describe("dates already stored", () => {
	it("property: a stored-looking date reads as the regex path reads it (a trailing letter forces that path)", () => {
		const digit = fc.constantFrom(..."0123456789");
		const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(""));
		const date = fc
			.tuple(digits(4), fc.constantFrom("-", "/"), digits(2), fc.constantFrom("-", "."), digits(2), fc.option(fc.tuple(fc.constantFrom("T", " ", "t"), digits(2), fc.constantFrom(":", "-"), digits(2))))
			.map(([y, a, m, b, d, time]) => `${y}${a}${m}${b}${d}${time ? time.join("") : ""}`);
		fc.assert(
			fc.property(date, (text) => {
				expect(normalizeDate(text)).toBe(normalizeDate(`${text}x`));
			}),
			{ numRuns: 3000 },
		);
	});
});

describe("metadata lines", () => {
	it.each(METADATA_EXAMPLES.map((e) => [e.contents.join(" | "), e] as const))("%s", (_, example) => {
		expect(fromMetadataLines(example.contents)).toEqual(example.filled);
	});
});

describe("list item lines", () => {
	// `readItemLine` reads the grammar of `ITEM_PREFIX` by character codes; the regex is the reference.
	const PIECES = [" ", "\t", ">", "> ", "-", "*", "+", "1", "12", "1234567890", ".", ")", "[", "]", "[ ]", "[x]", "[]]", "[[", "x", "問", "::", "[status:: open]", "\uD800"];
	const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(""));

	it("property: finds exactly the marker, gap and checkbox the regex finds", () => {
		fc.assert(
			fc.property(line, (text) => {
				const match = ITEM_PREFIX.exec(text);
				const item = readItemLine(text);
				if (!match?.groups) {
					expect(item).toBeNull();
					return;
				}
				const { indent = "", marker = "", gap = "", box, task } = match.groups;
				const boxAt = indent.length + marker.length + gap.length;
				expect(item).not.toBeNull();
				expect({ contentFrom: item?.contentFrom, boxAt: item?.boxAt, task: item?.task }).toEqual({
					contentFrom: match[0].length,
					boxAt,
					task: box && task !== undefined ? { char: task, at: boxAt + 1 } : null,
				});
			}),
			{ numRuns: 3000 },
		);
	});

	it("property: cleans a title exactly as the regexes `TRAILING_COLON` and `WRAP` say", () => {
		const reference = (raw: string): string => {
			let title = raw.trim();
			for (;;) {
				const next = title.replace(TRAILING_COLON, "").replace(WRAP, "$2").trim();
				if (next === title) return title;
				title = next;
			}
		};
		const title = fc.array(fc.constantFrom(" ", "\t", ":", "：", "*", "**", "_", "__", "a", "問", "\u3000", "\n"), { maxLength: 10 }).map((p) => p.join(""));
		fc.assert(
			fc.property(title, (raw) => {
				expect(cleanTitle(raw)).toBe(reference(raw));
			}),
			{ numRuns: 3000 },
		);
	});

	it("property: a line's content is its text without fields and block id, trimmed, runs of whitespace collapsed as the regexes say", () => {
		const CONTENT = ["問題", "Who pays", " ", "  ", "\t", "\u3000", "\u00a0", "：", "^q1", " ^q1", "[status:: answered]", " [review:: 2026-01-15]", "^", "x"];
		const itemLine = fc.tuple(fc.constantFrom("- ", "1. ", "- [x] "), fc.array(fc.constantFrom(...CONTENT), { maxLength: 8 })).map(([marker, parts]) => marker + parts.join(""));
		const byRegex = (line: string, item: NonNullable<ReturnType<typeof readItemLine>>): string => {
			let content = "";
			let at = item.contentFrom;
			for (const field of item.fields) [content, at] = [content + line.slice(at, field.from), field.to];
			content = (content + line.slice(at)).replace(/[ \t]+\^[A-Za-z0-9-]+$/, "");
			return /\s\s|[\t\n\r]/.test(content) ? content.replace(/\s+/g, " ").trim() : content.trim();
		};
		fc.assert(
			fc.property(itemLine, (line) => {
				const item = readItemLine(line);
				if (item) expect(contentWithoutFields(line, item)).toBe(byRegex(line, item));
			}),
			{ numRuns: 3000 },
		);
	});

	it("knows whitespace exactly as a regex's \\s does, for every UTF-16 code", () => {
		for (let c = 0; c <= 0xffff; c++) expect(isWhitespace(c)).toBe(/\s/.test(String.fromCharCode(c)));
	});
});
