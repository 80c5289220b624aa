/**
 * The matcher: every name of every entity, found in a text in one pass whatever their number.
 *
 * Names and text are folded unit by unit (`normalize.ts`: width, case, optionally
 * Traditional/Simplified), so the automaton (`automaton.ts`) finds every occurrence of every
 * folded name in one scan; then each hit is checked against the rules below and overlapping hits
 * are resolved, longest first, then leftmost — so `澳洲戰略政策研究所` wins over `澳洲` and a
 * match that cuts through a longer known name never wins.
 *
 * Why our own automaton rather than `modern-ahocorasick`: that library matches whole grapheme
 * clusters (with `Intl.Segmenter`-style work per scan) and materialises a match object per hit;
 * ours scans folded UTF-16 units with typed-array transitions. `bench/entities.bench.ts` measures
 * both on the same 50,000-character note and 20,000 names.
 */
import { CASE_EXACT_WORDS, chineseWordKind, COMMON_WORDS, isEnglishWord } from "./common-words";
import { copyOf } from "../text/own";
import { automatonBuild, runSteps, type Automaton } from "./automaton";
import { foldString, foldTables, isLower, isUpper, isWordCode, type FoldTables } from "./normalize";
import type { Entity, FlaggedAlias, FlagReason, MatchOptions, Matcher, Mention, Registry } from "./types";

/** One name of one entity behind a folded pattern. */
interface NameEntry {
	/** Index into `Compiled.entities`. */
	readonly entity: number;
	/** The name as the entity note writes it. */
	readonly alias: string;
	/** The name folded without case: a text that matches it unit by unit writes it with the name's own capitals. */
	readonly cased: string;
	/** How case is compared (see `caseRuleOf`). */
	readonly rule: CaseRule;
	/** The entity's own note name, which outranks another note's alias (Obsidian resolves a link by note name). */
	readonly isName: boolean;
	/** A flag that holds wherever the name is found. */
	readonly flag?: FlagReason;
}

/**
 * How a name compares case with the text:
 * - `folded`: any case (`DeepSeek` finds `deepseek`);
 * - `exact`: only as written (`US`, `ASPI`, `BoE`); any other case is no mention;
 * - `word`: a name made of ordinary words and written with capitals (`Target`, `Related
 *   Companies`): as written it is the name; in another case (`price target`) it is found but not
 *   linked (`lower-case`), and a one-word name at a sentence's start is doubtful (`sentence-start`).
 */
type CaseRule = "folded" | "exact" | "word";

/** What `Matcher.automaton` holds. */
interface Compiled {
	readonly automaton: Automaton;
	readonly tables: FoldTables;
	readonly entities: readonly Entity[];
	/** Entries by pattern id, best first when several entities claim the pattern (see `rankEntries`). */
	readonly entries: readonly (readonly NameEntry[])[];
	/** By pattern id: bit 1 when the pattern starts with a word unit, bit 2 when it ends with one. */
	readonly edges: Uint8Array;
	/** By entity index: the link target when the note name alone is ambiguous (another note has it), else null. */
	readonly targets: readonly (string | null)[];
}

const STARTS_WORD = 1;
const ENDS_WORD = 2;

const DOT = 0x2e;
const AT = 0x40;
const COLON = 0x3a;

/** Compiles every name (note name and aliases) of every entity into one automaton. */
export function buildMatcher(registry: Registry, options: MatchOptions): Matcher {
	return runSteps(matcherBuild(registry, options));
}

/** Names compiled between two steps of `matcherBuild`. */
const NAMES_PER_STEP = 256;

/**
 * `buildMatcher` a step at a time: the generator pauses after each step of a millisecond or so of
 * work and returns the matcher, so a caller that must keep an interface responsive can build a
 * large vault's matcher between its frames (`runSteps` runs it through at once).
 */
