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
import { CASE_EXACT_WORDS, COMMON_WORDS } from "./common-words";
import { buildAutomaton, type Automaton } from "./automaton";
import { foldString, foldTables, isLower, isUpper, isWordCode, type FoldTables } from "./normalize";
import type { Entity, FlaggedAlias, FlagReason, MatchOptions, Matcher, Mention, Registry } from "./types";

/** One name of one entity behind a folded pattern. */
interface NameEntry {
	/** Index into `Compiled.entities`. */
	readonly entity: number;
	/** The name as the entity note writes it. */
	readonly alias: string;
	/** For case-exact names: the name folded without case, compared unit by unit with the text. */
	readonly exact: string | null;
	readonly flag?: FlagReason;
}

/** What `Matcher.automaton` holds. */
interface Compiled {
	readonly automaton: Automaton;
	readonly tables: FoldTables;
	readonly entities: readonly Entity[];
	/** Entries by pattern id. */
	readonly entries: readonly (readonly NameEntry[])[];
	/** By pattern id: bit 1 when the pattern starts with a word unit, bit 2 when it ends with one. */
	readonly edges: Uint8Array;
}

const STARTS_WORD = 1;
const ENDS_WORD = 2;

const DOT = 0x2e;
const AT = 0x40;
const COLON = 0x3a;

/** Compiles every name (note name and aliases) of every entity into one automaton. */
export function buildMatcher(registry: Registry, options: MatchOptions): Matcher {
	const tables = foldTables(options.variants?.fold);
	// By path; the default sort compares UTF-16 code units with no comparator to call back.
	const entities = [...registry.byPath.keys()].sort().map((path) => registry.byPath.get(path)!);
	const words = wordSets(tables);
	const byKey = new Map<string, NameEntry[]>();
	entities.forEach((entity, index) => {
		for (const alias of namesOf(entity)) addName(byKey, tables, options, words, entity, index, alias);
	});
	const flagged = markShared(byKey, entities);
	const patterns = [...byKey.keys()];
	const entries = patterns.map((key) => byKey.get(key)!);
	const edges = Uint8Array.from(patterns, (p) => (isWordCode(p.charCodeAt(0)) ? STARTS_WORD : 0) | (isWordCode(p.charCodeAt(p.length - 1)) ? ENDS_WORD : 0));
	const compiled: Compiled = { automaton: buildAutomaton(patterns, tables.loose), tables, entities, entries, edges };
	return { registry, options, flagged: [...flagged, ...flaggedNames(entries, entities)], size: patterns.length, automaton: compiled };
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
	const flag = flagOf(entity, alias, key, tables, options, words);
	const exact = isCaseExact(alias, key, words) ? foldString(alias, tables.exact) : null;
	const keys = [key, ...(options.variants?.expand(key) ?? [])];
	for (const k of keys) {
		let list = byKey.get(k);
		if (list === undefined) byKey.set(k, (list = []));
		else if (list.some((e) => e.entity === index)) continue;
		const entry: NameEntry = { entity: index, alias, exact: exact !== null && exact.length === k.length ? exact : null };
		list.push(flag ? { ...entry, flag } : entry);
	}
}

function flagOf(entity: Entity, alias: string, key: string, tables: FoldTables, options: MatchOptions, words: WordSets): FlagReason | undefined {
	if (!entity.link) return "link-disabled";
	const same = (other: string) => foldString(other, tables.loose) === key;
	if (entity.excludedAliases.some(same)) return "excluded";
	if (options.allowFlagged || entity.allowedAliases.some(same)) return undefined;
	if (alias.length <= 2 && Array.from(alias).length === 1) return "single-character";
	if (words.common.has(key)) return "common-word";
	return undefined;
}

/** Acronyms (capitals, no lower case: `US`, `ASPI`, `FT中文網`) and capitalised ordinary words match case-exactly. */
function isCaseExact(alias: string, key: string, words: WordSets): boolean {
	let upper = false;
	for (let i = 0; i < alias.length; i++) {
		const c = alias.charCodeAt(i);
		if (isLower(c)) return (words.common.has(key) || words.caseExact.has(key)) && hasUpper(alias);
		if (isUpper(c)) upper = true;
	}
	return upper;
}

function hasUpper(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (isUpper(text.charCodeAt(i))) return true;
	return false;
}

/** Flags names claimed by two or more entities as `shared`; returns them. */
function markShared(byKey: Map<string, NameEntry[]>, entities: readonly Entity[]): FlaggedAlias[] {
	const flagged: FlaggedAlias[] = [];
	for (const [key, list] of byKey) {
		if (list.length < 2) continue;
		byKey.set(key, list.map((entry) => ({ ...entry, flag: "shared" })));
		for (const entry of list) flagged.push(flaggedAlias(entities, entry, "shared"));
	}
	return flagged;
}

