/**
 * The list under a heading, read line by line without the block scanner — when the section has
 * the plain shape analyses use, and only then:
 *
 *   ## Areas for further investigation
 *
 *   1. A question, on one line：
 *
 *      Its detail, a paragraph or more, indented to the item's content.
 *
 *   2. [status:: investigating] The next question
 *
 * The heading is found as `provenHeadingStart` finds it (a top-level ATX heading a predicate
 * accepts, every line before it unable to hide it or fake another). From there the reader accepts
 * only lines whose block reading cannot depend on anything else, and returns `undefined` at the
 * first other line, so that the caller runs the full scan:
 * - a blank line;
 * - an ATX heading at column 0 of the heading's level or higher: the section ends there (the
 *   rest may hold no heading the predicate accepts, `mayHoldHeading`);
 * - an item: a marker at column 0 (`-`, `*`, `+`, or 1–9 digits and `.` or `)`, the same kind
 *   throughout), one to four spaces, an optional task box and spaces, then text;
 * - a continuation: text indented by the open item's content column to three spaces more.
 * "Text" starts with a character no block can start with (`MAY_START_BLOCK`), so no line opens
 * a code, math, comment, HTML, quote, table, heading or nested list; an item's lines are a
 * paragraph or several, and each item is a top-level item of the section's list. A line of any
 * other kind — a lazy continuation, a nested item, a deeper heading, indented code — is refused.
 *
 * What it returns is what the full parse reports for those items: a property test holds it to
 * `parseNote` on generated sections, plain and not.
 */
import { atxHeading, isBlank, listMarkerEnd, MAY_START_BLOCK, skipSpaces, taskChar } from "./block-syntax";
import { scanFrontmatter } from "./frontmatter";
import { mayHoldHeading, provenHeadingStart } from "./heading-start";
import { Lines, lineStartsOf } from "./lines";
import type { Frontmatter } from "./types";

/** One top-level item of a plain section. */
export interface PlainItem {
	/** The item's first line. */
	readonly line: number;
	/** Its last non-blank line. */
	readonly lastLine: number;
	/** Offset where its text starts: after the marker, the spaces and any task box. */
	readonly from: number;
	/**
	 * Its paragraphs as `[from, to)` offset pairs: where the full parse reads inline syntax
	 * (`inlineRegions`) — from the first non-blank character to the end of the paragraph's last line.
	 */
	readonly paragraphs: readonly number[];
}

export interface PlainListSection {
	/** The note's frontmatter block, as `parseNote` reports it. */
	readonly frontmatter: Frontmatter | undefined;
	/** Offsets where the note's lines start (`ParsedNote.lineStarts`). */
	readonly lineStarts: readonly number[];
	/** The heading's line. */
	readonly heading: number;
	/** The section's top-level items, in order. */
	readonly items: readonly PlainItem[];
}

export interface PlainListOptions {
	/** Accepts the section's heading text. */
	readonly heading: (heading: string) => boolean;
	/** Whether the frontmatter allows reading the section alone (the caller needs nothing before it). */
	readonly when: (frontmatter: Frontmatter | undefined) => boolean;
}

const TAB = 9;
const HASH = 35;

/** The section under the first heading `options.heading` accepts, when it is plain; else `undefined`. */
export function plainListSection(text: string, options: PlainListOptions): PlainListSection | undefined {
	const lines = new Lines(text, lineStartsOf(text));
	const front = scanFrontmatter(lines);
	if (!options.when(front.block)) return undefined;
	const heading = provenHeadingStart(lines, front.bodyLine, options.heading);
	return heading < 0 ? undefined : readPlainList(lines, front.block, heading, options.heading);
}

/**
 * The plain section under the heading on line `heading` (`provenHeadingStart`'s answer), or
 * `undefined` at the first line that is not plain; for a caller that has the note's lines and
 * frontmatter already.
 */
