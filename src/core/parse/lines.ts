/**
 * Lines and positions: the offsets where lines start, where they end (without `\r\n`), and the
 * `{line, col, offset}` points Obsidian reports, all in UTF-16 code units.
 */
import type { Loc, Pos } from "./types";

const NEWLINE = 10;
const CARRIAGE_RETURN = 13;

/** `starts[n]` is the offset of line `n`; one pass of `indexOf`, no per-character work. */
export function lineStartsOf(text: string): number[] {
	const starts = [0];
	let at = text.indexOf("\n");
	while (at !== -1) {
		starts.push(at + 1);
		at = text.indexOf("\n", at + 1);
	}
	return starts;
}

/** The text with its line table, shared by every scanner of one note. */
export class Lines {
	readonly count: number;
	/** The line of the last `lineOf` answer. */
	private hint = 0;

	constructor(
		readonly text: string,
		readonly starts: readonly number[],
	) {
		this.count = starts.length;
	}

	/** Offset of the start of `line`. */
	start(line: number): number {
		return this.starts[line] ?? this.text.length;
	}

	/** Offset just past the last character of `line`, before its `\n` or `\r\n`. */
	end(line: number): number {
		const next = this.starts[line + 1];
		if (next === undefined) return this.text.length;
		const beforeNewline = next - 1;
		return beforeNewline > 0 && this.text.charCodeAt(beforeNewline - 1) === CARRIAGE_RETURN && this.text.charCodeAt(beforeNewline) === NEWLINE
			? beforeNewline - 1
			: beforeNewline;
	}

	/** The point at `offset`, known to be on `line`. */
	locOn(line: number, offset: number): Loc {
		return { line, col: offset - this.start(line), offset };
	}

	/** The point at any offset (binary search over line starts). */
	loc(offset: number): Loc {
		return this.locOn(this.lineOf(offset), offset);
	}

	/** The line holding `offset`; scans read forward, so the last answer's neighbourhood is tried first. */
	lineOf(offset: number): number {
		const hint = this.hint;
		const hintStart = this.starts[hint] ?? 0;
		if (offset >= hintStart) {
			for (let line = hint; line < hint + 4 && line < this.count; line++) {
				if (offset < (this.starts[line + 1] ?? Infinity)) return (this.hint = line);
			}
		}
		return (this.hint = this.search(offset));
	}

	private search(offset: number): number {
		let low = 0;
		let high = this.count - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if ((this.starts[mid] ?? 0) <= offset) low = mid;
			else high = mid - 1;
		}
		return low;
	}

	/** A span between two offsets. */
	pos(from: number, to: number): Pos {
		return { start: this.loc(from), end: this.loc(to) };
	}

	/** A span from the start of `line` (or `from`) to the end of `lastLine`. */
	linesPos(from: number, lastLine: number): Pos {
		return { start: this.loc(from), end: this.locOn(lastLine, this.end(lastLine)) };
	}

	/** A span from the start of `firstLine` to the end of `lastLine`. */
	wholeLines(firstLine: number, lastLine: number): Pos {
		return { start: { line: firstLine, col: 0, offset: this.start(firstLine) }, end: this.locOn(lastLine, this.end(lastLine)) };
	}
}
