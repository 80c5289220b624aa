// Issue #5 (performance): `readNoteQuestions` — how the plugin and the CLI index a note — parses
// the structure only and reads links inside the questions alone. It must give exactly the
// questions and properties of the full parse (`extractQuestions(text, parseNote(text))`), on
// generated notes that mix every construct near the section, on the bench corpus and on the sample.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analysisNote, entityNames } from "../../../bench/corpus";
import { parseNote, plainListSection } from "../../../src/core/parse";
import { extractQuestions, investigationHeadingMatcher, readNoteQuestions, type ExtractOptions } from "../../../src/core/questions";
import { SAMPLE } from "../../support/questions";

const options: ExtractOptions = {
	path: "Analyses/note.md",
	isInvestigationHeading: investigationHeadingMatcher(),
	findEntities: (text) => (text.includes("Nvidia") ? ["Nvidia"] : []),
};

function expectSameAnswer(text: string): void {
	expect(readNoteQuestions(text, options)).toEqual(extractQuestions(text, parseNote(text), options));
}

/** Lines that make an analysis: frontmatter, headings (the section's among them), items with links and fields, code, quotes. */
const LINES = [
	"---", "title: \"晶片\"", "outlet: 財新", "published: 2025-03-01", "keywords:", "  - 華為", "keywords: [a, b]", "title: [unclosed",
	"#### 4. 潛在調查方向 (Areas for Further Investigation)", "## Open questions", "## Next", "# Notes", "### 待查問題",
	"1. 中芯國際良率：", "2. **雲端租用漏洞：** [status:: investigating] [review:: 2026-01-15]",
	"- 昇騰 [status:: answered] [answered:: [[CANN 評測]]]", "- [x] done", "- [/] working", "3) Who pays? ^q3", "- **來源/作者：** 財新 / 王五",
	"- **發布時間：** 2025年3月1日", "  - child with [[華為]]", "    - grandchild [[Folder/DeepSeek#History|DS]]", "   追蹤 [[華為]] 手機。",
	"    Nvidia and [link](Target%20Note.md) and [web](https://example.com)", "  ![[embed]] #tag ^block", "```", "~~~", "    code [[not]]",
	"> quoted [[q]]", "> - quoted item", "%% [[hidden]] %%", "%%", "<!-- [[c]] -->", "`[[inline code]]`", "$[[math]]$", "[[", "]]", "|a|b|",
	"|---|---|", "", "", "", "\t- tabbed", "Lazy continuation [[lazy]]", "- ", "10. ten", "* star", "+ plus",
	// What may hide or fake the section heading, or end the section: the indexing path may skip
	// what comes before the section only when none of it can.
	"  ## Open questions", "> ## Open questions", "- ### 待查問題", "\t## Open questions", "    ## Open questions", "## Open questions ##",
	"#Open questions", "# Open questions", "Open questions\n===", "待查問題\n---", "$$", "$$ x $$", "<div>", "</div>", "<b>x</b>", "-->",
	"```js\n## Open questions\n```", "%%\n## Open questions\n%%", "---", "***", "[^1]: note", "# Metadata",
];
/** Frontmatter: none, complete (the section alone is then read), partial, malformed, unclosed. */
const FRONTMATTER = [
	[],
	["---", "title: T", "outlet: O", "published: 2025-03-01", "keywords: [a, b]", "---"],
	["---", "title: T", "outlet: O", "published: 2025-03-01", "keywords:", "  - 華為", "type: analysis", "---"],
	["---", "title: T", "outlet: O", "published: 2025-03-01", "---"],
	["---", "outlet: O", "published: 2025-03-01", "keywords: [a]", "---"],
	["---", "title: [unclosed", "outlet: O", "published: 2025-03-01", "keywords: [a]", "---"],
	["---", "title: T", "outlet: O", "published: 2025-03-01", "keywords: [a]"],
];
const note = fc
	.tuple(fc.constantFrom(...FRONTMATTER), fc.array(fc.constantFrom(...LINES), { maxLength: 40 }), fc.constantFrom("\n", "\r\n"))
	.map(([front, lines, eol]) => [...front, ...lines.flatMap((l) => l.split("\n"))].join(eol));

const COMPLETE = "---\ntitle: T\noutlet: O\npublished: 2025-03-01\nkeywords: [a]\n---\n";

