/**
 * The inline scanner: reads the text regions the block scanner found (paragraphs, headings, table
 * rows, comment blocks) once, character by character, jumping with `indexOf`. It yields links,
 * embeds, tags and block ids, and the protected ranges of inline code, math, comments, HTML,
 * links, URLs, tags, footnote references and block ids. Searches for a closing marker remember
 * what they found (or that there is none), so no input makes the scan quadratic.
 */
import {
	AUTOLINK, EMAIL_AUTOLINK, EXTERNAL, HTML_TAG, NEXT_START, endsUrl, isAlphanumeric, isAsciiPunctuation, isBlockIdChar,
	isTagChar, isTrailingUrlPunctuation, isWhitespace, matchAt,
} from "./inline-syntax";
import type { Lines } from "./lines";
import type { RangeList } from "./ranges";
import type { BlockId, ProtectedKind, Reference, Tag } from "./types";

const BACKSLASH = 92;
const BACKTICK = 96;
const DOLLAR = 36;
const PERCENT = 37;
const LESS_THAN = 60;
const BANG = 33;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const HASH = 35;
const CARET = 94;
const GREATER_THAN = 62;
const SLASH = 47;
const LOWER_W = 119;
/** Link text longer than this is not searched for its closing bracket (keeps `[[[[…` linear). */
const MAX_LINK_TEXT = 1000;

export interface InlineScan {
	readonly links: Reference[];
	readonly embeds: Reference[];
	readonly tags: Tag[];
	readonly blockIds: BlockId[];
}

export function scanInline(lines: Lines, regions: readonly number[], ranges: RangeList): InlineScan {
	const scanner = new InlineScanner(lines, ranges);
	scanner.regions(regions);
	return scanner.result;
}

/** `indexOf` that remembers its last answer, so repeated searches from later offsets cost nothing. */
class Finder {
	private from = Infinity;
	private at = -1;

	constructor(
		private readonly text: string,
		private readonly marker: string,
	) {}

	next(i: number): number {
		if (i >= this.from && (this.at === -1 || this.at >= i)) return this.at;
		this.from = i;
		this.at = this.text.indexOf(this.marker, i);
		return this.at;
	}
}

export class InlineScanner {
	readonly result: InlineScan = { links: [], embeds: [], tags: [], blockIds: [] };
	private readonly text: string;
	private readonly newlines: Finder;
	private readonly wikiCloses: Finder;
	private readonly commentCloses: Finder;
	private readonly htmlCommentCloses: Finder;
	private readonly displayMathCloses: Finder;
	private readonly bracketCloses: Finder;
	private from = 0;
	private to = 0;
	/** Backtick run lengths with no closing run left in this region. */
	private readonly codeFails = new Set<number>();
	/** Where the next possible construct starts, past the last region read (regions come in order). */
	private nextStart = -1;
	/** The `%%` closing the comment being read, which must not open another. */
	private commentClose = -1;
	/** True once a `$` found no closing `$` in this region. */
	private mathFails = false;

	constructor(
		private readonly lines: Lines,
		private readonly ranges: RangeList,
	) {
		const text = lines.text;
		this.text = text;
		this.newlines = new Finder(text, "\n");
		this.wikiCloses = new Finder(text, "]]");
		this.commentCloses = new Finder(text, "%%");
		this.htmlCommentCloses = new Finder(text, "-->");
		this.displayMathCloses = new Finder(text, "$$");
		this.bracketCloses = new Finder(text, "]");
	}

	/** Reads each region of `regions` (`[from, to)` offset pairs), in order. */
	regions(regions: readonly number[]): void {
		for (let i = 0; i + 1 < regions.length; i += 2) this.region(regions[i] ?? 0, regions[i + 1] ?? 0);
	}

	region(from: number, to: number): void {
		if (this.nextStart >= to) return;
		this.from = from;
		this.to = to;
		this.codeFails.clear();
		this.mathFails = false;
		const text = this.text;
		const starts = NEXT_START;
		starts.lastIndex = from;
		while (starts.test(text)) {
			const i = starts.lastIndex - 1;
			if (i >= to) {
				this.nextStart = i;
				return;
			}
			starts.lastIndex = this.special(text.charCodeAt(i), i);
		}
		this.nextStart = Infinity;
	}

