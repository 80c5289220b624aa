// Issue #5 (performance): `readNoteQuestions` — how the plugin and the CLI index a note — parses
// the structure only and reads links inside the questions alone. It must give exactly the
// questions and properties of the full parse (`extractQuestions(text, parseNote(text))`), on
// generated notes that mix every construct near the section, on the bench corpus and on the sample.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analysisNote, entityNames } from "../../../bench/corpus";
import { parseNote } from "../../../src/core/parse";
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
];
const note = fc.array(fc.constantFrom(...LINES), { maxLength: 40 }).chain((lines) =>
	fc.constantFrom("\n", "\r\n").map((eol) => lines.join(eol)),
);

describe("the indexing path", () => {
	it("property: reads exactly what the full parse reads, on generated notes", () => {
		fc.assert(fc.property(note, expectSameAnswer), { numRuns: 1500 });
	});

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