export function readPlainList(lines: Lines, frontmatter: Frontmatter | undefined, heading: number, accepts: (heading: string) => boolean): PlainListSection | undefined {
	const level = atxHeading(lines.text, lines.start(heading), lines.end(heading))?.level ?? 0;
	const reader = new PlainReader(lines);
	for (let n = heading + 1; n < lines.count; n++) {
		const read = reader.line(n, level);
		if (read === REFUSED) return undefined;
		if (read === ENDS) return mayHoldHeading(lines, n, accepts) ? undefined : section(frontmatter, lines, heading, reader.items);
	}
	reader.close();
	return section(frontmatter, lines, heading, reader.items);
}

function section(frontmatter: Frontmatter | undefined, lines: Lines, heading: number, items: readonly PlainItem[]): PlainListSection {
	return { frontmatter, lineStarts: lines.starts, heading, items };
}

const READ = 0;
const ENDS = 1;
const REFUSED = 2;
type Outcome = typeof READ | typeof ENDS | typeof REFUSED;

/** Reads the section's lines in order, keeping the open item. */
class PlainReader {
	readonly items: PlainItem[] = [];
	/** The open item's first line, or -1. */
	private first = -1;
	/** The open item's last non-blank line. */
	private last = -1;
	/** Where the open item's text starts (`PlainItem.from`). */
	private from = 0;
	/** The open item's paragraphs so far; the last one ends on `last` unless a blank line came after it. */
	private paragraphs: number[] = [];
	/** True when the line before was blank: the next text line opens a paragraph. */
	private afterBlank = false;
	/** The open item's content column. */
	private column = 0;

	constructor(private readonly lines: Lines) {}

	line(n: number, level: number): Outcome {
		const { text } = this.lines;
		const start = this.lines.start(n);
		const end = this.lines.end(n);
		const at = skipSpaces(text, start, end);
		if (at === end || isBlank(text, at, end)) {
			this.afterBlank = true;
			return READ;
		}
		if (hasTab(text, start, at)) return REFUSED;
		const c = text.charCodeAt(at);
		if (at === start) {
			const heading = c === HASH ? atxHeading(text, at, end) : undefined;
			if (heading) return heading.level <= level && this.close() ? ENDS : REFUSED;
			return this.item(n, at, end);
		}
		const indent = at - start;
		if (this.first < 0 || indent < this.column || indent > this.column + 3 || !isPlainStart(c)) return REFUSED;
		this.paragraphLine(at, end);
		this.last = n;
		return READ;
	}

	/** A column-0 line: an item of the plain kind, or refused. */
	private item(n: number, at: number, end: number): Outcome {
		const { text } = this.lines;
		const markerEnd = listMarkerEnd(text, at, end);
		if (markerEnd < 0) return REFUSED;
		let content = skipSpaces(text, markerEnd, end);
		const gap = content - markerEnd;
		if (gap < 1 || gap > 4 || hasTab(text, markerEnd, content)) return REFUSED;
		if (taskChar(text, content, end) !== undefined) {
			const boxEnd = content + 3;
			content = skipSpaces(text, boxEnd, end);
			if (content === boxEnd || hasTab(text, boxEnd, content)) return REFUSED;
		}
		if (content === end || !isPlainStart(text.charCodeAt(content))) return REFUSED;
		this.close();
		this.first = n;
		this.last = n;
		this.from = content;
		this.paragraphs = [];
		this.afterBlank = true;
		this.paragraphLine(content, end);
		this.column = markerEnd + gap - at;
		return READ;
	}

	/** A text line of the open item from `at` to `end`: it opens a paragraph after a blank line, else extends the last. */
	private paragraphLine(at: number, end: number): void {
		if (this.afterBlank) this.paragraphs.push(at, end);
		else this.paragraphs[this.paragraphs.length - 1] = end;
		this.afterBlank = false;
	}

	/** Ends the open item, if any; true, to chain. */
	close(): true {
		if (this.first >= 0) this.items.push({ line: this.first, lastLine: this.last, from: this.from, paragraphs: this.paragraphs });
		this.first = -1;
		return true;
	}
}

/** A character no block starts with: the line is paragraph text. */
function isPlainStart(c: number): boolean {
	return c >= 128 || MAY_START_BLOCK[c] !== 1;
}

function hasTab(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (text.charCodeAt(i) === TAB) return true;
	return false;
}
