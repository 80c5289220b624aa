// Issue #5: a status or review change is one minimal edit of the question's line, found again by
// its text; a question that is gone is an error value and nothing changes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editQuestion, investigationHeadingMatcher, readNoteQuestions, STATUSES, type QuestionChange } from "../../../src/core/questions";
import { analysis } from "../../support/questions";

const isInvestigationHeading = investigationHeadingMatcher();
const options = { isInvestigationHeading, syntax: "field" as const };
const questionsOf = (text: string) => readNoteQuestions(text, { path: "n.md", isInvestigationHeading }).questions;
const note = analysis({ questions: [["中芯國際 5 奈米良率：", "追蹤拆解報告。"], ["雲端租用漏洞：", "租用晶片？"], ["昇騰軟體堆疊", "差距。"]] });

/** The lines that differ between two texts. */
function changedLines(a: string, b: string): number[] {
	const x = a.split("\n");
	const y = b.split("\n");
	expect(y).toHaveLength(x.length);
	return x.flatMap((line, i) => (line === y[i] ? [] : [i]));
}

describe("editing a question's line", () => {
	it("writes the status on the question's line only, and reads it back", () => {
		const target = questionsOf(note)[1]!;
		const result = editQuestion(note, { title: target.title, line: target.line }, { kind: "status", status: "investigating" }, options);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(changedLines(note, result.text)).toEqual([target.line]);
		expect(result.text.split("\n")[target.line]).toBe("2. 雲端租用漏洞： [status:: investigating]");
		expect(questionsOf(result.text).map((q) => q.status)).toEqual(["open", "investigating", "open"]);
	});

	it("finds the question again when lines were added above it (the line is only a hint)", () => {
		const target = questionsOf(note)[2]!;
		const moved = note.replace("摘要段落。", "摘要段落。\n\n新增的一段。\n\n再一段。");
		const result = editQuestion(moved, { title: target.title, line: target.line }, { kind: "review", date: "2026-02-01" }, options);
		expect(result.ok && result.line).toBe(target.line + 4);
		expect(result.ok && questionsOf(result.text)[2]?.review).toBe("2026-02-01");
	});

	it("returns not-found and no text when the question was edited away", () => {
		const target = questionsOf(note)[0]!;
		const edited = note.replace("中芯國際 5 奈米良率", "中芯國際 3 奈米良率");
		expect(editQuestion(edited, { title: target.title, line: target.line }, { kind: "status", status: "dropped" }, options)).toEqual({ ok: false, reason: "not-found" });
	});

	it("picks the nearest of two questions with the same title", () => {
		const twice = analysis({ questions: [["同一題", "a"], ["別題", "b"], ["同一題", "c"]] });
		const [, , third] = questionsOf(twice);
		const result = editQuestion(twice, { title: "同一題", line: third!.line - 1 }, { kind: "status", status: "answered" }, options);
		expect(result.ok && changedLines(twice, result.text)).toEqual([third!.line]);
	});

	it("keeps CRLF line endings and every other byte", () => {
		const crlf = note.replace(/\n/g, "\r\n");
		const target = questionsOf(crlf)[0]!;
		const result = editQuestion(crlf, { title: target.title, line: target.line }, { kind: "answered", target: "Notes/拆解報告" }, options);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.text.split("\r\n").length).toBe(crlf.split("\r\n").length);
		expect(result.text.replace(" [answered:: [[Notes/拆解報告]]]", "")).toBe(crlf);
		expect(questionsOf(result.text)[0]?.answeredBy).toBe("Notes/拆解報告");
	});

	it("writes a checkbox instead when the setting says so", () => {
		const target = questionsOf(note)[0]!;
		const result = editQuestion(note, { title: target.title, line: target.line }, { kind: "status", status: "investigating" }, { ...options, syntax: "checkbox" });
		expect(result.ok && result.text.split("\n")[target.line]).toBe("1. [/] 中芯國際 5 奈米良率：");
	});

	it("property: any sequence of changes touches only the question's line, and the last one is what is read", () => {
		const change = fc.oneof(
			fc.constantFrom(...STATUSES).map((status): QuestionChange => ({ kind: "status", status })),
			fc.option(fc.constantFrom("2026-01-15", "2025-12-31")).map((date): QuestionChange => ({ kind: "review", date })),
			fc.option(fc.constantFrom("A", "Folder/答案")).map((target): QuestionChange => ({ kind: "answered", target })),
		);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 }), fc.array(change, { maxLength: 6 }), fc.constantFrom("field" as const, "checkbox" as const), (which, changes, syntax) => {
				let text = note;
				const target = questionsOf(note)[which]!;
				for (const c of changes) {
					const result = editQuestion(text, { title: target.title, line: target.line }, c, { ...options, syntax });
					expect(result.ok).toBe(true);
					if (result.ok) text = result.text;
				}
				expect(changedLines(note, text).every((line) => line === target.line)).toBe(true);
				const after = questionsOf(text)[which]!;
				expect(after.title).toBe(target.title);
				const lastStatus = [...changes].reverse().find((c) => c.kind === "status");
				if (lastStatus?.kind === "status") expect(after.status).toBe(lastStatus.status);
			}),
			{ numRuns: 150 },
		);
	});
});