	/** Handles the construct that may start at `i`; returns where scanning resumes. */
	private special(c: number, i: number): number {
		switch (c) {
			case BACKSLASH:
				return isAsciiPunctuation(this.text.charCodeAt(i + 1)) ? i + 2 : i + 1;
			case BACKTICK:
				return this.codeSpan(i);
			case DOLLAR:
				return this.math(i);
			case PERCENT:
				return this.text.charCodeAt(i + 1) === PERCENT ? this.percentComment(i) : i + 1;
			case LESS_THAN:
				return this.angle(i);
			case BANG:
				return this.text.charCodeAt(i + 1) === OPEN_BRACKET ? this.bracket(i + 1, true) : i + 1;
			case OPEN_BRACKET:
				return this.bracket(i, false);
			case HASH:
				return this.tag(i);
			case CARET:
				return this.caret(i);
			case LOWER_W:
				return this.wwwUrl(i);
			default:
				return this.bareUrl(i);
		}
	}

	private protect(kind: ProtectedKind, from: number, to: number): number {
		this.ranges.add(kind, from, to);
		return to;
	}

	/** The end of the line holding `i` (before `\n`), capped at the region's end. */
	private lineEnd(i: number): number {
		const newline = this.newlines.next(i);
		return newline === -1 || newline > this.to ? this.to : newline;
	}

	// ——— code and math ———

	private codeSpan(i: number): number {
		const text = this.text;
		let runEnd = i;
		while (runEnd < this.to && text.charCodeAt(runEnd) === BACKTICK) runEnd++;
		const length = runEnd - i;
		if (this.codeFails.has(length)) return runEnd;
		let at = text.indexOf("`", runEnd);
		while (at !== -1 && at < this.to) {
			let closeEnd = at;
			while (closeEnd < this.to && text.charCodeAt(closeEnd) === BACKTICK) closeEnd++;
			if (closeEnd - at === length) return this.protect("inlineCode", i, closeEnd);
			at = text.indexOf("`", closeEnd);
		}
		this.codeFails.add(length);
		return runEnd;
	}

	/** `$…$` (no space inside either dollar, no digit right after the closing one) or `$$…$$`. */
	private math(i: number): number {
		const text = this.text;
		if (text.charCodeAt(i + 1) === DOLLAR) {
			const close = this.displayMathCloses.next(i + 2);
			return close !== -1 && close + 2 <= this.to ? this.protect("inlineMath", i, close + 2) : i + 2;
		}
		const first = text.charCodeAt(i + 1);
		if (this.mathFails || i + 1 >= this.to || isWhitespace(first)) return i + 1;
		let at = text.indexOf("$", i + 2);
		while (at !== -1 && at < this.to) {
			const before = text.charCodeAt(at - 1);
			const after = text.charCodeAt(at + 1);
			if (!isWhitespace(before) && before !== BACKSLASH && !(after >= 48 && after <= 57)) return this.protect("inlineMath", i, at + 1);
			at = text.indexOf("$", at + 1);
		}
		this.mathFails = true;
		return i + 1;
	}

	// ——— comments, HTML, autolinks ———

	/** `%% … %%`: protected, but Obsidian still reads the links and tags inside, so scanning goes on. */
	private percentComment(i: number): number {
		if (i === this.commentClose) return i + 2;
		const close = this.commentCloses.next(i + 2);
		const end = close === -1 || close + 2 > this.to ? this.to : close + 2;
		this.commentClose = close;
		this.ranges.add("comment", i, end);
		return i + 2;
	}

	private angle(i: number): number {
		const text = this.text;
		if (text.startsWith("<!--", i)) {
			const close = this.htmlCommentCloses.next(i + 4);
			return this.protect("comment", i, close === -1 || close + 3 > this.to ? this.to : close + 3);
		}
		const autolink = Math.max(matchAt(AUTOLINK, text, i), matchAt(EMAIL_AUTOLINK, text, i));
		if (autolink !== -1 && autolink <= this.to) return this.protect("url", i, autolink);
		const tag = matchAt(HTML_TAG, text, i);
		if (tag !== -1 && tag <= this.to) return this.protect("html", i, tag);
		return i + 1;
	}

	// ——— links ———

	/** At `[`: a wikilink, a footnote reference, or a Markdown link; `embed` when a `!` precedes. */
	private bracket(i: number, embed: boolean): number {
		const start = embed ? i - 1 : i;
		const text = this.text;
		if (text.charCodeAt(i + 1) === OPEN_BRACKET) return this.wikilink(start, i + 2, embed);
		if (!embed && text.charCodeAt(i + 1) === CARET) return this.footnoteReference(i);
		return this.markdownLink(start, i, embed);
	}

