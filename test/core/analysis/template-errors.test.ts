// A template error says where it is (issue 3, point 2: "an unknown placeholder or a bad format is a
// clear error shown before anything is written"): the line and column it gives point at the `{{`
// that opens the faulty placeholder, in any mix of text, CJK, emoji and line breaks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildNote } from "../../../src/core/analysis/note";
import { EXAMPLE_FIELDS, fillText, validateTemplate } from "../../../src/core/analysis/placeholders";
import type { AnalysisError } from "../../../src/core/analysis/model";

const piece = fc.constantFrom(
	"text ", "美國在", "🚀", "\n", "\r\n", "  ", "{{title}}", "{{ outlet }}", "{{published:YYYY年M月D日}}", "{{date:D MMMM YYYY}}",
	"{{summary}}", "{{title:YYYY}}", "{{date:yyyy}}", "{{date:YYYY [x}}", "{{", "}}", "{", "}",
);
const template = fc.array(piece, { maxLength: 20 }).map((parts) => parts.join(""));

/** The text at a line and column (from 1; columns in code points). */
function textAt(text: string, line: number, column: number): string {
	const lines = text.split("\n");
	return [...(lines[line - 1] ?? "")].slice(column - 1).join("");
}

const located = (error: AnalysisError) => ("at" in error ? error.at : undefined);

describe("template errors", () => {
	it("point at the `{{` of the placeholder at fault", () => {
		fc.assert(
			fc.property(template, (text) => {
				const valid = validateTemplate(text);
				if (valid.ok) return;
				const at = located(valid.error);
				expect(at, JSON.stringify(valid.error)).toBeDefined();
				expect(textAt(text, at?.line ?? 0, at?.column ?? 0).startsWith("{{")).toBe(true);
			}),
		);
	});

	it("are found before anything is filled: a template fills exactly when it checks", () => {
		fc.assert(
			fc.property(template, (text) => {
				const filled = fillText(text, { fields: EXAMPLE_FIELDS, now: new Date(2026, 0, 2, 9, 5) });
				expect(filled.ok).toBe(validateTemplate(text).ok);
			}),
		);
	});

	it("count lines of the whole file when the fault is in the properties", () => {
		fc.assert(
			fc.property(template, template, (top, body) => {
				const text = `---\ntitle: x\nnote: "${top.replace(/["\\\r\n]/g, "")}"\n---\n${body}`;
				const built = buildNote(text, { fields: EXAMPLE_FIELDS, now: new Date(2026, 0, 2, 9, 5) });
				const checked = validateTemplate(text);
				if (!checked.ok) expect(built).toEqual({ ok: false, error: checked.error });
			}),
		);
	});
});
