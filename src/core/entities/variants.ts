/**
 * Traditional/Simplified matching, from opencc-js's dictionaries.
 *
 * Matching needs a fold, not a conversion: every code unit maps to one code unit, so offsets stay
 * exact and `澳洲戰略政策研究所` and `澳洲战略政策研究所` fold to the same key. Where the two
 * scripts differ by word rather than character (Taiwan's `計畫`, the mainland's `计划`), each name
 * also gets its other spelling as an extra pattern (`expand`), from OpenCC's Traditional →
 * Simplified phrase table. Only the character and phrase tables are imported (about 40 KB), not
 * the whole of opencc-js (its Simplified → Traditional phrase table alone is over 1 MB).
 */
import HK_VARIANTS_REV from "opencc-js/dict/HKVariantsRev";
import TS_CHARACTERS from "opencc-js/dict/TSCharacters";
import TS_PHRASES from "opencc-js/dict/TSPhrases";
import TW_VARIANTS_REV from "opencc-js/dict/TWVariantsRev";
import type { Variants } from "./types";

let cached: Variants | undefined;

/** Traditional (and Taiwan/Hong Kong variant) characters fold to Simplified; phrase spellings expand both ways. */
export function chineseVariants(): Variants {
	cached ??= build();
	return cached;
}

function build(): Variants {
	const chars = charTable();
	const fold = (code: number) => chars.get(code) ?? code;
	const foldText = (text: string) => Array.from(text, (c) => String.fromCharCode(fold(c.charCodeAt(0)))).join("");
	const forward = new Map<string, string>();
	const backward = new Map<string, string>();
	for (const [traditional, simplified] of pairs(TS_PHRASES)) {
		const from = foldText(traditional);
		const to = foldText(simplified);
		if (from === to) continue;
		if (!forward.has(from)) forward.set(from, to);
		if (!backward.has(to)) backward.set(to, from);
	}
	const starts = new Set([...forward.keys(), ...backward.keys()].map((k) => k.charCodeAt(0)));
	const expand = (folded: string) => {
		if (!hasStart(folded, starts)) return [];
		const out = new Set([substitute(folded, forward, starts), substitute(folded, backward, starts)]);
		out.delete(folded);
		return [...out];
	};
	return { fold, expand };
}

function charTable(): Map<number, number> {
	const variants = new Map<number, number>();
	for (const dict of [TW_VARIANTS_REV, HK_VARIANTS_REV]) singleUnits(dict, variants);
	const simplified = new Map<number, number>();
	singleUnits(TS_CHARACTERS, simplified);
	const table = new Map<number, number>(simplified);
	for (const [variant, traditional] of variants) table.set(variant, simplified.get(traditional) ?? traditional);
	return table;
}

/** `src dst …` entries of an OpenCC dictionary string, with their first target. */
function pairs(dict: string): [string, string][] {
	const out: [string, string][] = [];
	for (const entry of dict.split("|")) {
		const [source, target] = entry.split(" ");
		if (source && target) out.push([source, target]);
	}
	return out;
}

/** Character entries where both sides are one code unit; the first target wins. */
function singleUnits(dict: string, into: Map<number, number>): void {
	for (const [source, target] of pairs(dict)) {
		if (source.length === 1 && target.length === 1 && !into.has(source.charCodeAt(0))) into.set(source.charCodeAt(0), target.charCodeAt(0));
	}
}

/** True when some code unit of `text` starts a phrase. */
function hasStart(text: string, starts: ReadonlySet<number>): boolean {
	for (let i = 0; i < text.length; i++) if (starts.has(text.charCodeAt(i))) return true;
	return false;
}

/** Replaces phrases of `table` in `text`, longest first at each position, left to right. */
function substitute(text: string, table: ReadonlyMap<string, string>, starts: ReadonlySet<number>): string {
	let out = "";
	let i = 0;
	while (i < text.length) {
		const hit = starts.has(text.charCodeAt(i)) ? longestAt(text, i, table) : null;
		if (hit) {
			out += hit[1];
			i += hit[0].length;
		} else out += text[i++];
	}
	return out;
}

const LONGEST_PHRASE = 8;

function longestAt(text: string, at: number, table: ReadonlyMap<string, string>): [string, string] | null {
	for (let len = Math.min(LONGEST_PHRASE, text.length - at); len >= 2; len--) {
		const key = text.slice(at, at + len);
		const value = table.get(key);
		if (value !== undefined) return [key, value];
	}
	return null;
}
