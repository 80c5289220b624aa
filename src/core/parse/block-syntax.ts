/**
 * Recognisers for the start and end of Markdown blocks, one line at a time. Each takes the note
 * text, the offset of the line's first non-blank character (after container prefixes and
 * indentation) and the offset of the line's end, and never looks past that end. Regexes are
 * sticky (`y`), built from named parts and run once per line, never per character.
 */

export const SPACE = 32;
export const TAB = 9;
const HASH = 35;
const BACKTICK = 96;
const TILDE = 126;
const DOLLAR = 36;
const PERCENT = 37;
const PIPE = 124;

/** True when nothing but spaces and tabs lies in `[from, end)`. */
export function isBlank(text: string, from: number, end: number): boolean {
	for (let i = from; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c !== SPACE && c !== TAB && c !== 13) return false;
	}
	return true;
}

/** Offset of the first character in `[from, end)` that is not a space or tab, else `end`. */
export function skipSpaces(text: string, from: number, end: number): number {
	let i = from;
	while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
	return i;
}

/** Offset just past the last non-blank character of `[from, end)`. */
export function trimEnd(text: string, from: number, end: number): number {
	let i = end;
	while (i > from && isSpaceOrTab(text.charCodeAt(i - 1))) i--;
	return i;
}

function isSpaceOrTab(c: number): boolean {
	return c === SPACE || c === TAB || c === 13;
}

/** `## Heading ##`: the level and the heading text's bounds, closing hashes removed. */
export function atxHeading(text: string, pos: number, end: number): { level: number; from: number; to: number } | undefined {
	let i = pos;
	while (i < end && text.charCodeAt(i) === HASH && i - pos < 7) i++;
	const level = i - pos;
	if (level < 1 || level > 6 || (i < end && !isSpaceOrTab(text.charCodeAt(i)))) return undefined;
	const from = skipSpaces(text, i, end);
	let to = trimEnd(text, from, end);
	let hashes = to;
	while (hashes > from && text.charCodeAt(hashes - 1) === HASH) hashes--;
	if (hashes === from) to = from;
	else if (hashes < to && isSpaceOrTab(text.charCodeAt(hashes - 1))) to = trimEnd(text, from, hashes);
	return { level, from, to };
}

/** An opening code fence: three or more backticks (info without backticks) or tildes. */
export function fenceOpen(text: string, pos: number, end: number): { char: number; length: number } | undefined {
	const char = text.charCodeAt(pos);
	if (char !== BACKTICK && char !== TILDE) return undefined;
	let i = pos;
	while (i < end && text.charCodeAt(i) === char) i++;
	const length = i - pos;
	if (length < 3) return undefined;
	if (char === BACKTICK) for (let at = i; at < end; at++) if (text.charCodeAt(at) === BACKTICK) return undefined;
	return { char, length };
}

/** The closing fence of a block opened by `length` × `char`. */
export function fenceCloses(text: string, pos: number, end: number, char: number, length: number): boolean {
	let i = pos;
	while (i < end && text.charCodeAt(i) === char) i++;
	return i - pos >= length && isBlank(text, i, end);
}

/** `***`, `---`, `___`: three or more of one character, spaces and tabs between allowed. */
export function isThematicBreak(text: string, pos: number, end: number): boolean {
	const char = text.charCodeAt(pos);
	if (char !== 42 && char !== 45 && char !== 95) return false;
	let count = 0;
	for (let i = pos; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c === char) count++;
		else if (!isSpaceOrTab(c)) return false;
	}
	return count >= 3;
}

/** A setext underline: `===` (level 1) or `---` (level 2), else 0. */
export function setextLevel(text: string, pos: number, end: number): number {
	const char = text.charCodeAt(pos);
	if (char !== 61 && char !== 45) return 0;
	let i = pos;
	while (i < end && text.charCodeAt(i) === char) i++;
	return isBlank(text, i, end) ? (char === 61 ? 1 : 2) : 0;
}

/** `$$` opening a math block (Obsidian's display math). */
export function isMathOpen(text: string, pos: number): boolean {
	return text.charCodeAt(pos) === DOLLAR && text.charCodeAt(pos + 1) === DOLLAR;
}

/** `%%` opening a comment block. */
export function isCommentOpen(text: string, pos: number): boolean {
	return text.charCodeAt(pos) === PERCENT && text.charCodeAt(pos + 1) === PERCENT;
}

/** Offset just past the first `marker` found in `[from, end)`, or -1. */
export function findMarker(text: string, marker: string, from: number, end: number): number {
	const first = marker.charCodeAt(0);
	for (let at = from; at + marker.length <= end; at++) {
		if (text.charCodeAt(at) === first && text.startsWith(marker, at)) return at + marker.length;
	}
	return -1;
}

// ——— list items ———

export interface ListMarker {
	/** The marker as written: `-`, `1.`, `2)`. */
	readonly marker: string;
	readonly ordered: boolean;
	/** The number of an ordered item. */
	readonly start: number;
	/** Offset just past the marker. */
	readonly end: number;
}

/**
 * A list marker — a bullet (`-`, `*`, `+`) or an ordinal (1–9 digits, then `.` or `)`) —
 * followed by a space, a tab or the end of the line. Hand-written rather than a regex: it runs on
 * every line that starts with one of those characters.
 */
export function listMarker(text: string, pos: number, end: number): ListMarker | undefined {
	const after = listMarkerEnd(text, pos, end);
	if (after < 0) return undefined;
	const marker = text.slice(pos, after);
	const ordered = after - pos > 1 || isDigit(text.charCodeAt(pos));
	return { marker, ordered, start: ordered ? Number(marker.slice(0, -1)) : 0, end: after };
}