	private wikilink(start: number, inner: number, embed: boolean): number {
		const close = this.wikiCloses.next(inner);
		if (close === -1 || close > this.lineEnd(inner) || close === inner) return inner;
		const original = this.text.slice(start, close + 2);
		const body = this.text.slice(inner, close);
		const pipe = body.indexOf("|");
		const escapedPipe = pipe > 0 && body.charCodeAt(pipe - 1) === BACKSLASH;
		const link = pipe === -1 ? body : body.slice(0, escapedPipe ? pipe - 1 : pipe);
		const displayText = pipe === -1 ? wikilinkDisplay(link) : body.slice(pipe + 1);
		const reference: Reference = { link, original, displayText, position: this.lines.pos(start, close + 2) };
		(embed ? this.result.embeds : this.result.links).push(reference);
		return this.protect(embed ? "embed" : "wikilink", start, close + 2);
	}

	private footnoteReference(i: number): number {
		const text = this.text;
		let at = i + 2;
		const end = this.lineEnd(i);
		// A label holds no whitespace and no unescaped `[` (so `[^a[[B]]` is text then a wikilink).
		const inLabel = (code: number) => code !== CLOSE_BRACKET && code !== OPEN_BRACKET && !isWhitespace(code);
		while (at < end && inLabel(text.charCodeAt(at))) at++;
		if (at === i + 2 || at >= end || text.charCodeAt(at) !== CLOSE_BRACKET) return i + 1;
		return this.protect("footnote", i, at + 1);
	}

	/** `[text](destination "title")` or `![alt](destination)`. */
	private markdownLink(start: number, open: number, embed: boolean): number {
		const close = this.matchingBracket(open);
		if (close === -1 || this.text.charCodeAt(close + 1) !== OPEN_PAREN) return open + 1;
		const destination = this.destination(close + 2);
		if (!destination) return open + 1;
		const end = destination.end;
		const link = decodeDestination(this.text.slice(destination.from, destination.to));
		if (link !== "" && !EXTERNAL.test(link)) {
			const displayText = this.text.slice(open + 1, close);
			const reference: Reference = { link, original: this.text.slice(start, end), displayText, position: this.lines.pos(start, end) };
			(embed ? this.result.embeds : this.result.links).push(reference);
		}
		return this.protect("markdownLink", start, end);
	}

	/** The `]` closing the `[` at `open`, counting nested brackets; -1 if none nearby. */
	private matchingBracket(open: number): number {
		const text = this.text;
		const limit = Math.min(this.to, open + MAX_LINK_TEXT);
		const firstClose = this.bracketCloses.next(open);
		if (firstClose === -1 || firstClose >= limit) return -1;
		let depth = 0;
		for (let i = open; i < limit; i++) {
			const c = text.charCodeAt(i);
			if (c === BACKSLASH) i++;
			else if (c === OPEN_BRACKET) depth++;
			else if (c === CLOSE_BRACKET && --depth === 0) return i;
			else if (c === BACKTICK) return -1;
		}
		return -1;
	}

