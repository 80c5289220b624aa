/**
 * Where the block scan may start late: the first line of a top-level ATX heading that a caller's
 * predicate accepts (an indexer's section heading), found by a cheap look at line starts, and
 * returned only when starting the scan there is provably exact — every block, item, heading and
 * section the full scan reports from that line on is reported, identically, by a scan that starts
 * there. Otherwise -1, and the caller scans the whole body.
 *
 * Soundness. The block scanner carries state from line to line: open containers (quotes, lists,
 * items, footnotes) and one open leaf. A line `L` that starts at column 0 with an ATX heading is
 * read the same whatever that state is, and leaves none behind, unless a leaf swallows it first:
 * - containers: a quote needs `>`, an item or footnote needs indentation; a column-0 `#` line
 *   continues none of them, so the heading closes them all and opens at depth 0;
 * - leaves: a paragraph or table is interrupted by an ATX heading, indented code ends at a line
 *   indented less than 4 columns; only a code fence, a `$$` math block, a `%%` comment or an HTML
 *   block can hold the line as its own text — and none of those opens without its characters
 *   (three backticks or tildes, `$$`, `%%`, `<`). The lines before `L` hold none of them.
 * After `L` the scanner is at rest (no container, no leaf), just as a scan starting at `L` is after
 * reading it; what follows is read alike. The lines before `L` hold no heading the predicate
 * accepts that could be at the top level: no ATX heading at any indentation (a nested one is
 * checked too: more is refused than needed), and no setext underline under a non-blank line.
 */
import { atxHeading, isBlank, setextLevel, skipSpaces } from "./block-syntax";
import type { Lines } from "./lines";

const HASH = 35;
const EQUALS = 61;
const DASH = 45;
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;

/** The first line (at or after `bodyLine`) of a top-level ATX heading `accepts`, when skipping to it is exact; else -1. */
export function provenHeadingStart(lines: Lines, bodyLine: number, accepts: (heading: string) => boolean): number {
	const found = firstCandidate(lines, bodyLine, accepts);
	if (found < 0) return -1;
	const start = lines.start(found);
	return lines.text.charCodeAt(start) === HASH && !mayOpenSwallowingLeaf(lines.text, lines.start(bodyLine), start) ? found : -1;
}

/**
 * True when a line from `from` on may be a heading `accepts` that opens a section: an ATX heading
 * it accepts at any indentation, or any setext underline under a non-blank line (whatever its text).
 * False proves the lines hold no such heading at the top level.
 */
export function mayHoldHeading(lines: Lines, from: number, accepts: (heading: string) => boolean): boolean {
	return firstCandidate(lines, from, accepts) >= 0;
}

/**
 * The first line from `from` that is an ATX heading `accepts` (at any indentation, first
 * non-blank character `#`) or a setext underline under a non-blank line; -1 if none.
 */
function firstCandidate(lines: Lines, from: number, accepts: (heading: string) => boolean): number {
	const text = lines.text;
	let previousBlank = true;
	for (let n = from; n < lines.count; n++) {
		const start = lines.start(n);
		// Spaces and tabs never run past the line's end: no need to find it on most lines.
		const first = skipSpaces(text, start, text.length);
		const c = text.charCodeAt(first);
		if (c === HASH) {
			const heading = atxHeading(text, first, lines.end(n));
			if (heading && accepts(text.slice(heading.from, heading.to))) return n;
		} else if ((c === EQUALS || c === DASH) && !previousBlank && setextLevel(text, first, lines.end(n)) > 0) return n;
		previousBlank = c === NEWLINE || first >= text.length || (c === CARRIAGE_RETURN && isBlank(text, first, lines.end(n)));
	}
	return -1;
}

/** What opens a block able to swallow a heading line: a fence, math, a comment, HTML (see the module comment). */
const OPENERS = ["<", "$$", "%%", "```", "~~~"];

/**
 * True when `[from, to)` holds an opener anywhere. `includes` runs natively, many times faster
 * than a loop over characters; on a slice it stops at `to` (the heading's `#`, part of no opener).
 */
function mayOpenSwallowingLeaf(text: string, from: number, to: number): boolean {
	const before = text.slice(from, to);
	return OPENERS.some((opener) => before.includes(opener));
}