function flaggedNames(entries: readonly (readonly NameEntry[])[], entities: readonly Entity[]): FlaggedAlias[] {
	const seen = new Set<string>();
	const out: FlaggedAlias[] = [];
	for (const list of entries) {
		for (const entry of list) {
			if (!entry.flag || entry.flag === "shared") continue;
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
 * (`@OpenAI`) is no mention. CJK names match anywhere in running text.
 */
export function findMentions(matcher: Matcher, text: string): Mention[] {
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
		const entry = entryAt(compiled, id, text, start);
		if (entry) candidates.push({ start, end, entry });
	}
	return select(candidates, text.length).map((c) => mention(text, c, compiled.entities));
}

interface Candidate {
	readonly start: number;
	readonly end: number;
	readonly entry: NameEntry;
}

/** The first name behind pattern `id` that the text at `start` matches (case-exact names compare case). */
function entryAt(compiled: Compiled, id: number, text: string, start: number): NameEntry | undefined {
	for (const entry of compiled.entries[id]!) if (entry.exact === null || exactAt(text, start, entry.exact, compiled.tables.exact)) return entry;
	return undefined;
}

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
 * candidates come in order of their ends; when none overlaps the next (the usual case), every
 * one is kept, already in text order.
 */
function select(candidates: Candidate[], length: number): Candidate[] {
	if (disjoint(candidates)) return candidates;
	candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const taken = new Uint8Array(length);
	const out: Candidate[] = [];
	for (const c of candidates) {
		if (taken[c.start] || taken[c.end - 1] || overlaps(taken, c)) continue;
		taken.fill(1, c.start, c.end);
		out.push(c);
	}
	return out.sort((a, b) => a.start - b.start);
}

/** True when each candidate starts at or after the end of the one before. */
function disjoint(candidates: readonly Candidate[]): boolean {
	for (let i = 1; i < candidates.length; i++) if (candidates[i]!.start < candidates[i - 1]!.end) return false;
	return true;
}

function overlaps(taken: Uint8Array, c: Candidate): boolean {
	for (let i = c.start; i < c.end; i++) if (taken[i]) return true;
	return false;
}

function mention(text: string, c: Candidate, entities: readonly Entity[]): Mention {
	const entity = entities[c.entry.entity]!;
	const base = { from: c.start, to: c.end, surface: surfaceOf(text, c.start, c.end, c.entry.alias), entity: entity.name, path: entity.path, alias: c.entry.alias };
	return c.entry.flag ? { ...base, flag: c.entry.flag } : base;
}

/**
 * The text of a mention: the alias itself when written as the alias is, else a copy. Never a
 * plain slice: V8 shares a long slice with the whole note, and a vault run's report keeps every
 * edit's surface, so slices would keep every note's text alive to the end of the run.
 */
function surfaceOf(text: string, from: number, to: number, alias: string): string {
	if (to - from === alias.length && text.startsWith(alias, from)) return alias;
	const units: number[] = [];
	for (let i = from; i < to; i++) units.push(text.charCodeAt(i));
	return String.fromCharCode(...units);
}

const targets = new WeakMap<Matcher, Map<string, Entity>>();

/**
 * The entity a link target names (`DeepSeek`, `Entities/DeepSeek.md#History`, `Hugging%20Face.md`,
 * or one of its aliases), compared as names are matched; undefined for anything else (URLs…).
 */
export function resolveName(matcher: Matcher, target: string): Entity | undefined {
	const compiled = matcher.automaton as Compiled;
	let map = targets.get(matcher);
	if (!map) {
		map = new Map();
		for (const entity of compiled.entities) {
			for (const name of namesOf(entity)) if (!map.has(foldString(name, compiled.tables.loose))) map.set(foldString(name, compiled.tables.loose), entity);
		}
		targets.set(matcher, map);
	}
	const name = linkName(target);
	return name === null ? undefined : map.get(foldString(name, compiled.tables.loose));
}

/** The note name a link target points at: no heading or block part, no folders, no `.md`, decoded. */
function linkName(target: string): string | null {
	if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null;
	let name = target.split("#")[0]!.split("|")[0]!;
	try {
		name = decodeURIComponent(name);
	} catch {
		// Not percent-encoded: keep as written.
	}
	name = name.slice(name.lastIndexOf("/") + 1).replace(/\.md$/i, "").trim();
	return name === "" ? null : name;
}
