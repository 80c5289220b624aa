/**
 * How names and text are compared: one UTF-16 code unit folds to exactly one code unit, so an
 * offset in the folded text is the same offset in the original (the note keeps what was written).
 *
 * - full-width forms → ASCII (`ＡＳＰＩ` → `ASPI`), ideographic and no-break spaces → space,
 *   Unicode hyphens → `-`;
 * - case, for the case-insensitive view (`exact` keeps case, for acronyms);
 * - an optional extra fold (Traditional → Simplified, see `variants.ts`).
 */

/** Lookup tables: `loose[c]` folds width, case and variants; `exact[c]` width and variants only. */
export interface FoldTables {
	readonly loose: Uint16Array;
	readonly exact: Uint16Array;
}

const FULL_WIDTH_FIRST = 0xff01; // ！
const FULL_WIDTH_LAST = 0xff5e; // ～
const FULL_WIDTH_OFFSET = 0xfee0; // ＡＳＰＩ - offset = ASPI
const SPACES = [0x00a0, 0x2007, 0x202f, 0x3000]; // no-break, figure, narrow no-break, ideographic
const HYPHENS = [0x2010, 0x2011, 0x2012, 0x2013, 0xfe63]; // hyphen, non-breaking hyphen, figure dash, en dash, small hyphen

let base: FoldTables | undefined;

/** The tables for a fold (cached for no fold; about 1 ms to build with one). */
export function foldTables(fold?: (code: number) => number): FoldTables {
	base ??= buildBase();
	if (!fold) return base;
	const loose = new Uint16Array(0x10000);
	const exact = new Uint16Array(0x10000);
	for (let c = 0; c < 0x10000; c++) {
		loose[c] = fold(base.loose[c]!);
		exact[c] = fold(base.exact[c]!);
	}
	return { loose, exact };
}

function buildBase(): FoldTables {
	const exact = new Uint16Array(0x10000);
	for (let c = 0; c < 0x10000; c++) exact[c] = c;
	for (let c = FULL_WIDTH_FIRST; c <= FULL_WIDTH_LAST; c++) exact[c] = c - FULL_WIDTH_OFFSET;
	for (const c of SPACES) exact[c] = 0x20;
	for (const c of HYPHENS) exact[c] = 0x2d;
	const loose = new Uint16Array(0x10000);
	for (let c = 0; c < 0x10000; c++) loose[c] = lower(exact[c]!);
	return { loose, exact };
}

/** Lower case of one code unit, when it stays one code unit (surrogates and expanding letters stay). */
function lower(c: number): number {
	if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
	if (c >= 0xd800 && c <= 0xdfff) return c;
	const folded = String.fromCharCode(c).toLowerCase();
	return folded.length === 1 ? folded.charCodeAt(0) : c;
}

/** `text` folded through `table`, same length. */
export function foldString(text: string, table: Uint16Array): string {
	let out = "";
	for (let i = 0; i < text.length; i++) out += String.fromCharCode(table[text.charCodeAt(i)]!);
	return out;
}

/**
 * A "word" code unit for Latin-script boundaries: ASCII letters and digits, Latin-1 and
 * Latin Extended letters, combining marks, Greek and Cyrillic. CJK characters, CJK punctuation
 * and everything else are boundaries, so `由DeepSeek開發` has DeepSeek on word boundaries. `_` is
 * a boundary too: `_DeepSeek_` is emphasis.
 */
export function isWordCode(c: number): boolean {
	if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
	if (c < 0xc0) return false;
	if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
	return (c >= 0x300 && c <= 0x36f) || (c >= 0x370 && c <= 0x52f) || (c >= 0x1e00 && c <= 0x1eff);
}

/** True when the code unit is an upper-case letter (after width folding). */
export function isUpper(c: number): boolean {
	if (c < 0x80) return c >= 0x41 && c <= 0x5a;
	if (c >= 0x2e80) return c >= 0xff21 && c <= 0xff3a; // CJK has no case; full-width A–Z
	const s = String.fromCharCode(c);
	return s !== s.toLowerCase() && s === s.toUpperCase();
}

/** True when the code unit is a lower-case letter (after width folding). */
export function isLower(c: number): boolean {
	if (c < 0x80) return c >= 0x61 && c <= 0x7a;
	if (c >= 0x2e80) return c >= 0xff41 && c <= 0xff5a;
	const s = String.fromCharCode(c);
	return s !== s.toUpperCase() && s === s.toLowerCase();
}