	/** The destination after `](`: `<…>` or text with balanced parentheses, an optional title, then `)`. */
	private destination(at: number): { from: number; to: number; end: number } | undefined {
		const text = this.text;
		const lineEnd = this.lineEnd(at);
		let i = at;
		while (i < lineEnd && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
		const angled = text.charCodeAt(i) === LESS_THAN;
		const from = angled ? i + 1 : i;
		const to = angled ? indexWithin(text, GREATER_THAN, from, lineEnd) : this.plainDestinationEnd(i, lineEnd);
		if (to === -1) return undefined;
		const after = angled ? to + 1 : to;
		const close = indexWithin(text, CLOSE_PAREN, after, lineEnd);
		if (close === -1 || !isTitle(text.slice(after, close))) return undefined;
		return { from, to, end: close + 1 };
	}

	private plainDestinationEnd(i: number, lineEnd: number): number {
		const text = this.text;
		let depth = 0;
		for (let at = i; at < lineEnd; at++) {
			const c = text.charCodeAt(at);
			if (c === BACKSLASH) at++;
			else if (c === OPEN_PAREN) depth++;
			else if (c === CLOSE_PAREN && depth-- === 0) return at;
			else if (c === 32 || c === 9) return at;
		}
		return -1;
	}

	// ——— tags, block ids, footnotes, URLs ———

	/** `#tag`: its `#` must not follow a tag character (`a#b` is no tag; `[#b` and `(#b` are). */
	private tag(i: number): number {
		if (i > this.from && isTagChar(this.text.charCodeAt(i - 1))) return i + 1;
		const text = this.text;
		let end = i + 1;
		let hasNonDigit = false;
		while (end < this.to) {
			const c = text.charCodeAt(end);
			if (!isTagChar(c)) break;
			if (c < 48 || c > 57) hasNonDigit = true;
			end++;
		}
		if (end === i + 1 || !hasNonDigit) return i + 1;
		this.result.tags.push({ tag: text.slice(i, end), position: this.lines.pos(i, end) });
		return this.protect("tag", i, end);
	}

	/** `^block-id` at the end of a line, or an inline footnote `^[…]`. */
	private caret(i: number): number {
		const text = this.text;
		if (text.charCodeAt(i + 1) === OPEN_BRACKET) {
			const close = this.matchingBracket(i + 1);
			return close === -1 ? i + 1 : this.protect("footnote", i, close + 1);
		}
		if (i > this.from && !isWhitespace(text.charCodeAt(i - 1))) return i + 1;
		let end = i + 1;
		while (end < this.to && isBlockIdChar(text.charCodeAt(end))) end++;
		const lineEnd = this.lineEnd(i);
		if (end === i + 1 || text.slice(end, lineEnd).trim() !== "") return i + 1;
		this.result.blockIds.push({ id: text.slice(i + 1, end), position: this.lines.pos(i, end) });
		return this.protect("blockId", i, end);
	}

	/**
	 * At `www.` after a space, a line start or ASCII punctuation (GFM allows `*_~(`, renderers such
	 * as micromark any punctuation, so `!www.x.org` is protected too) — but not after the `]` or `)`
	 * that ends a link: a link Dossier inserts before `www.` must not turn it into an address, or
	 * linking a second time would read the note differently.
	 */
	private wwwUrl(i: number): number {
		const text = this.text;
		const before = i > this.from ? text.charCodeAt(i - 1) : 32;
		const punctuation = isAsciiPunctuation(before) && before !== CLOSE_BRACKET && before !== CLOSE_PAREN;
		if (!(isWhitespace(before) || punctuation)) return i + 1;
		const end = trimUrlEnd(text, i, urlRunEnd(text, i + 4, this.to));
		return end <= i + 4 ? i + 1 : this.protect("url", i, end);
	}

	/** At the `:` of `http://…` or `https://…` not glued to a word; trailing punctuation and unbalanced `)` left out. */
	private bareUrl(colon: number): number {
		const text = this.text;
		if (text.charCodeAt(colon + 1) !== SLASH || text.charCodeAt(colon + 2) !== SLASH) return colon + 1;
		const start = text.startsWith("https", colon - 5) ? colon - 5 : text.startsWith("http", colon - 4) ? colon - 4 : -1;
		if (start < this.from || (start > this.from && isAlphanumeric(text.charCodeAt(start - 1)))) return colon + 1;
		const end = trimUrlEnd(text, start, urlRunEnd(text, colon + 3, this.to));
		return end <= colon + 3 ? colon + 1 : this.protect("url", start, end);
	}
}

/**
 * Where a bare URL's characters run out: at whitespace or `<` — but an escaped `\<` does not end
 * it, since a GFM renderer that reads escapes first (micromark) keeps the `<` in the address.
 */
function urlRunEnd(text: string, from: number, to: number): number {
	let end = from;
	while (end < to) {
		const c = text.charCodeAt(end);
		if (endsUrl(c) && !(c === LESS_THAN && text.charCodeAt(end - 1) === BACKSLASH)) break;
		end++;
	}
	return end;
}

function trimUrlEnd(text: string, from: number, end: number): number {
	let to = end;
	for (;;) {
		const c = text.charCodeAt(to - 1);
		if (isTrailingUrlPunctuation(c)) to--;
		else if (c === CLOSE_PAREN && count(text, from, to, OPEN_PAREN) < count(text, from, to, CLOSE_PAREN)) to--;
		else return to;
	}
}

/** Offset of `c` in `[from, end)`, or -1. */
function indexWithin(text: string, c: number, from: number, end: number): number {
	for (let i = from; i < end; i++) if (text.charCodeAt(i) === c) return i;
	return -1;
}

function count(text: string, from: number, to: number, c: number): number {
	let n = 0;
	for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) n++;
	return n;
}

/** Obsidian shows `[[Note#Heading#Sub]]` as `Note > Heading > Sub`. */
function wikilinkDisplay(link: string): string {
	if (!link.includes("#")) return link;
	return link.split("#").filter((part) => part !== "").join(" > ");
}

function decodeDestination(raw: string): string {
	try {
		return decodeURI(raw);
	} catch {
		return raw;
	}
}

/** A link title: `"…"`, `'…'` or `(…)` after whitespace. */
function isTitle(rest: string): boolean {
	return /^\s+(?:"[^"]*"|'[^']*'|\([^)]*\))\s*$/.test(rest) || rest.trim() === "";
}