export function* matcherBuild(registry: Registry, options: MatchOptions): Generator<void, Matcher, void> {
	const tables = foldTables(options.variants?.fold);
	yield;
	// By path; the default sort compares UTF-16 code units with no comparator to call back.
	const entities = [...registry.byPath.keys()].sort().map((path) => registry.byPath.get(path)!);
	const words = wordSets(tables);
	yield;
	const byKey = new Map<string, NameEntry[]>();
	let names = 0;
	for (const [index, entity] of entities.entries()) {
		for (const alias of namesOf(entity)) {
			addName(byKey, tables, options, words, entity, index, alias);
			if (++names % NAMES_PER_STEP === 0) yield;
		}
	}
	const patterns = [...byKey.keys()];
	const entries = patterns.map((key) => rankEntries(byKey.get(key)!));
	yield;
	const edges = Uint8Array.from(patterns, (p) => (isWordCode(p.charCodeAt(0)) ? STARTS_WORD : 0) | (isWordCode(p.charCodeAt(p.length - 1)) ? ENDS_WORD : 0));
	yield;
	const targets = linkTargets(entities);
	yield;
	const automaton = yield* automatonBuild(patterns, tables.loose, isWordCode);
	const flagged = [...sharedNames(entries, entities), ...flaggedNames(entries, entities)];
	return { registry, options, flagged, size: patterns.length, automaton: { automaton, tables, entities, entries, edges, targets } satisfies Compiled };
}

function namesOf(entity: Entity): string[] {
	const names: string[] = [];
	for (const name of [entity.name, ...entity.aliases]) {
		const trimmed = name.trim();
		if (trimmed !== "") names.push(trimmed);
	}
	return names;
}

interface WordSets {
	readonly common: ReadonlySet<string>;
	readonly caseExact: ReadonlySet<string>;
}

function wordSets(tables: FoldTables): WordSets {
	return {
		common: new Set(COMMON_WORDS.map((w) => foldString(w, tables.loose))),
		caseExact: new Set(CASE_EXACT_WORDS.map((w) => foldString(w, tables.loose))),
	};
}

function addName(byKey: Map<string, NameEntry[]>, tables: FoldTables, options: MatchOptions, words: WordSets, entity: Entity, index: number, alias: string): void {
	const key = foldString(alias, tables.loose);
	const allowed = entity.allowedAliases.some((other) => foldString(other, tables.loose) === key);
	const isName = alias === entity.name;
	const flag = flagOf(entity, alias, key, isName, allowed, tables, options, words);
	const rule = caseRuleOf(entity, alias, key, allowed, words);
	const keys = [key, ...(options.variants?.expand(key) ?? [])];
	for (const k of keys) {
		let list = byKey.get(k);
		if (list === undefined) byKey.set(k, (list = []));
		else if (list.some((e) => e.entity === index)) continue;
		// A variant spelling of another length cannot be compared unit by unit with the name's case.
		const cased = k.length === key.length ? foldString(alias, tables.exact) : k;
		const entry: NameEntry = { entity: index, alias, cased, rule: cased === k ? "folded" : rule, isName };
		list.push(flag ? { ...entry, flag } : entry);
	}
}

function flagOf(entity: Entity, alias: string, key: string, isName: boolean, allowed: boolean, tables: FoldTables, options: MatchOptions, words: WordSets): FlagReason | undefined {
	if (!entity.link) return "link-disabled";
	if (entity.excludedAliases.some((other) => foldString(other, tables.loose) === key)) return "excluded";
	if (options.allowFlagged || allowed) return undefined;
	if (alias.length <= 2 && Array.from(alias).length === 1) return "single-character";
	if (words.common.has(key)) return "common-word";
	if (!isName && !hasUpper(alias) && isEnglishWord(key)) return "common-word";
	if (!isName && !LATIN.test(entity.name) && chineseWordKind(alias)) return "common-word";
	if (isName && chineseWordKind(alias) === "verb") return "ordinary-verb";
	if (!isName && NUMBER.test(alias)) return "number";
	if (!isName && SHORT.test(alias)) return "short";
	return undefined;
}