/** Lines of a plain investigation section (read line by line), mixed with any other line now and then. */
const PLAIN = [
	"1. 中芯國際良率：", "2. **雲端租用漏洞：** 誰在審核？", "- [x] done", "- [/] working", "3) Who pays? ^q3", "10. Nvidia supply",
	"    追蹤手機出貨。", "    Nvidia and more", "   second paragraph", "4. with [status:: answered]", "    detail with [[華為]]", "", "",
];
const plainNote = fc
	.tuple(
		fc.array(fc.constantFrom("# Intro", "text", "- meta: x", ""), { maxLength: 3 }),
		fc.constantFrom("## Open questions", "#### 4. 潛在調查方向 (Areas for Further Investigation)"),
		fc.array(fc.oneof({ arbitrary: fc.constantFrom(...PLAIN), weight: 30 }, { arbitrary: fc.constantFrom(...LINES), weight: 1 }), { maxLength: 16 }),
		fc.constantFrom("\n", "\r\n"),
		fc.constantFrom("", "\uFEFF"),
	)
	.map(([preamble, heading, lines, eol, bom]) => bom + COMPLETE.replace(/\n/g, eol) + [...preamble, heading, ...lines].flatMap((l) => l.split("\n")).join(eol));

/** Notes built to trip a reader that skips what comes before the section. */
const HARD_CASES: readonly { readonly name: string; readonly text: string }[] = [
	{ name: "a fenced section heading before the real one", text: `${COMPLETE}\`\`\`\n## Open questions\n- fake\n\`\`\`\n## Open questions\n- real` },
	{ name: "a section heading in a comment", text: `${COMPLETE}%%\n## 待查問題\n- hidden\n%%\n## 待查問題\n1. shown` },
	{ name: "a section heading in an HTML block", text: `${COMPLETE}<div>\n## Open questions\n- html\n\n## Open questions\n- real` },
	{ name: "a setext section heading first", text: `${COMPLETE}Open questions\n===\n- first\n\n## Open questions\n- second` },
	{ name: "an indented section heading first", text: `${COMPLETE}  ## Open questions\n- first\n# Open questions\n- second` },
	{ name: "a quoted section heading first", text: `${COMPLETE}> ## Open questions\n> - quoted\n\n## Open questions\n- real` },
	{ name: "two sections, CRLF", text: `${COMPLETE}## Open questions\r\n- one\r\n## Next\r\ntext\r\n### 待查問題\r\n2. two`.replace(/\n/g, "\r\n").replace(/\r\r/g, "\r") },
	{ name: "the section heading on the last line", text: `${COMPLETE}text\n## Open questions` },
	{ name: "a section heading in the frontmatter", text: "---\n## Open questions\n---\n- x\n## Open questions\n- y" },
	{ name: "an unclosed frontmatter", text: "---\ntitle: T\n## Open questions\n- x" },
	{ name: "an empty note", text: "" },
];

describe("the indexing path", () => {
	it("property: reads exactly what the full parse reads, on generated notes", () => {
		fc.assert(fc.property(note, expectSameAnswer), { numRuns: 3000 });
	});

	it("property: reads exactly what the full parse reads, on plain sections read line by line", () => {
		let plain = 0;
		const check = (text: string): void => {
			if (plainListSection(text, { heading: options.isInvestigationHeading, when: () => true })) plain++;
			expectSameAnswer(text);
		};
		fc.assert(fc.property(plainNote, check), { numRuns: 2000 });
		expect(plain).toBeGreaterThan(500);
	});

	for (const { name, text } of HARD_CASES) it(`reads exactly what the full parse reads: ${name}`, () => expectSameAnswer(text));

	it("reads exactly what the full parse reads on the bench corpus (Chinese and English)", () => {
		const { latin, han } = entityNames(40);
		const names = [...latin, ...han].map((name, i) => (i % 3 === 0 ? `[[${name}]]` : name));
		for (let i = 0; i < 60; i++) expectSameAnswer(analysisNote(i, 1_700, names).text);
	});

	it.skipIf(!SAMPLE.exists)(`reads exactly what the full parse reads on the sample ${SAMPLE.exists ? "" : SAMPLE.skip}`, () => {
		expectSameAnswer(SAMPLE.text);
		expect(readNoteQuestions(SAMPLE.text, options).questions).toHaveLength(4);
	});
});
