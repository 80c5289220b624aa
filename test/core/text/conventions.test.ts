import { describe, expect, it } from "vitest";
import { addQuestion, convertClipping, insertMissingSections, normalize } from "../../../src/core/analysis";
import { CONVENTION_EXAMPLES, noteConventions } from "../../../src/core/text/conventions";

describe("note conventions", () => {
	it.each(CONVENTION_EXAMPLES.map((e) => [e.name, e] as const))("%s", (_, example) => {
		const note = noteConventions(example.text);
		expect(note.text.startsWith("\uFEFF")).toBe(false);
		expect(note.restore(example.edited(note.text))).toBe(example.written);
	});
});

/** Line breaks that are not CRLF. */
const loneLf = (text: string) => text.split("\n").length - text.split("\r\n").length;

describe("every edit of a note keeps its mark and its line breaks", () => {
	const note = ["# 晶片戰爭", "", "- **來源：** 財新", "", "正文。", ""].join("\n");
	const clipping = ["---", "source: https://example.com/a", "---", "Clipped text.", ""].join("\n");
	const edits: readonly (readonly [string, string, (text: string) => string])[] = [
		["normalize", note, (t) => { const r = normalize(t); if (!r.ok) throw new Error(r.error.kind); return r.value.text; }],
		["insert missing sections", note, (t) => { const r = insertMissingSections(t, "zh-TW"); if (!r.ok) throw new Error(r.error.kind); return r.value.text; }],
		["add a question", note, (t) => { const r = addQuestion(t, "誰出資？", "zh-TW"); if (!r.ok) throw new Error(r.error.kind); return r.value.text; }],
		["convert a clipping", clipping, (t) => { const r = convertClipping(t, "en"); if (!r.ok) throw new Error(r.error.kind); return r.value.text; }],
	];
	it.each(edits)("%s: CRLF stays CRLF, a BOM stays first, and the LF result is the same text", (_, text, edit) => {
		const lf = edit(text);
		expect(lf).not.toBe(text);
		const crlf = edit(text.replace(/\n/g, "\r\n"));
		expect(loneLf(crlf)).toBe(0);
		expect(crlf).toBe(lf.replace(/\n/g, "\r\n"));
		const marked = edit(`\uFEFF${text}`);
		expect(marked).toBe(`\uFEFF${lf}`);
	});
});
