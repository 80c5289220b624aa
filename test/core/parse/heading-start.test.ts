// Issue #5 (performance): `parseStructure(text, { skipTo })` may start the block scan at a heading.
// From that line on it must report exactly what the full scan reports, and no heading the
// predicate accepts may sit at the top level before it; the examples name the cases that refuse.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNote, parseStructure, type ParsedNote, type Pos } from "../../../src/core/parse";

const accepts = (heading: string): boolean => heading === "Target" || heading === "Target two";
const skipTo = { heading: accepts, when: () => true };

/** Whole lines, most of them able to open, hide or end a block around the heading skipped to. */
const LINES = [
	"# Target", "## Target", "### Target two", "## Target ##", "  ## Target", "\t# Target", "    # Target", "> # Target", "- ## Target",
	"#Target", "# Other", "## Other", "Target", "===", "---", "- - -", "***", "- item", "  - child", "1. one", "2) two", "- [ ] task",
	"    indented", "> quote", "> - quoted item", "```", "```js", "~~~", "$$", "$$ x $$", "%%", "%% c %%", "<div>", "<!--", "-->",
	"</div>", "<b>x</b>", "|a|b|", "|---|---|", "[^1]: note", "text", "lazy text", "", "", "",
	// Pairs that make a block of two lines: setext headings, a table.
	"Target\n===", "Target two\n---", "text\n  ---", "|Target|\n|---|",
];
const FRONTMATTER = [[], ["---", "title: T", "---"], ["---", "# Target", "---"], ["---", "title: [x", "---"], ["---", "title: T"]];
const note = fc
	.tuple(fc.constantFrom(...FRONTMATTER), fc.array(fc.constantFrom(...LINES), { maxLength: 30 }), fc.constantFrom("\n", "\r\n"))
	.map(([front, lines, eol]) => [...front, ...lines.flatMap((l) => l.split("\n"))].join(eol));

/** What the full parse reports from `line` on (the frontmatter kept), in the shape a skipping parse reports it. */
function fromLine(full: ParsedNote, line: number): ParsedNote {
	const after = <T extends { readonly position: Pos }>(list: readonly T[]): T[] => list.filter((x) => x.position.start.line >= line);
	const start = full.lineStarts[line] ?? Infinity;
	return {
		...full,
		headings: after(full.headings),
		sections: full.sections.filter((s) => s.type === "yaml" || s.position.start.line >= line),
		listItems: after(full.listItems),
		protectedRanges: full.protectedRanges.filter((r) => r.kind === "frontmatter" || r.from >= start),
	};
}

/** Headings the full parse reports before `line` that the predicate accepts and no other block holds. */
function acceptedTopLevelBefore(full: ParsedNote, line: number): number[] {
	return full.headings
		.filter((h) => h.position.start.line < line && accepts(h.heading))
		.filter((h) => !full.sections.some((s) => s.type !== "heading" && s.position.start.line <= h.position.start.line && s.position.end.line >= h.position.start.line))
		.map((h) => h.position.start.line);
}

function expectExactSkip(text: string): number {
	const full = parseNote(text, { inline: false });
	const skipping = parseStructure(text, { skipTo });
	const bodyLine = full.frontmatterPosition ? full.frontmatterPosition.end.line + 1 : 0;
	if (skipping.firstLine === bodyLine) {
		expect(skipping.note).toEqual(full);
		return 0;
	}
	expect(skipping.note).toEqual(fromLine(full, skipping.firstLine));
	expect(skipping.note.headings[0]?.heading).toSatisfy(accepts);
	expect(acceptedTopLevelBefore(full, skipping.firstLine)).toEqual([]);
	return 1;
}

/** Notes where skipping would be wrong, or cannot be proved right: the scan starts after the frontmatter. */
const REFUSED: readonly { readonly name: string; readonly text: string }[] = [
	{ name: "a fence before the heading", text: "```\n# Target\n```\n# Target\n- q" },
	{ name: "a tilde fence before the heading", text: "~~~\ntext\n~~~\n# Target\n- q" },
	{ name: "a math block before the heading", text: "$$\nx\n$$\n# Target\n- q" },
	{ name: "a comment block before the heading", text: "%%\nhidden\n%%\n# Target\n- q" },
	{ name: "an HTML block before the heading", text: "<div>\n# Target\n\n# Target\n- q" },
	{ name: "an indented accepted heading first", text: "  # Target\n\n# Target\n- q" },
	{ name: "a setext underline before the heading", text: "Target\n===\n\n# Target\n- q" },
	{ name: "an accepted heading in the frontmatter is not skipped to", text: "---\n# Target\n---\ntext" },
];

describe("skipping to a heading", () => {
	it("property: reports from the heading on exactly what the full parse reports", () => {
		let skipped = 0;
		fc.assert(fc.property(note, (text) => void (skipped += expectExactSkip(text))), { numRuns: 3000 });
		expect(skipped).toBeGreaterThan(100);
	});

	it("skips the frontmatter and the blocks before the heading of an ordinary note", () => {
		const text = "---\ntitle: T\n---\n# Intro\n\n- meta: x\n\ntext\n\n## Target\n\n1. q\n    detail\n";
		const skipping = parseStructure(text, { skipTo });
		expect(skipping.firstLine).toBe(9);
		expect(skipping.note.listItems.map((i) => i.position.start.line)).toEqual([11]);
		expectExactSkip(text);
	});

	it("skips nothing when the frontmatter does not pass `when`", () => {
		const text = "# Intro\n\n## Target\n- q";
		expect(parseStructure(text, { skipTo: { heading: accepts, when: () => false } }).firstLine).toBe(0);
	});

	for (const { name, text } of REFUSED) {
		it(`refuses to skip: ${name}`, () => {
			expect(expectExactSkip(text)).toBe(0);
			expect(parseStructure(text, { skipTo }).firstLine).toBe(parseNote(text).frontmatterPosition ? 3 : 0);
		});
	}
});
