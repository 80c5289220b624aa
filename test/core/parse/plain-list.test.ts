// Issue #5 (performance): `plainListSection` reads the list under a heading line by line, without
// the block scanner, when the section has the plain shape analyses use. Whenever it answers, the
// answer must be what the full parse reports; the examples name the shapes it must refuse.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inlineRegions, parseNote, plainListSection, type ParsedNote, type PlainItem, type PlainListSection, type Pos } from "../../../src/core/parse";

const accepts = (heading: string): boolean => heading === "Target";
const options = { heading: accepts, when: () => true };

/** Lines a plain section is made of: items of every marker, task boxes, continuations. */
const PLAIN = [
	"1. 問題一：", "2. Who pays for the chips?", "10. ten", "1) paren", "- bullet", "* star", "+ plus", "- [ ] task", "- [x] done",
	"1. [/] working", "1.  two spaces", "1.    four spaces", "- **雲端租用漏洞：** 誰在審核？", "    detail paragraph", "   three-space detail",
	"  two-space detail", "    2025年的數據", "     five-space detail", "    detail with #tag and `code`", "", "", "",
	// Inline syntax, which the paragraphs must hand to the inline scanner exactly as the full parse does.
	"1. 問題 [[DeepSeek]]：", "- [ ] [[星門]] 的電力", "    追蹤 [[華為|Huawei]] 與 ![[chart.png]]", "    `[[not a link]]` and $[[math]]$",
	"    see [the note](Target%20Note.md) ^block-1", "    a %% [[hidden]] %% comment", "    text [[split", "    across]] lines", "    <span>[[html]]</span>",
];
/** Lines the reader must refuse, or that end the section. */
const OTHER = [
	"1.     five spaces", "1.\ttab", "-\ttab", "- ", "1.", "- [ ]", "- [ ]  ", "- # heading in item", "- > quote in item", "- - nested",
	"1. 2. nested", "- ```", "        eight-space detail", "\tdetail", "  \tmixed", "    - child", "    1. child", "    ```", "    > q",
	"    ---", "    ===", "    |a|", "    <div>", "    $$", "    %%", "    # h", "    [[link]]", "    2025. x", "text", "lazy text", "---",
	"***", "- - -", "===", "```", "~~~", "$$", "%%", "<div>", "> q", "|a|b|", "|---|---|", "[^1]: note", "#tag", "# Top", "## Next",
	"### Deeper", "#### Target", "## Target", "  ## Target", "Target\n===", "\u3000全形空格", " lead space", "1. x\n   ---", "<!--",
];
const FRONTMATTER = [[], ["---", "title: T", "---"], ["---", "title: [x", "---"]];
const PREAMBLE = ["# Intro", "text", "- meta: x", "", "```", "## Target", "Target\n---"];
const line = fc.oneof({ arbitrary: fc.constantFrom(...PLAIN), weight: 40 }, { arbitrary: fc.constantFrom(...OTHER), weight: 1 });
const note = fc
	.tuple(
		fc.constantFrom(...FRONTMATTER),
		fc.array(fc.constantFrom(...PREAMBLE), { maxLength: 4 }),
		fc.constantFrom("# Target", "## Target", "### Target", "## Target ##"),
		fc.array(line, { maxLength: 16 }),
		fc.constantFrom("\n", "\r\n"),
	)
	.map(([front, preamble, heading, lines, eol]) => [...front, ...preamble, heading, ...lines].flatMap((l) => l.split("\n")).join(eol));

/** What the full parse reports for the first section `accepts` opens, in `PlainListSection`'s shape without paragraphs (or why it has none). */
function fullAnswer(text: string, full: ParsedNote): (Omit<PlainListSection, "items"> & { items: Omit<PlainItem, "paragraphs">[] }) | string {
	const opening = full.headings.filter((h) => accepts(h.heading) && topLevel(full, h.position.start.line));
	const [first] = opening;
	if (!first) return "no section";
	const from = first.position.start.line;
	const next = full.headings.find((h) => h.position.start.line > from && h.level <= first.level);
	const to = next ? next.position.start.line : full.lineStarts.length;
	if (opening.length > 1) return "two sections";
	const inside = full.listItems.filter((i) => i.position.start.line > from && i.position.start.line < to);
	if (inside.some((i) => i.parent >= 0)) return "nested items";
	const items: Omit<PlainItem, "paragraphs">[] = inside.map((i) => ({
		line: i.position.start.line,
		lastLine: lastNonBlank(text, full.lineStarts, Math.max(i.position.end.line, ...i.continuationLines)),
		from: i.position.start.offset + (ITEM_START.exec(text.slice(i.position.start.offset))?.[0].length ?? 0),
	}));
	return { frontmatter: full.frontmatterBlock, lineStarts: full.lineStarts, heading: from, items };
}

