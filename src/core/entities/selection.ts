/**
 * Reads a selected phrase (or a keyword) as an entity's names. Analyses gloss a name in brackets —
 * `創世計畫 (Genesis Mission)`, `澳洲戰略政策研究所（ASPI）` — so the text outside the brackets and the
 * text inside are two names of one entity. Which one becomes the note's name follows a setting;
 * the other becomes an alias.
 *
 * Examples (run by one test loop): see `SELECTION_EXAMPLES`.
 */

import type { CanonicalName } from "./create";

/*
 * The setting `CanonicalName` says which of the two names of `name (gloss)` names the note:
 * - `selection`: the name outside the brackets, as written first;
 * - `zh`: whichever holds Chinese characters (the first when both or neither do);
 * - `en`: whichever holds none (the first when both or neither do).
 */

/** The names read from a selection. */
export type SelectionNames =
	| { readonly ok: true; readonly name: string; readonly aliases: readonly string[] }
	| { readonly ok: false; readonly reason: "empty" | "multiline" };

/** Wrapping the selection may carry and that is not part of the name: emphasis, quotes, list markers. */
const WRAPPERS: readonly (readonly [string, string])[] = [
	["**", "**"],
	["__", "__"],
	["*", "*"],
	["_", "_"],
	["「", "」"],
	["『", "』"],
	["《", "》"],
	["〈", "〉"],
	["“", "”"],
	['"', '"'],
	["'", "'"],
];

/**
 * `name (gloss)` with ASCII or full-width brackets:
 * - `(?<outside>.+?)` the name, as short as possible so trailing spaces go to the separator;
 * - `\s*` optional space before the bracket (Chinese text usually has none);
 * - `[(（](?<inside>[^()（）]+)[)）]` one bracketed gloss, no nested brackets;
 * - `$` the gloss ends the selection (a bracket in the middle is part of the name).
 */
const GLOSSED = /^(?<outside>.+?)\s*[(（](?<inside>[^()（）]+)[)）]$/u;

/** Han ideographs (CJK Unified, Extension A, Compatibility). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/** The entity names in `selection`: a name, and any other name glossed in brackets as aliases. */
export function namesFromSelection(selection: string, canonical: CanonicalName): SelectionNames {
	const text = unwrap(selection.trim());
	if (text === "") return { ok: false, reason: "empty" };
	if (/[\r\n]/.test(text)) return { ok: false, reason: "multiline" };
	const match = GLOSSED.exec(text);
	const outside = unwrap(match?.groups?.outside?.trim() ?? "");
	const inside = unwrap(match?.groups?.inside?.trim() ?? "");
	if (!match || outside === "" || inside === "" || outside === inside) return { ok: true, name: text, aliases: [] };
	const [name, alias] = pick(outside, inside, canonical);
	return { ok: true, name, aliases: [alias] };
}

function pick(outside: string, inside: string, canonical: CanonicalName): readonly [string, string] {
	const outsideHan = HAN.test(outside);
	const insideHan = HAN.test(inside);
	const swap = (canonical === "zh" && !outsideHan && insideHan) || (canonical === "en" && outsideHan && !insideHan);
	return swap ? [inside, outside] : [outside, inside];
}

function unwrap(text: string): string {
	let current = text;
	for (let changed = true; changed; ) {
		changed = false;
		for (const [open, close] of WRAPPERS) {
			if (current.length > open.length + close.length && current.startsWith(open) && current.endsWith(close)) {
				current = current.slice(open.length, current.length - close.length).trim();
				changed = true;
			}
		}
	}
	return current;
}

/** A selection, the setting, and the names expected. */
export const SELECTION_EXAMPLES: readonly {
	readonly selection: string;
	readonly canonical: CanonicalName;
	readonly expected: SelectionNames;
}[] = [
	{ selection: "DeepSeek", canonical: "selection", expected: { ok: true, name: "DeepSeek", aliases: [] } },
	{ selection: "創世計畫 (Genesis Mission)", canonical: "selection", expected: { ok: true, name: "創世計畫", aliases: ["Genesis Mission"] } },
		{ selection: "創世計畫 (Genesis Mission)", canonical: "en", expected: { ok: true, name: "Genesis Mission", aliases: ["創世計畫"] } },
	{ selection: "Genesis Mission (創世計畫)", canonical: "zh", expected: { ok: true, name: "創世計畫", aliases: ["Genesis Mission"] } },
	{ selection: "Genesis Mission (創世計畫)", canonical: "en", expected: { ok: true, name: "Genesis Mission", aliases: ["創世計畫"] } },
	{ selection: "DeepSeek (深度求索)", canonical: "selection", expected: { ok: true, name: "DeepSeek", aliases: ["深度求索"] } },
	{ selection: "OpenAI (ChatGPT)", canonical: "zh", expected: { ok: true, name: "OpenAI", aliases: ["ChatGPT"] } },
	{ selection: "澳洲戰略政策研究所（ASPI）", canonical: "selection", expected: { ok: true, name: "澳洲戰略政策研究所", aliases: ["ASPI"] } },
	{ selection: "**「星門 (Stargate)」**", canonical: "selection", expected: { ok: true, name: "星門", aliases: ["Stargate"] } },
	{ selection: "「DeepSeek」", canonical: "selection", expected: { ok: true, name: "DeepSeek", aliases: [] } },
	{ selection: "  Hugging Face  ", canonical: "selection", expected: { ok: true, name: "Hugging Face", aliases: [] } },
	{ selection: "GPT (4) Turbo", canonical: "selection", expected: { ok: true, name: "GPT (4) Turbo", aliases: [] } },
	{ selection: "(ASPI)", canonical: "selection", expected: { ok: true, name: "(ASPI)", aliases: [] } },
	{ selection: "ASPI (ASPI)", canonical: "selection", expected: { ok: true, name: "ASPI (ASPI)", aliases: [] } },
	{ selection: "   ", canonical: "selection", expected: { ok: false, reason: "empty" } },
	{ selection: "DeepSeek\nQwen", canonical: "selection", expected: { ok: false, reason: "multiline" } },
];
