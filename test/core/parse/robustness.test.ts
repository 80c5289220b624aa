/**
 * Hostile input gets a clear result, never a crash or a hang (issue #2): a 10 MB note, 10,000
 * nested lists and quotes (the scanner keeps an explicit stack, no recursion), pathological
 * repetitions that would make a naive scanner quadratic. No timings are asserted; vitest's
 * timeout is the guard against a hang.
 */
import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/parse";

describe("parseNote on hostile input", () => {
	it("parses a 10 MB note", () => {
		const block = "## Section\n\n段落文字 [[Link]] #tag `code` https://x.io/p 更多文字。\n\n- [ ] item\n    continuation\n\n";
		const text = block.repeat(Math.ceil(10_000_000 / block.length));
		const note = parseNote(text);
		const blocks = Math.ceil(10_000_000 / block.length);
		expect(note.headings).toHaveLength(blocks);
		expect(note.links).toHaveLength(blocks);
		expect(note.listItems).toHaveLength(blocks);
		expect(note.listItems[blocks - 1]?.continuationLines).toHaveLength(1);
	});

	it("reads 10,000 nested list levels on one line", () => {
		const note = parseNote(`${"- ".repeat(10_000)}deep`);
		expect(note.listItems).toHaveLength(10_000);
		expect(note.listItems[9_999]?.parent).toBe(0);
		expect(note.listItems[0]?.parent).toBe(-1);
		expect(note.sections).toEqual([expect.objectContaining({ type: "list" })]);
	});

	it("reads 3,000 list levels indented line by line", () => {
		const lines = Array.from({ length: 3_000 }, (_, i) => `${"  ".repeat(i)}- level ${i}`);
		const note = parseNote(lines.join("\n"));
		expect(note.listItems).toHaveLength(3_000);
		expect(note.listItems.every((item, i) => item.parent === (i === 0 ? -1 : i - 1))).toBe(true);
	});

	it("reads 10,000 nested blockquotes", () => {
		const note = parseNote(`> [!note] deep\n${">".repeat(10_000)} more\n${"> ".repeat(10_000)}- [ ] task`);
		expect(note.sections.map((s) => s.type)).toEqual(["callout"]);
		expect(note.listItems.map((item) => item.task)).toEqual([" "]);
	});

	it("stays linear on unmatched openers repeated many times", () => {
		for (const opener of ["[[", "`", "$x ", "[", "<a ", "%%", "![", "<!--", "](", "#", "^", "\\"]) {
			const text = `${opener} `.repeat(200_000);
			const note = parseNote(text);
			expect(note.sections.length).toBeGreaterThan(0);
		}
	});

	it("stays linear on many unclosed blocks", () => {
		for (const opener of ["$$\n", "%%\n", "```\n", "<!--\n", "<div>\n", "> a\n", "| a |\n"]) {
			const note = parseNote(`${opener}line\n`.repeat(50_000));
			expect(note.sections.length).toBeGreaterThan(0);
		}
	});

	it("handles a note of blank lines, and one of a single line with no newline", () => {
		expect(parseNote("\n".repeat(100_000)).sections).toEqual([]);
		expect(parseNote(" ".repeat(100_000)).sections).toEqual([]);
		expect(parseNote("x".repeat(1_000_000)).sections).toHaveLength(1);
	});
});