/** A marker, its spaces and a task box with its spaces: what comes before an item's text. */
const ITEM_START = /^(?:\d{1,9}[.)]|[-*+]) +(?:\[[^\]\n]\] +)?/;

/** An item ends on its last non-blank line (the full parse counts the blank lines before the next item too). */
function lastNonBlank(text: string, lineStarts: readonly number[], line: number): number {
	let n = line;
	while (n > 0 && text.slice(lineStarts[n], lineStarts[n + 1] ?? text.length).trim() === "") n--;
	return n;
}

function topLevel(full: ParsedNote, line: number): boolean {
	return !full.sections.some((s) => s.type !== "heading" && s.position.start.line <= line && s.position.end.line >= line);
}

/** Checks the reader against the full parse; returns 1 when it answered. */
function expectExact(text: string): number {
	const plain = plainListSection(text, options);
	if (!plain) return 0;
	const full = parseNote(text);
	expect({ ...plain, items: plain.items.map(({ paragraphs, ...item }) => item) }).toEqual(fullAnswer(text, full));
	// One reader across the items, in order, as the questions index reads them.
	const inline = inlineRegions(text, plain.lineStarts);
	for (const item of plain.items) expect(inline(item.paragraphs)).toEqual(inlineOfItem(full, item));
	return 1;
}

/** The links, embeds, tags and block ids the full parse reports on the item's lines. */
function inlineOfItem(full: ParsedNote, item: PlainItem) {
	const on = <T extends { readonly position: Pos }>(list: readonly T[]): T[] =>
		list.filter((x) => x.position.start.line >= item.line && x.position.start.line <= item.lastLine);
	return { links: on(full.links), embeds: on(full.embeds), tags: on(full.tags), blockIds: on(full.blockIds) };
}

/** Sections the reader refuses, each for a reason the full scan alone can judge. */
const REFUSED: readonly { readonly name: string; readonly text: string }[] = [
	{ name: "a lazy continuation line", text: "## Target\n1. q\ncontinued lazily" },
	{ name: "a paragraph after the list", text: "## Target\n1. q\n\ntext" },
	{ name: "a nested item", text: "## Target\n1. q\n   - child" },
	{ name: "indented code inside an item", text: "## Target\n1. q\n\n        code" },
	{ name: "a setext underline inside an item", text: "## Target\n1. q\n   ---" },
	{ name: "a deeper heading inside the section", text: "## Target\n1. q\n### Sub\n- r" },
	{ name: "a second section after this one", text: "## Target\n1. q\n## Next\ntext\n## Target\n- r" },
	{ name: "a setext heading after the section", text: "## Target\n1. q\n# Next\nTarget\n===" },
	{ name: "an empty item", text: "## Target\n1. q\n-\n- r" },
	{ name: "a tab after the marker", text: "## Target\n-\tq" },
	{ name: "an item opening a fence", text: "## Target\n- ```\n  code\n  ```" },
	{ name: "a heading hidden in a fence before it", text: "```\n## Target\n```\n## Target\n- q" },
	{ name: "frontmatter the caller refuses", text: "---\ntitle: T\n---\n## Target\n- q" },
];

describe("reading a plain list section", () => {
	it("property: whenever it answers, the answer is the full parse's", () => {
		let answered = 0;
		fc.assert(fc.property(note, (text) => void (answered += expectExact(text))), { numRuns: 3000 });
		expect(answered).toBeGreaterThan(300);
	});

	it("reads an analysis's questions: items, their detail lines, the end of the section", () => {
		const text = "---\ntitle: T\n---\n# Intro\n\ntext\n\n## Target\n\n1. q：\n\n    detail\n    more\n\n2. [x] r\n\n## After\n- not a question";
		const at = (s: string) => text.indexOf(s);
		expect(plainListSection(text, options)?.items).toEqual([
			{ line: 9, lastLine: 12, from: at("q："), paragraphs: [at("q："), at("q：") + 2, at("detail"), at("more") + 4] },
			{ line: 14, lastLine: 14, from: at("r\n"), paragraphs: [at("r\n"), at("r\n") + 1] },
		]);
		expectExact(text);
	});

	it("reads items of several kinds, with or without blank lines between them", () => {
		for (const text of ["## Target\n1. q\n- r\n* s", "## Target\n1. q\n\n- r\n\n2) s"]) expect(expectExact(text)).toBe(1);
	});

	for (const { name, text } of REFUSED) {
		it(`refuses: ${name}`, () => {
			const when = name.startsWith("frontmatter") ? (block: unknown) => block === undefined : options.when;
			expect(plainListSection(text, { heading: accepts, when })).toBeUndefined();
		});
	}
});