/**
 * A note name with Latin letters: its Chinese aliases are its name in Chinese (`百度` for Baidu,
 * `聯想` for Lenovo), not the ordinary words they also are — while an alias of a note with a Han
 * name that is an ordinary word (`工作` for 特工) is that word.
 */
const LATIN = /[A-Za-z]/;

/**
 * An abbreviation too short to name one thing: two Latin letters or digits, or three capitals
 * (`HQ`, `IP`, `H1`, `GDP`, `EUR`) — as an alias, where it is often a ticker or a code that
 * means something else in the text. A note named so is linked by its name. Chinese names of two
 * characters (`澳洲`) are words, not this.
 */
const SHORT = /^(?:[A-Za-z0-9]{1,2}|[A-Z]{3})$/;

/** An alias of digits and separators, with at most two letters after: a number, a date, a code (`700`, `2026-01-17`, `10x`). */
const NUMBER = /^[0-9][0-9.,:/ -]*[A-Za-z]{0,2}$/;

/** The case rule of one name (see `CaseRule`). */
function caseRuleOf(entity: Entity, alias: string, key: string, allowed: boolean, words: WordSets): CaseRule {
	if (!hasUpper(alias)) return "folded";
	if (entity.exactCase) return "exact";
	if (!hasLower(alias) || alias.length <= SHORT_CASED) return "exact";
	if (words.common.has(key) || words.caseExact.has(key)) return "exact";
	if (!allowed && isOrdinaryPhrase(key)) return "word";
	return "folded";
}

/** Names up to this length with a capital are abbreviations, compared case-exactly (`BoE`, `Co`). */
const SHORT_CASED = 3;

