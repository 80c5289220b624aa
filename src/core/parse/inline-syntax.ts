/**
 * Character rules of the inline scanner: which characters can start something, which may be in
 * a tag, what ends a bare URL. Tables are built once; the scanner looks a character up instead of
 * running a regex at every position.
 */

/**
 * The next character that may start an inline construct: `\` escapes, `` ` `` code, `$` math,
 * `%` comments, `<` HTML and autolinks, `!` embeds, `[` links, `#` tags, `^` block ids and
 * footnotes, `:` the `://` of a bare URL. A global regex finds it in native code, several times
 * faster than a JavaScript loop over every character.
 */
export const NEXT_START = /[\\`$%<![#^:]|w(?=ww\.)/g;

/**
 * ASCII characters that end a tag (Obsidian's rule): whitespace and punctuation other than
 * `_`, `-` and `/`. Letters, digits and those three are tag characters.
 */
const TAG_STOPS_ASCII = new Uint8Array(128);
for (let c = 0; c <= 32; c++) TAG_STOPS_ASCII[c] = 1;
for (const char of "!\"#$%&'()*+,.:;<=>?@[\\]^`{|}~") TAG_STOPS_ASCII[char.charCodeAt(0)] = 1;
TAG_STOPS_ASCII[127] = 1;

/**
 * Non-ASCII characters that end a tag. Obsidian stops at General Punctuation (U+2000–206F) and
 * Supplemental Punctuation (U+2E00–2E7F). Dossier also stops at CJK punctuation (U+3000–303F:
 * `。`, `、`, `「`), full-width ASCII punctuation (`，`, `：`, `（`) and the no-break space, because
 * in Chinese text a tag is followed by punctuation with no space between (`#人工智慧，以及`).
 */
export function isTagChar(c: number): boolean {
	if (c < 128) return TAG_STOPS_ASCII[c] === 0;
	if (c === 0xa0 || c === 0xfeff) return false;
	if (c >= 0x2000 && c <= 0x206f) return false;
	if (c >= 0x2e00 && c <= 0x2e7f) return false;
	if (c >= 0x3000 && c <= 0x303f) return false;
	return !isFullWidthPunctuation(c);
}

function isFullWidthPunctuation(c: number): boolean {
	return (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65);
}

/** Whitespace before a `^` (a block id needs it, or the start of the line). */
export function isWhitespace(c: number): boolean {
	return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
}

/** ASCII letters and digits: a bare URL must not follow one (`xhttp://` is not a URL). */
export function isAlphanumeric(c: number): boolean {
	return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * What ends a bare URL: whitespace or `<`, as in GFM's autolink literals. Text glued to a URL —
 * Chinese included (`https://x.com/a由DeepSeek開發`) — reads as part of it in a GFM renderer, so it
 * stays protected: a link inserted there would land inside the URL.
 */
export function endsUrl(c: number): boolean {
	return c <= 32 || c === 60 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;
}

/** Trailing characters trimmed from a bare URL: sentence punctuation. */
export function isTrailingUrlPunctuation(c: number): boolean {
	return c === 46 || c === 44 || c === 58 || c === 59 || c === 33 || c === 63 || c === 39 || c === 42 || c === 95 || c === 126;
}

/** ASCII punctuation that a backslash escapes. */
export function isAsciiPunctuation(c: number): boolean {
	return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/** Block id characters: letters, digits and `-`. */
export function isBlockIdChar(c: number): boolean {
	return isAlphanumeric(c) || c === 45;
}

// ——— regexes, sticky, tried only where their first character is ———

const SCHEME = "[A-Za-z][A-Za-z0-9+.-]{1,31}";
/** `<https://example.com>`: an autolink. */
export const AUTOLINK = new RegExp(`<${SCHEME}:[^\\s<>]*>`, "y");
/** `<name@example.com>`: an email autolink. */
export const EMAIL_AUTOLINK = /<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/y;

const TAG_NAME = "[A-Za-z][A-Za-z0-9-]*";
const ATTRIBUTE_VALUE = `(?:[^\\s"'=<>\`]+|'[^']*'|"[^"]*")`;
const ATTRIBUTE = `\\s+[A-Za-z_:][\\w.:-]*(?:\\s*=\\s*${ATTRIBUTE_VALUE})?`;
/**
 * One piece of inline raw HTML, as CommonMark has them: a tag (`<span class="x">`, `<br/>`,
 * `</span>`), a processing instruction (`<?php echo $a; ?>`), a declaration (`<!DOCTYPE html>`)
 * or a CDATA section. (Comments are read apart, with their own closing.)
 */
export const HTML_TAG = new RegExp(
	[
		`<${TAG_NAME}(?:${ATTRIBUTE})*\\s*/?>`, // an open tag
		`</${TAG_NAME}\\s*>`, // a closing tag
		String.raw`<\?[\s\S]*?\?>`, // a processing instruction
		String.raw`<![A-Za-z][^>]*>`, // a declaration
		String.raw`<!\[CDATA\[[\s\S]*?\]\]>`, // a CDATA section
	].join("|"),
	"y",
);

/** A destination with a scheme (`https:`, `mailto:`, `obsidian:`) is external, not a note link. */
export const EXTERNAL = new RegExp(`^${SCHEME}:`);

/** Sticky regexes tested at `pos`: the end of the match, or -1. */
export function matchAt(regex: RegExp, text: string, pos: number): number {
	regex.lastIndex = pos;
	return regex.test(text) ? regex.lastIndex : -1;
}
