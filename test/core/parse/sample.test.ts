/**
 * The real zh-TW analysis note (issue #2): the title, the four numbered sections, and the four
 * ordered items of the last section, each with its indented continuation paragraph. The note's
 * blank-looking lines hold four spaces, which must not end the list items.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseNote, type ParsedNote } from "../../../src/core/parse";
import { sharedPath } from "./shared";

const sample = sharedPath("samples/us-ai-race-analysis.zh-TW.md");

const title = sample.exists ? "the sample zh-TW analysis note" : `the sample note (skipped: ${sample.path} is absent)`;

describe.skipIf(!sample.exists)(title, () => {
	const text = sample.exists ? readFileSync(sample.path, "utf8") : "";
	const note: ParsedNote = parseNote(text);
	const lineText = (line: number) => text.slice(note.lineStarts[line], (note.lineStarts[line + 1] ?? text.length + 1) - 1);

	it("finds the title heading and the four numbered section headings", () => {
		const [title, ...numbered] = note.headings;
		expect(title?.heading).toMatch(/^新聞分析：.*AI.*？$/);
		expect(numbered.map((h) => h.heading.slice(0, 3))).toEqual(["1. ", "2. ", "3. ", "4. "]);
		expect(numbered.every((h) => h.level === 4)).toBe(true);
		for (const heading of note.headings) expect(lineText(heading.position.start.line)).toContain(heading.heading);
	});

	it("reads the last section's four ordered items, each with its continuation paragraph", () => {
		const last = note.headings[note.headings.length - 1];
		const items = note.listItems.filter((item) => item.position.start.line > (last?.position.start.line ?? 0));
		expect(items.map((item) => item.marker)).toEqual(["1.", "2.", "3.", "4."]);
		for (const item of items) {
			expect(item.ordered).toBe(true);
			expect(item.parent).toBe(-(items[0]?.position.start.line ?? 0));
			expect(item.continuationLines).toHaveLength(1);
			const continuation = item.continuationLines[0] ?? 0;
			expect(continuation).toBe(item.position.start.line + 2);
			expect(lineText(continuation)).toMatch(/^ {4}\S/);
			expect(item.position.end.line).toBeGreaterThanOrEqual(continuation);
		}
	});

	it("reads the whole last section as one list", () => {
		const lists = note.sections.filter((s) => s.type === "list");
		const lastList = lists[lists.length - 1];
		const items = note.listItems.filter((item) => item.parent === -(lastList?.position.start.line ?? -1));
		expect(items).toHaveLength(4);
		expect(lastList?.position.end.line).toBe(items[3]?.continuationLines[0]);
	});

	it("nests the sub-items of the summary under their parent", () => {
		const children = note.listItems.filter((item) => item.parent >= 0);
		expect(children.length).toBeGreaterThan(0);
		for (const child of children) {
			const parent = note.listItems.find((item) => item.position.start.line === child.parent);
			expect(parent, `parent of line ${child.position.start.line}`).toBeDefined();
			expect(child.position.start.col).toBeGreaterThan(0);
		}
	});

	it("protects the source URL on the first line", () => {
		const url = note.protectedRanges.find((r) => r.kind === "url");
		expect(url?.from).toBe(0);
		expect(text.slice(url?.from, url?.to)).toMatch(/^https:\/\/\S+$/);
	});
});
