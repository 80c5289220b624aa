/**
 * A safety net under the parser's protected ranges: bracket syntax a link must never be put in,
 * even where the note parser (which follows Obsidian) sees plain text. CommonMark reads
 * `[foo]` as a link when a definition `[foo]: /url "title"` exists anywhere in the note, and
 * reads `[text](/url (title))` with titles and line breaks the parser may not; both would break
 * if a link were inserted in them. So the linker leaves alone:
 *
 * - every balanced `[…]` span within a paragraph (no blank line inside), escapes respected,
 *   with the `(…)` destination that follows it;
 * - a reference definition `[label]: destination "title"`, up to the next blank line;
 * - an unclosed `[[` to the end of its line: the `]]` of a link put after it would close it;
 * - an unclosed `[^` to the next space: the parser reads `[^` up to a `]` with no space between
 *   as a footnote reference, so a link put in that run (`[^a[[MIT]]`) would become part of one;
 * - every `<!-- … -->`, even after a `\`: where a URL ends in `\`, GFM takes the `\` into the
 *   URL and reads the comment as a comment, while the parser sees an escaped `<`.
 *
 * This costs a few links in brackets (`[DeepSeek]` written as plain text stays unlinked) and
 * never corrupts a note. Ranges are merged and sorted; the linker walks them beside the mentions.
 */

export interface Span {
	readonly from: number;
	readonly to: number;
}

const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
const PAREN_OPEN = 0x28; // (
const PAREN_CLOSE = 0x29; // )
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const CARET = 0x5e; // ^
const NEWLINE = 0x0a;

/** What the bracket scan stops at: an escape, an opening or a closing bracket. */
const SYNTAX = /[\\[\]]/g;

/** The bracket and comment spans of `text`, merged, sorted. */
export function bracketRanges(text: string): Span[] {
	const spans: Span[] = text.includes("<!--") ? commentSpans(text) : [];
	const stack: number[] = [];
	// From here on a blank line ends the paragraph, and with it every `[` still open.
	let paragraphFrom = 0;
	SYNTAX.lastIndex = 0;
	for (let match = SYNTAX.exec(text); match !== null; match = SYNTAX.exec(text)) {
		let i = match.index;
		const c = text.charCodeAt(i);
		if (stack.length > 0 && blankLineIn(text, paragraphFrom, i)) stack.length = 0;
		if (c === BACKSLASH) i++;
		else if (c === OPEN) {
			stack.push(i);
			if (text.charCodeAt(i + 1) === OPEN) unclosedWikilink(text, i, spans);
			else if (text.charCodeAt(i + 1) === CARET) unclosedFootnote(text, i, spans);
		}
		else if (c === CLOSE && stack.length > 0) {
			const open = stack.pop()!;
			spans.push({ from: open, to: extend(text, i + 1) });
		}
		// An escaped newline (`\` at a line's end) is no line end: the search resumes after it.
		paragraphFrom = SYNTAX.lastIndex = i + 1;
	}
	return merge(spans);
}

/** An `[[` with no `]]` after it on its line protects the rest of the line. */
function unclosedWikilink(text: string, open: number, spans: Span[]): void {
	let end = text.indexOf("\n", open);
	if (end < 0) end = text.length;
	if (text.slice(open + 2, end).includes("]]")) return;
	spans.push({ from: open, to: end });
}

/** Every `<!--` to the `-->` after it (or the end of the text). */
function commentSpans(text: string): Span[] {
	const spans: Span[] = [];
	for (let open = text.indexOf("<!--"); open >= 0; open = text.indexOf("<!--", open + 4)) {
		const close = text.indexOf("-->", open + 4);
		spans.push({ from: open, to: close < 0 ? text.length : close + 3 });
		if (close < 0) break;
	}
	return spans;
}

/** An `[^` with no `]` before the next space protects up to that space. */
function unclosedFootnote(text: string, open: number, spans: Span[]): void {
	let at = open + 2;
	while (at < text.length && text.charCodeAt(at) !== CLOSE && !isFootnoteSpace(text.charCodeAt(at))) at++;
	if (text.charCodeAt(at) !== CLOSE) spans.push({ from: open, to: at });
}

/** What ends a footnote label for the parser: spaces, tabs, line ends, no-break and ideographic spaces. */
function isFootnoteSpace(c: number): boolean {
	return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000;
}

/** After `]`: through a `(…)` destination, or through a definition's rest of paragraph. */
function extend(text: string, at: number): number {
	const next = text.charCodeAt(at);
	if (next === PAREN_OPEN) return closingParen(text, at);
	if (next === COLON) return paragraphEnd(text, at);
	return at;
}

function closingParen(text: string, open: number): number {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === BACKSLASH) i++;
		else if (c === NEWLINE && blankLineAt(text, i + 1)) return i;
		else if (c === PAREN_OPEN) depth++;
		else if (c === PAREN_CLOSE && --depth === 0) return i + 1;
	}
	return text.length;
}

function paragraphEnd(text: string, from: number): number {
	for (let i = from; i < text.length; i++) if (text.charCodeAt(i) === NEWLINE && blankLineAt(text, i + 1)) return i;
	return text.length;
}

/** True when a newline in `[from, to)` starts a blank line. */
function blankLineIn(text: string, from: number, to: number): boolean {
	for (let at = text.indexOf("\n", from); at >= 0 && at < to; at = text.indexOf("\n", at + 1)) if (blankLineAt(text, at + 1)) return true;
	return false;
}

/** True when the line starting at `at` is blank (or the text ends). */
function blankLineAt(text: string, at: number): boolean {
	for (let i = at; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === NEWLINE) return true;
		if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x3e) return false; // `>` keeps a blank quote line blank
	}
	return true;
}

function merge(spans: Span[]): Span[] {
	spans.sort((a, b) => a.from - b.from);
	const out: Span[] = [];
	for (const span of spans) {
		const last = out[out.length - 1];
		if (last && span.from <= last.to) out[out.length - 1] = { from: last.from, to: Math.max(last.to, span.to) };
		else out.push(span);
	}
	return out;
}