/** Just past the list marker at `pos` (see `listMarker`), or -1; builds nothing. */
function listMarkerEnd(text: string, pos: number, end: number): number {
	const c = text.charCodeAt(pos);
	let after = pos + 1;
	if (c !== 45 && c !== 42 && c !== 43) {
		while (after - pos <= 9 && isDigit(text.charCodeAt(after - 1))) after++;
		const digits = after - 1 - pos;
		const delimiter = text.charCodeAt(after - 1);
		if (digits === 0 || digits > 9 || (delimiter !== 46 && delimiter !== 41)) return -1;
	}
	return after < end && !isSpaceOrTab(text.charCodeAt(after)) ? -1 : after;
}

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

/** Characters a block other than a paragraph can start with (after indentation). */
export const MAY_START_BLOCK = new Uint8Array(128);
for (const char of "#`~$%<=-*_|:+>[0123456789") MAY_START_BLOCK[char.charCodeAt(0)] = 1;

/** A task box right after the marker: `[ ]`, `[x]`, `[/]` followed by a space or the line's end. */
export function taskChar(text: string, pos: number, end: number): string | undefined {
	if (text.charCodeAt(pos) !== 91 || text.charCodeAt(pos + 2) !== 93 || pos + 3 > end) return undefined;
	const char = text.charCodeAt(pos + 1);
	if (char === 10 || char === 13 || char === 93 || char === 91) return undefined;
	return pos + 3 === end || isSpaceOrTab(text.charCodeAt(pos + 3)) ? text.charAt(pos + 1) : undefined;
}

// ——— HTML blocks (CommonMark's seven kinds) ———

const RAW_TAGS = "pre|script|style|textarea";
const BLOCK_TAGS = [
	"address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt",
	"fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu",
	"menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul",
].join("|");
const TAG_NAME = "[A-Za-z][A-Za-z0-9-]*";
const ATTRIBUTE = `\\s+[A-Za-z_:][\\w.:-]*(?:\\s*=\\s*(?:[^\\s"'=<>\`]+|'[^']*'|"[^"]*"))?`;
/** Kinds 1–7, in CommonMark's order; each captures nothing, the index is the kind. */
const HTML_STARTS: readonly RegExp[] = [
	new RegExp(`<(?:${RAW_TAGS})(?:[\\s>]|$)`, "iy"),
	/<!--/y,
	/<\?/y,
	/<![A-Za-z]/y,
	/<!\[CDATA\[/y,
	new RegExp(`</?(?:${BLOCK_TAGS})(?:[\\s>]|/>|$)`, "iy"),
	new RegExp(`(?:<${TAG_NAME}(?:${ATTRIBUTE})*\\s*/?>|</${TAG_NAME}\\s*>)[ \\t]*\\r?(?:\\n|$)`, "y"),
];
const HTML_ENDS: readonly (RegExp | undefined)[] = [/<\/(?:pre|script|style|textarea)>/i, /-->/, /\?>/, />/, /\]\]>/];

/** The HTML block kind (1–7) starting at `pos`, or 0. Kind 7 cannot interrupt a paragraph. */
export function htmlBlockKind(text: string, pos: number, inParagraph: boolean): number {
	if (text.charCodeAt(pos) !== 60) return 0;
	for (let kind = 1; kind <= HTML_STARTS.length; kind++) {
		if (kind === 7 && inParagraph) return 0;
		const start = HTML_STARTS[kind - 1];
		if (!start) continue;
		start.lastIndex = pos;
		if (start.test(text)) return kind;
	}
	return 0;
}

/** Whether an HTML block of `kind` 1–5 ends on the line `[pos, end)`; kinds 6–7 end at a blank line. */
export function htmlBlockEnds(kind: number, text: string, pos: number, end: number): boolean {
	const ending = HTML_ENDS[kind - 1];
	return ending !== undefined && ending.test(text.slice(pos, end));
}

// ——— tables, footnotes, callouts ———

/** A delimiter row `| --- | :-: |`: the number of columns, or 0. */
export function tableDelimiterColumns(text: string, pos: number, end: number): number {
	const row = text.slice(pos, trimEnd(text, pos, end));
	if (!/^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/.test(row)) return 0;
	if (!row.includes("|") && !row.includes(":")) return 0;
	return cellCount(row);
}

/** The cells of a table row (outer pipes optional, `\|` escaped). */
export function tableCells(text: string, pos: number, end: number): number {
	return cellCount(text.slice(pos, trimEnd(text, pos, end)));
}

function cellCount(row: string): number {
	let cells = 1;
	for (let i = 0; i < row.length; i++) {
		const c = row.charCodeAt(i);
		if (c === 92) i++;
		else if (c === PIPE && i !== 0 && i !== row.length - 1) cells++;
	}
	return row.length === 1 && row === "|" ? 0 : cells;
}

/** `[^id]: text` — a footnote definition; the offset where its text starts, or -1. */
const FOOTNOTE_DEFINITION = /\[\^[^\]\s]+\]:[ \t]?/y;
export function footnoteDefinition(text: string, pos: number): number {
	FOOTNOTE_DEFINITION.lastIndex = pos;
	return FOOTNOTE_DEFINITION.test(text) ? FOOTNOTE_DEFINITION.lastIndex : -1;
}

/** `[!type]` at the start of a blockquote makes it a callout. */
const CALLOUT = /\[![^\]\s]+\]/y;
export function isCallout(text: string, pos: number): boolean {
	CALLOUT.lastIndex = pos;
	return CALLOUT.test(text);
}
