// Issue #5: reading a note's questions — the sample as-is, the normalized shape, and the notes
// that break naive readers (code blocks, malformed frontmatter, huge notes, CRLF, HTML in text).
import { describe, expect, it } from "vitest";
import { investigationHeadingMatcher, readNoteQuestions, type NoteQuestions } from "../../../src/core/questions";
import { analysis, SAMPLE, SAMPLE_TITLES } from "../../support/questions";

const isInvestigationHeading = investigationHeadingMatcher();
const read = (text: string, path = "Analyses/note.md", findEntities?: (t: string) => readonly string[]): NoteQuestions =>
	readNoteQuestions(text, { path, isInvestigationHeading, findEntities });

describe.skipIf(!SAMPLE.exists)(`the sample analysis ${SAMPLE.exists ? "" : SAMPLE.skip}`, () => {
	const { note, questions } = read(SAMPLE.text, "us-ai-race-analysis.zh-TW.md");

	it("lists exactly the four open questions, each with its paragraph as detail", () => {
		expect(questions.map((q) => q.title)).toEqual(SAMPLE_TITLES);
		for (const q of questions) {
			expect(q.status).toBe("open");
			expect(q.detail).not.toBe("");
			expect(q.detail).not.toContain("\n");
			expect(SAMPLE.text).toContain(q.detail);
			expect(SAMPLE.text.split("\n")[q.line]).toContain(q.title);
		}
	});

	it("takes outlet, published date and keywords from the metadata lines when there is no frontmatter", () => {
		expect(note.outlet).toBe("Financial Times (FT中文網)");
		expect(note.published).toBe("2025-12-05T14:42");
		expect(note.keywords).toContain("DeepSeek");
		expect(note.title).toMatch(/AI/);
	});
});

describe("a normalized analysis", () => {
	const text = analysis({
		outlet: "財新",
		published: "2025-03-01",
		keywords: ["華為", "中芯國際"],
		questions: [
			["**中芯國際 5 奈米良率：**", "追蹤 [[華為]] 手機拆解報告。"],
			["雲端租用漏洞： [status:: investigating] [review:: 2026-01-15]", "中國實驗室是否向馬來西亞的數據中心租用晶片？"],
			["昇騰軟體堆疊 [status:: answered] [answered:: [[CANN 評測]]]", "CANN 與 CUDA 的差距。"],
		],
	});
	const { note, questions } = read(text, "Analyses/晶片.md", (t) => (t.includes("CUDA") ? ["Nvidia"] : []));

	it("reads the note's properties from frontmatter", () => {
		expect(note).toMatchObject({ title: "晶片出口管制仍然有效嗎？", outlet: "財新", published: "2025-03-01", keywords: ["華為", "中芯國際"], type: "analysis" });
	});

	it("reads title, detail, status, review date, answer and entities of each question", () => {
		expect(questions.map((q) => [q.title, q.detail, q.status, q.review, q.answeredBy])).toEqual([
			["中芯國際 5 奈米良率", "追蹤 [[華為]] 手機拆解報告。", "open", null, null],
			["雲端租用漏洞", "中國實驗室是否向馬來西亞的數據中心租用晶片？", "investigating", "2026-01-15", null],
			["昇騰軟體堆疊", "CANN 與 CUDA 的差距。", "answered", null, "CANN 評測"],
		]);
		expect(questions.map((q) => q.entities)).toEqual([["華為"], [], ["Nvidia"]]);
		expect(questions.every((q) => q.note === note && q.path === "Analyses/晶片.md")).toBe(true);
	});
});

describe("section boundaries and detail", () => {
	it("takes only top-level items; child items and paragraphs become the detail", () => {
		const text = ["## Open questions", "", "- First question:", "  Lazy context.", "  - child one", "    - grandchild", "- Second question", "", "## Next", "- not a question"].join("\n");
		const { questions } = read(text);
		expect(questions.map((q) => [q.title, q.detail])).toEqual([
			["First question", "Lazy context.\n- child one\n  - grandchild"],
			["Second question", ""],
		]);
	});

	it("ignores a section heading inside a code block", () => {
		const text = ["# Notes", "", "```markdown", "## Open questions", "- fenced, not a question", "```", "", "- a plain item"].join("\n");
		expect(read(text).questions).toEqual([]);
	});

	it("reads the questions of a note whose frontmatter does not parse, and keeps its metadata lines", () => {
		const text = ["---", "title: [unclosed", "outlet: : :", "---", "", "- **Source:** Nikkei Asia / Staff", "", "## Open questions", "", "1. Still read?"].join("\n");
		const { note, questions } = read(text, "Broken.md");
		expect(questions.map((q) => q.title)).toEqual(["Still read?"]);
		expect(note.outlet).toBe("Nikkei Asia");
	});

	it("keeps HTML in a question as text", () => {
		const { questions } = read(["## Open questions", "", "- <img src=x onerror=alert(1)> who pays?"].join("\n"));
		expect(questions[0]?.title).toBe("<img src=x onerror=alert(1)> who pays?");
	});

	it("reads CRLF notes the same as LF notes", () => {
		const lf = analysis({ questions: [["Q1：", "D1"], ["Q2", "D2"]] });
		const crlf = read(lf.replace(/\n/g, "\r\n")).questions.map((q) => [q.title, q.detail, q.line]);
		expect(crlf).toEqual(read(lf).questions.map((q) => [q.title, q.detail, q.line]));
	});

	it("reads 1,000 questions in one note", () => {
		const many = Array.from({ length: 1000 }, (_, i) => [`問題 ${i}：`, `說明 ${i}`] as const);
		const { questions } = read(analysis({ questions: many }));
		expect(questions).toHaveLength(1000);
		expect(questions[999]).toMatchObject({ title: "問題 999", detail: "說明 999" });
	});

	it("reads a 5 MB note", () => {
		const filler = Array.from({ length: 25_000 }, (_, i) => `段落 ${i}：${"中文內容與 English text ".repeat(8)}`).join("\n\n");
		const text = analysis({ questions: [["最後的問題：", "在五百萬字元之後。"]] }).replace("摘要段落。", filler);
		expect(text.length).toBeGreaterThan(2_500_000);
		expect(new TextEncoder().encode(text).length).toBeGreaterThan(5_000_000);
		expect(read(text).questions.map((q) => q.title)).toEqual(["最後的問題"]);
	});

	it("titles a note by its first heading before the section, else its file name, never the section heading", () => {
		expect(read(["\uFEFF# 晶片戰爭", "", "## 潜在调查方向", "", "- 谁出资？"].join("\n"), "a/Chips.md").note.title).toBe("晶片戰爭");
		expect(read(["## 潜在调查方向", "", "- 谁出资？"].join("\n"), "a/Chips.md").note.title).toBe("Chips");
	});

	it("reads questions from a heading the user added", () => {
		const text = ["## 追蹤清單", "", "- 誰出資？"].join("\n");
		expect(read(text).questions).toEqual([]);
		const user = readNoteQuestions(text, { path: "a.md", isInvestigationHeading: investigationHeadingMatcher(["追蹤清單"]) });
		expect(user.questions.map((q) => q.title)).toEqual(["誰出資？"]);
	});
});