/** True when every word of a folded name is an ordinary English word (`target`, `related companies`). */
function isOrdinaryPhrase(key: string): boolean {
	return ORDINARY_PHRASE.test(key) && key.split(/[ '-]/).every(isEnglishWord);
}

/** Words of Latin letters, joined by a space, a hyphen or an apostrophe. */
const ORDINARY_PHRASE = /^[a-z]+(?:[ '-][a-z]+)*$/;

function hasUpper(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (isUpper(text.charCodeAt(i))) return true;
	return false;
}

function hasLower(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (isLower(text.charCodeAt(i))) return true;
	return false;
}

/**
 * Orders the entries of one pattern as Obsidian would choose among them: a note's own name before
 * another note's alias; entities that may link before those that may not. Entries that still tie
 * (two aliases, or the same note name in several folders) are told apart per text in `entryAt`.
 */
function rankEntries(list: readonly NameEntry[]): readonly NameEntry[] {
	if (list.length < 2) return list;
	return [...list].sort((a, b) => rank(a) - rank(b));
}

function rank(entry: NameEntry): number {
	return (entry.isName ? 0 : 2) + (entry.flag === "link-disabled" || entry.flag === "excluded" ? 4 : 0);
}

/** By entity: its path without `.md` when another entity has the same note name (case aside), else null. */
function linkTargets(entities: readonly Entity[]): (string | null)[] {
	const count = new Map<string, number>();
	for (const entity of entities) count.set(entity.name.toLowerCase(), (count.get(entity.name.toLowerCase()) ?? 0) + 1);
	return entities.map((entity) => (count.get(entity.name.toLowerCase())! > 1 ? entity.path.replace(/\.md$/i, "") : null));
}

/** Names two entities claim equally (aliases, neither a note name), flagged `shared` where found. */
function sharedNames(entries: readonly (readonly NameEntry[])[], entities: readonly Entity[]): FlaggedAlias[] {
	const out: FlaggedAlias[] = [];
	for (const list of entries) {
		if (list.length < 2 || list[0]!.isName || rank(list[1]!) !== rank(list[0]!)) continue;
		for (const entry of list) if (rank(entry) === rank(list[0]!)) out.push(flaggedAlias(entities, entry, "shared"));
	}
	return out;
}

function flaggedNames(entries: readonly (readonly NameEntry[])[], entities: readonly Entity[]): FlaggedAlias[] {
	const seen = new Set<string>();
	const out: FlaggedAlias[] = [];
	for (const list of entries) {
		for (const entry of list) {
			if (!entry.flag) continue;
			const id = `${entry.entity}\u0000${entry.alias}`;
			if (seen.has(id)) continue;
			seen.add(id);
			out.push(flaggedAlias(entities, entry, entry.flag));
		}
	}
	return out;
}

function flaggedAlias(entities: readonly Entity[], entry: NameEntry, reason: FlagReason): FlaggedAlias {
	const entity = entities[entry.entity]!;
	return { entity: entity.name, path: entity.path, alias: entry.alias, reason };
}

/**
 * Every mention in `text`, in text order, non-overlapping (longest first, then leftmost), flagged
 * names included with their `flag`. Latin-script names sit on word boundaries (CJK characters and
 * punctuation are boundaries); a name inside a domain (`deepseek.com`, `api.openai`) or a handle
 * (`@OpenAI`) is no mention. CJK names match anywhere in running text. `notePath`, the note the
 * text is from, chooses among notes of the same name in several folders: the nearest one.
 */
export function findMentions(matcher: Matcher, text: string, notePath?: string): Mention[] {
	const compiled = matcher.automaton as Compiled;
	const { ends, patterns } = compiled.automaton.scan(text);
	const { lengths } = compiled.automaton;
	const candidates: Candidate[] = [];
	let addresses: Addresses | undefined;
	for (let i = 0; i < ends.length; i++) {
		const id = patterns[i]!;
		const end = ends[i]!;
		const start = end - lengths[id]!;
		const edges = compiled.edges[id]!;
		if (edges !== 0 && !onBoundaries(text, start, end, edges, compiled.tables.loose)) continue;
		addresses ??= addressesIn(text);
		if (afterAddress(text, start, addresses) || (edges !== 0 && inEmail(text, start, end))) continue;
		const chosen = entryAt(compiled, id, text, start, notePath);
		if (chosen) candidates.push(chosen.flag ? { start, end, entry: chosen.entry, flag: chosen.flag } : { start, end, entry: chosen.entry });
	}
	return select(candidates).map((c) => mention(text, withContext(text, c), compiled));
}

/** A selected candidate with the flags only its neighbours can tell (`part-of-name`). */
function withContext(text: string, c: Candidate): Candidate {
	if (c.flag || !isWordCode(text.charCodeAt(c.start))) return c;
	if (inLongerName(text, c.start, c.end) || (c.entry.rule === "word" && inCompound(text, c.start, c.end))) return { ...c, flag: "part-of-name" };
	return c;
}

/** True when a hyphen joins the mention to a word (`Battery-storage`, `Iran-related`): an ordinary word's compound, not the name. */
function inCompound(text: string, start: number, end: number): boolean {
	const hyphen = 0x2d;
	return (text.charCodeAt(end) === hyphen && isWordCode(text.charCodeAt(end + 1))) || (text.charCodeAt(start - 1) === hyphen && isWordCode(text.charCodeAt(start - 2)));
}

interface Candidate extends Chosen {
	readonly start: number;
	readonly end: number;
}

/** The name a hit stands for, and its flag there. */
interface Chosen {
	readonly entry: NameEntry;
	readonly flag?: FlagReason;
}

/**
 * The name behind pattern `id` that the text at `start` stands for, as Obsidian would resolve it:
 * a name written with the text's own capitals before one matched case aside; a note's name before
 * another note's alias; of notes with the same name, the nearest to `notePath`. Two aliases that
 * still tie are `shared`. Undefined when no name matches (a case-exact name in another case).
 */
function entryAt(compiled: Compiled, id: number, text: string, start: number, notePath: string | undefined): Chosen | undefined {
	const list = compiled.entries[id]!;
	if (list.length === 1 && list[0]!.rule === "folded") return chosen(list[0]!, undefined);
	let best: NameEntry | undefined;
	let bestScore = Infinity;
	let tie = false;
	for (const entry of list) {
		const cased = exactAt(text, start, entry.cased, compiled.tables.exact);
		if (!cased && entry.rule === "exact") continue;
		const score = (cased ? 0 : entry.rule === "word" ? 16 : 1) + rank(entry);
		if (score < bestScore) [best, bestScore, tie] = [entry, score, false];
		else if (score === bestScore && best !== undefined && best.entity !== entry.entity) {
			if (entry.isName && best.isName) best = nearer(compiled, best, entry, notePath);
			else tie = true;
		}
	}
	if (best === undefined) return undefined;
	if (tie) return { entry: best, flag: "shared" };
	if (best.rule === "word" && bestScore >= 16) return chosen(best, "lower-case");
	if (best.rule === "word" && !best.flag && !best.alias.includes(" ") && atSentenceStart(text, start)) return chosen(best, "sentence-start");
	return chosen(best, undefined);
}

/**
 * True when the mention at `[start, end)` is written beside another capitalised word — one space
 * before or after, the other word not starting a sentence — as part of a longer name
 * (`Latin America`, `Iranian Revolution`, `Sky Bet`, `Oxford University Press`).
 */
function inLongerName(text: string, start: number, end: number): boolean {
	return capitalisedBefore(text, start) || capitalisedAt(text, end + 1, text.charCodeAt(end) === 0x20);
}

function capitalisedBefore(text: string, start: number): boolean {
	if (text.charCodeAt(start - 1) !== 0x20) return false;
	let from = start - 1;
	while (from > 0 && isWordCode(text.charCodeAt(from - 1))) from--;
	return from < start - 1 && capitalisedAt(text, from, true) && !atSentenceStart(text, from);
}

/** True when a capitalised word of two letters or more, with a lower-case letter, starts at `i`. */
function capitalisedAt(text: string, i: number, spaced: boolean): boolean {
	if (!spaced || !isUpper(text.charCodeAt(i))) return false;
	let j = i + 1;
	let lower = false;
	for (; j < text.length && isWordCode(text.charCodeAt(j)); j++) if (isLower(text.charCodeAt(j))) lower = true;
	return lower && j - i >= 2;
}

function chosen(entry: NameEntry, flag: FlagReason | undefined): Chosen {
	const reason = entry.flag ?? flag;
	return reason ? { entry, flag: reason } : { entry };
}

/** Of two notes with the same name, the one Obsidian links from `notePath`: the nearest (see `nearness`). */
function nearer(compiled: Compiled, a: NameEntry, b: NameEntry, notePath: string | undefined): NameEntry {
	const pa = compiled.entities[a.entity]!.path;
	const pb = compiled.entities[b.entity]!.path;
	return nearness(pb, notePath) < nearness(pa, notePath) ? b : a;
}

/**
 * How far a note is from the note linking it, smaller is nearer: the folders of `notePath` it is
 * not in, then its depth; paths compare as a last tie-break where the caller keeps the first.
 */
function nearness(path: string, notePath: string | undefined): number {
	const folders = path.split("/").slice(0, -1);
	const from = notePath === undefined ? [] : notePath.split("/").slice(0, -1);
	let shared = 0;
	while (shared < folders.length && shared < from.length && folders[shared] === from[shared]) shared++;
	return (from.length - shared) * 1024 + folders.length;
}

/**
 * True when `start` begins a sentence of prose: after a full stop, `!` or `?`, or at the start of
 * a line — with only spaces, quotes, brackets and emphasis between. A table cell or a list item's
 * first word is a label, not the start of a sentence: names there keep their capitals' meaning.
 */
function atSentenceStart(text: string, start: number): boolean {
	let i = start - 1;
	while (i >= 0 && SENTENCE_LEAD.has(text.charCodeAt(i))) i--;
	if (i < 0) return true;
	const c = text.charCodeAt(i);
	if (SENTENCE_END.has(c)) return !listNumber(text, i);
	return c === 0x0a || c === 0x0d;
}

/** True when the `.` at `i` ends a list item's number at a line's start (`1. Target`). */
function listNumber(text: string, i: number): boolean {
	let j = i - 1;
	while (j >= 0 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j--;
	return j < i - 1 && (j < 0 || text.charCodeAt(j) === 0x0a);
}

/** What may stand between a sentence's end and its first word: spaces, quotes, brackets, emphasis, a quote's `>`. */
const SENTENCE_LEAD = new Set(Array.from(" \t*_~\"'“‘«「『(>", (c) => c.charCodeAt(0)));
/** What ends a sentence: `.`, `!`, `?`, `。`, `！`, `？`. */
const SENTENCE_END = new Set(Array.from(".!?。！？", (c) => c.charCodeAt(0)));

/** Word boundaries at the edges that are word units, no `@` beside, not inside a domain (`x.deepseek`, `deepseek.com`). */
function onBoundaries(text: string, start: number, end: number, edges: number, loose: Uint16Array): boolean {
	if (edges & STARTS_WORD) {
		const before = foldedAt(text, start - 1, loose);
		if (isWordCode(before) || before === AT) return false;
		if (before === DOT && isWordCode(foldedAt(text, start - 2, loose))) return false;
	}
	if (edges & ENDS_WORD) {
		const after = foldedAt(text, end, loose);
		if (isWordCode(after) || after === AT) return false;
		if (after === DOT && isWordCode(foldedAt(text, end + 1, loose))) return false;
	}
	return true;
}

/** The folded unit at `i`; a space outside the text. */
function foldedAt(text: string, i: number, loose: Uint16Array): number {
	return i >= 0 && i < text.length ? loose[text.charCodeAt(i)]! : 0x20;
}

/** Longest run of text looked at around a mention for an address. */
const ADDRESS_SCAN = 256;

/**
 * Where an address may start: `://`, or `www.` not after a letter or digit, any case. Found once
 * per text, so a mention costs a look-up, not a scan back through its run.
 */
const ADDRESS_START = /:\/\/|www\./gi;

/** The `ADDRESS_START` matches of a text, in order: `from[k]…to[k]`. */
interface Addresses {
	readonly from: readonly number[];
	readonly to: readonly number[];
}

function addressesIn(text: string): Addresses {
	const from: number[] = [];
	const to: number[] = [];
	ADDRESS_START.lastIndex = 0;
	for (let match = ADDRESS_START.exec(text); match !== null; match = ADDRESS_START.exec(text)) {
		from.push(match.index);
		to.push(ADDRESS_START.lastIndex);
	}
	return { from, to };
}

/**
 * True when the run of non-space text before the mention (up to `ADDRESS_SCAN` units) holds the
 * start of an address (`https://…`, `www.…`): GFM's autolinks run to the next space, through
 * CJK text too, and the parser may end them sooner — so nothing after an address in the same
 * run is linked. `www.` counts at the start of the run or after a unit that is no letter or digit.
 */
function afterAddress(text: string, start: number, addresses: Addresses): boolean {
	const lowest = Math.max(0, start - ADDRESS_SCAN);
	let runStart = -1;
	for (let k = firstAtOrAfter(addresses.from, lowest); k < addresses.from.length && addresses.from[k]! < start; k++) {
		const from = addresses.from[k]!;
		if (addresses.to[k]! > start) continue;
		if (runStart < 0) runStart = startOfRun(text, start, lowest);
		if (from < runStart) continue;
		if (text.charCodeAt(from) === COLON || from === runStart || !isAsciiAlphanumeric(text.charCodeAt(from - 1))) return true;
	}
	return false;
}

/** The start of the run of non-space text ending at `start`, not before `lowest`. */
function startOfRun(text: string, start: number, lowest: number): number {
	let from = start;
	while (from > lowest && !isSpaceOrAngle(text.charCodeAt(from - 1))) from--;
	return from;
}

/** Binary search: the first index of the sorted `values` whose value is at least `value`. */
function firstAtOrAfter(values: readonly number[], value: number): number {
	let lo = 0;
	let hi = values.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (values[mid]! < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function isAsciiAlphanumeric(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** True when a Latin mention sits in an ASCII run holding `@`: an e-mail address or a handle. */
function inEmail(text: string, start: number, end: number): boolean {
	let from = start;
	while (from > 0 && start - from < ADDRESS_SCAN && isAddressCode(text.charCodeAt(from - 1))) from--;
	let to = end;
	while (to < text.length && to - end < ADDRESS_SCAN && isAddressCode(text.charCodeAt(to))) to++;
	return text.slice(from, to).includes("@");
}

function isSpaceOrAngle(c: number): boolean {
	return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3c || c === 0x3000;
}

/** Printable ASCII but space. */
function isAddressCode(c: number): boolean {
	return c > 0x20 && c < 0x7f;
}

function exactAt(text: string, start: number, exact: string, table: Uint16Array): boolean {
	for (let j = 0; j < exact.length; j++) if (table[text.charCodeAt(start + j)] !== exact.charCodeAt(j)) return false;
	return true;
}

/**
 * Longest first, then leftmost; a candidate overlapping one already taken is dropped. The
 * candidates come in order of their ends. They fall into groups that overlap among themselves
 * and with no other: most groups hold one candidate, and only the others need the rule.
 */
function select(candidates: Candidate[]): Candidate[] {
	if (disjoint(candidates)) return candidates;
	// Groups as [from, to) runs of `sorted` (by start), with the end of each; a candidate reaching
	// back into earlier groups merges them.
	const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
	const out: Candidate[] = [];
	let from = 0;
	let end = -1;
	for (let i = 0; i <= sorted.length; i++) {
		const c = sorted[i];
		if (c !== undefined && c.start < end) {
			end = Math.max(end, c.end);
			continue;
		}
		if (i - from === 1) out.push(sorted[from]!);
		else if (i > from) out.push(...resolveGroup(sorted.slice(from, i)));
		from = i;
		end = c?.end ?? end;
	}
	return out;
}

/** One group of overlapping candidates: longest first, then leftmost, each kept if it overlaps none kept; in text order. */
function resolveGroup(group: Candidate[]): Candidate[] {
	group.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const kept: Candidate[] = [];
	for (const c of group) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
	return kept.sort((a, b) => a.start - b.start);
}

/** True when each candidate starts at or after the end of the one before. */
function disjoint(candidates: readonly Candidate[]): boolean {
	for (let i = 1; i < candidates.length; i++) if (candidates[i]!.start < candidates[i - 1]!.end) return false;
	return true;
}

function mention(text: string, c: Candidate, compiled: Compiled): Mention {
	const entity = compiled.entities[c.entry.entity]!;
	const target = compiled.targets[c.entry.entity];
	const mention: { -readonly [K in keyof Mention]: Mention[K] } = { from: c.start, to: c.end, surface: surfaceOf(text, c.start, c.end, c.entry.alias), entity: entity.name, path: entity.path, alias: c.entry.alias };
	if (target) mention.target = target;
	if (c.flag) mention.flag = c.flag;
	return mention;
}

/**
 * The text of a mention: the alias itself when written as the alias is, else a copy. Never a
 * plain slice: V8 shares a long slice with the whole note, and a vault run's report keeps every
 * edit's surface, so slices would keep every note's text alive to the end of the run.
 */
function surfaceOf(text: string, from: number, to: number, alias: string): string {
	if (to - from === alias.length && text.startsWith(alias, from)) return alias;
	return copyOf(text, from, to);
}

/** What `resolveName` looks names up in, built once per matcher. */
interface Lookup {
	/** Note names (folded) → the entities of that name; then aliases → the first entity with it. */
	readonly names: ReadonlyMap<string, readonly number[]>;
	readonly aliases: ReadonlyMap<string, number>;
	/** Lower-case paths without `.md` → entity. */
	readonly paths: ReadonlyMap<string, number>;
	/**
	 * Link targets as written → what they resolve to: an entity, the notes of one name (the nearest
	 * depends on the linking note), or null. A vault's links name the same notes again and again.
	 */
	readonly resolved: Map<string, number | readonly number[] | null>;
	/** Entity → what a link to it writes as its target (`linkTargetOf`). */
	readonly targets: Map<Entity, string>;
}

const lookups = new WeakMap<Matcher, Lookup>();

function lookupOf(matcher: Matcher): Lookup {
	let lookup = lookups.get(matcher);
	if (lookup) return lookup;
	const compiled = matcher.automaton as Compiled;
	const names = new Map<string, number[]>();
	const aliases = new Map<string, number>();
	const paths = new Map<string, number>();
	compiled.entities.forEach((entity, index) => {
		const key = foldString(entity.name, compiled.tables.loose);
		names.set(key, [...(names.get(key) ?? []), index]);
		for (const alias of entity.aliases) if (!aliases.has(foldString(alias, compiled.tables.loose))) aliases.set(foldString(alias, compiled.tables.loose), index);
		paths.set(entity.path.replace(/\.md$/i, "").toLowerCase(), index);
	});
	lookup = { names, aliases, paths, resolved: new Map(), targets: new Map() };
	lookups.set(matcher, lookup);
	return lookup;
}

/**
 * The entity a link target names (`DeepSeek`, `Entities/DeepSeek.md#History`, `Hugging%20Face.md`,
 * `es/Canvas`, or one of its aliases), as Obsidian resolves it: a path names its note; a note's
 * name before another note's alias; of notes with one name, the nearest to `notePath`. Undefined
 * for anything else (URLs…).
 */
export function resolveName(matcher: Matcher, target: string, notePath?: string): Entity | undefined {
	const compiled = matcher.automaton as Compiled;
	const lookup = lookupOf(matcher);
	let found = lookup.resolved.get(target);
	if (found === undefined) lookup.resolved.set(target, (found = resolveTarget(lookup, compiled, target)));
	if (found === null) return undefined;
	return compiled.entities[typeof found === "number" ? found : nearest(compiled, found, notePath)];
}

/** What `target` resolves to before the linking note is known (see `Lookup.resolved`). */
function resolveTarget(lookup: Lookup, compiled: Compiled, target: string): number | readonly number[] | null {
	const link = linkPath(target);
	if (link === null) return null;
	const byPath = link.includes("/") ? lookup.paths.get(link.toLowerCase()) : undefined;
	if (byPath !== undefined) return byPath;
	const key = foldString(link.slice(link.lastIndexOf("/") + 1).trim(), compiled.tables.loose);
	const named = lookup.names.get(key);
	if (named) return named.length === 1 ? named[0]! : named;
	return lookup.aliases.get(key) ?? null;
}

function nearest(compiled: Compiled, indexes: readonly number[], notePath: string | undefined): number {
	let best = indexes[0]!;
	for (const index of indexes.slice(1)) if (nearness(compiled.entities[index]!.path, notePath) < nearness(compiled.entities[best]!.path, notePath)) best = index;
	return best;
}

/** What a link to `entity` writes as its target: the note name, or its path without `.md` where another note has the name. */
export function linkTargetOf(matcher: Matcher, entity: Entity): string {
	const compiled = matcher.automaton as Compiled;
	const lookup = lookupOf(matcher);
	let target = lookup.targets.get(entity);
	if (target === undefined) {
		const index = lookup.paths.get(entity.path.replace(/\.md$/i, "").toLowerCase());
		lookup.targets.set(entity, (target = (index === undefined ? null : compiled.targets[index]) ?? entity.name));
	}
	return target;
}

/** A link target's note part: no heading or block part, no `.md`, decoded; null for a URL or nothing. */
function linkPath(target: string): string | null {
	if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null;
	let name = target.split("#")[0]!.split("|")[0]!;
	try {
		name = decodeURIComponent(name);
	} catch {
		// Not percent-encoded: keep as written.
	}
	name = name.replace(/^\/+/, "").replace(/\.md$/i, "").trim();
	return name === "" ? null : name;
}
