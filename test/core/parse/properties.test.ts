/**
 * Invariants of `parseNote` over generated Markdown-ish text (issue #2): it never throws; every
 * position points into the text with its line, column and offset agreeing; every reference's
 * `original` is the text at its position; protected ranges are sorted, disjoint and in bounds.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNote, parseStructure, type InlineScan, type Loc, type ParsedNote, type Pos } from "../../../src/core/parse";

/** Pieces that make Markdown structure, mixed with arbitrary (even broken) UTF-16. */
const PIECES = [
	"\n", "\r\n", "\n\n", "    ", "\t", " ", "- ", "* ", "1. ", "2) ", "- [ ] ", "- [x] ", "> ", "> [!note] ", "# ", "## ",
	"```", "~~~", "$$", "$", "%%", "<!--", "-->", "<div>", "</div>", "<b>", "|", "| --- |", "---", "===", "[[", "]]", "![[",
	"[", "](", ")", "![", "`", "``", "#tag", "#", "^id", "[^1]", "[^1]: ", "^[", "https://x.io/a", "<https://y.io>", "\\",
	"中文", "標籤", "，", "。", "\uFEFF", "\uD800", "\uDC00", "a", "b", "word ", ":", "title: x", "|",
];
const markdown = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 60 }).map((parts) => parts.join(""));

function eachPos(note: ParsedNote): Pos[] {
	return [
		...note.headings, ...note.sections, ...note.listItems, ...note.links, ...note.embeds, ...note.tags, ...note.blockIds,
	].map((x) => x.position).concat(note.frontmatterPosition ? [note.frontmatterPosition] : []);
}

function checkLoc(text: string, note: ParsedNote, loc: Loc): void {
	const lineStart = note.lineStarts[loc.line];
	expect(lineStart).toBeDefined();
	expect(loc.offset).toBe((lineStart ?? 0) + loc.col);
	expect(loc.offset).toBeGreaterThanOrEqual(0);
	expect(loc.offset).toBeLessThanOrEqual(text.length);
	const nextLine = note.lineStarts[loc.line + 1] ?? text.length + 1;
	expect(loc.offset).toBeLessThan(nextLine);
}

describe("parseNote properties", () => {
	it("never throws and keeps every position consistent with the text", () => {
		fc.assert(
			fc.property(markdown, (text) => {
				const note = parseNote(text);
				for (const pos of eachPos(note)) {
					checkLoc(text, note, pos.start);
					checkLoc(text, note, pos.end);
					expect(pos.start.offset).toBeLessThanOrEqual(pos.end.offset);
				}
			}),
			{ numRuns: 600 },
		);
	});

	it("gives every link, embed and tag the exact text at its position", () => {
		fc.assert(
			fc.property(markdown, (text) => {
				const note = parseNote(text);
				for (const ref of [...note.links, ...note.embeds]) expect(text.slice(ref.position.start.offset, ref.position.end.offset)).toBe(ref.original);
				for (const tag of note.tags) expect(text.slice(tag.position.start.offset, tag.position.end.offset)).toBe(tag.tag);
			}),
			{ numRuns: 400 },
		);
	});

	it("keeps protected ranges sorted, disjoint, non-empty and inside the text", () => {
		fc.assert(
			fc.property(markdown, (text) => {
				let last = 0;
				for (const range of parseNote(text).protectedRanges) {
					expect(range.from).toBeGreaterThanOrEqual(last);
					expect(range.to).toBeGreaterThan(range.from);
					expect(range.to).toBeLessThanOrEqual(text.length);
					last = range.to;
				}
			}),
			{ numRuns: 400 },
		);
	});

	it("never throws on arbitrary UTF-16, lone surrogates included", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: fc.constantFrom("\uD800", "\uDFFF", "a", "\n", "#", "[") }), (a, b) => {
				const note = parseNote(a + b);
				expect(note.lineStarts[0]).toBe(0);
			}),
			{ numRuns: 300 },
		);
	});

	it("finds the same structure without inline scanning", () => {
		fc.assert(
			fc.property(markdown, (text) => {
				const full = parseNote(text);
				const blocks = parseNote(text, { inline: false });
				expect(blocks.sections).toEqual(full.sections);
				expect(blocks.listItems).toEqual(full.listItems);
				expect(blocks.headings).toEqual(full.headings);
				expect(blocks.links).toEqual([]);
			}),
			{ numRuns: 200 },
		);
	});

	it("reads in any spans, in order, exactly the inline facts the full parse reports there", () => {
		const spans = fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 });
		fc.assert(
			fc.property(markdown, spans, (text, raw) => {
				const full = parseNote(text);
				const structure = parseStructure(text);
				expect(structure.note).toEqual(parseNote(text, { inline: false }));
				// Spans with non-decreasing starts, some overlapping, some leaving gaps, some past the end.
				const starts = raw.map(([a]) => a % (text.length + 2)).sort((a, b) => a - b);
				starts.forEach((from, i) => {
					const to = from + (raw[i]?.[1] ?? 0) % (text.length + 2);
					expect(structure.inlineWithin(from, to)).toEqual(within(full, from, to));
				});
			}),
			{ numRuns: 500 },
		);
	});

	it("starts the scan over when a span comes before the previous one", () => {
		const text = "[[a]] #one\n\n- [[b]]\n\n%% [[c]] %%\n";
		const structure = parseStructure(text);
		const full = parseNote(text);
		expect(structure.inlineWithin(12, text.length).links.map((l) => l.link)).toEqual(["b", "c"]);
		expect(structure.inlineWithin(0, 11)).toEqual(within(full, 0, 11));
		expect(structure.inlineWithin(0, 11).links.map((l) => l.link)).toEqual(["a"]);
	});
});

function within(note: ParsedNote, from: number, to: number): InlineScan {
	const keep = <T extends { readonly position: Pos }>(list: readonly T[]): T[] => list.filter((x) => x.position.start.offset >= from && x.position.start.offset < to);
	return { links: keep(note.links), embeds: keep(note.embeds), tags: keep(note.tags), blockIds: keep(note.blockIds) };
}
