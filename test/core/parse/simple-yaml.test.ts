/**
 * The frontmatter fast path must give exactly what the `yaml` package gives, or step aside
 * (`undefined`). Checked on generated frontmatter built from the pieces real notes use.
 */
import fc from "fast-check";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { analysisNote } from "../../../bench/corpus";
import { parseSimpleYaml } from "../../../src/core/parse/simple-yaml";

const KEYS = ["k".repeat(1030), "k".repeat(1024), "title", "tags", "source", "Source URL", "標題", "a", "type", "1", "true", "created", "a b", "x-y", "__proto__", "key:x", " lead", "#c"];
const SCALARS = [
	"x", "Hello world", "https://example.com/a?b=c", "2025-12-05T14:42", "2025-12-05", "12", "-3", "+4", "0123", "1.5", ".5", "5.", "1e5",
	"1_000", "0x1F", "0o17", ".inf", "-.inf", ".nan", "true", "False", "TRUE", "yes", "null", "~", "Null", "nULL", '"quoted"', "'single'",
	'""', "''", '"a\\"b"', "'it''s'", '"unclosed', "a: b", "a #comment", "a#b", "#c", "- x", "-x", "-", "[a, b]", "[]", "[a, [b]]", "[a,]",
	"{a: 1}", "&anchor x", "*alias", "!tag x", "|", ">", "%x", "@x", "`x`", "?x", "a:", "::", ":x", "標題　", "中文", "a\tb", "x ", " x",
	"-0", "1.0", "00", "...", "---",
];
const line = fc.oneof(
	fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...SCALARS)).map(([k, v]) => `${k}: ${v}`),
	fc.tuple(fc.constantFrom(...KEYS), fc.array(fc.constantFrom(...SCALARS), { maxLength: 3 }), fc.constantFrom("  ", "", "    "))
		.map(([k, items, indent]) => [`${k}:`, ...items.map((v) => `${indent}- ${v}`)].join("\n")),
	fc.constantFrom("", "# comment", "key:value", "  indented: x", "k:", "k:\n  - a\n   - b", "k:\n  nested: 1", "\r"),
);
const frontmatter = fc.array(line, { maxLength: 6 }).map((lines) => lines.join("\n"));

function viaYaml(raw: string): unknown {
	const doc = parseDocument(raw, { uniqueKeys: true });
	return doc.errors.length > 0 ? "error" : (doc.toJS() ?? {});
}

describe("the frontmatter fast path", () => {
	it("agrees with the yaml package whenever it answers", () => {
		fc.assert(
			fc.property(frontmatter, (raw) => {
				const fast = parseSimpleYaml(raw);
				if (fast !== undefined) expect(fast).toStrictEqual(viaYaml(raw));
			}),
			{ numRuns: 3000 },
		);
	});

	it("answers for the frontmatter analysis notes have", () => {
		const raw = 'type: analysis\ntitle: "美國 AI 競賽"\nsource: https://example.com/x\npublished: 2025-12-05T14:42\ntags: [ai, chips]\naliases:\n  - 星門\n  - Stargate\nrating: 4\ndraft: false\nnotes:';
		expect(parseSimpleYaml(raw)).toStrictEqual(viaYaml(raw));
	});

	it("answers for the bench corpus's analyses, so indexing never falls back to `yaml` there", () => {
		for (let i = 0; i < 30; i++) {
			const text = analysisNote(i, 1_700, ["DeepSeek", "星門", "Genesis Mission"]).text;
			const raw = text.slice(4, text.indexOf("\n---", 4));
			expect(parseSimpleYaml(raw)).toStrictEqual(viaYaml(raw));
		}
	});
});
