/**
 * The panel model: the questions the panel shows, filtered, grouped and in order, with the counts
 * its header needs. One pass over the index's sorted list; nothing re-read, nothing re-sorted.
 */
import { STATUSES, type Question, type QuestionStatus } from "./model";
import type { SortBy } from "./order";
import type { QuestionIndex } from "./vault-index";

export type GroupBy = "note" | "entity" | "outlet" | "keyword" | "status" | "none";

export const GROUPINGS: readonly GroupBy[] = ["note", "entity", "outlet", "keyword", "status", "none"];

/** Which questions to show. Every field is optional; an absent field does not filter. */
export interface QuestionQuery {
	/** Words that must all appear (case-insensitive) in the title, detail, note title, outlet or entities. */
	readonly text?: string;
	/** Statuses to show; absent shows all. */
	readonly statuses?: readonly QuestionStatus[];
	/** Any of these entity names (case-insensitive), in the question's or its note's entities. */
	readonly entities?: readonly string[];
	readonly outlet?: string;
	readonly keyword?: string;
	/** A note's path. */
	readonly note?: string;
}

export interface PanelOptions {
	readonly query: QuestionQuery;
	readonly groupBy: GroupBy;
	readonly sortBy: SortBy;
	/** The most questions the model lists (group counts still count them all). */
	readonly limit: number;
	/** Today as `YYYY-MM-DD`: reviews before it are overdue. */
	readonly today: string;
}

/** One group. `key` is the value grouped on (a path, a name, a status), `null` for "none". */
export interface PanelGroup {
	readonly key: string | null;
	/** What to call it: the note's title for notes, the key otherwise (`null` → the adapter's "none" label). */
	readonly label: string | null;
	/** Every matching question in the group, listed or not. */
	readonly count: number;
	readonly questions: readonly Question[];
}

export interface PanelModel {
	/** Questions matching the query except its status filter, per status (the header's counts). */
	readonly counts: Readonly<Record<QuestionStatus, number>>;
	/** Open or investigating questions matching the query whose review date has passed. */
	readonly overdue: number;
	/** Questions matching the whole query. */
	readonly matching: number;
	readonly groups: readonly PanelGroup[];
	/** True when `limit` cut the list short. */
	readonly truncated: boolean;
}

/** True when an open or investigating question's review date is before `today`. */
export function isOverdue(q: Question, today: string): boolean {
	return q.review !== null && q.review < today && (q.status === "open" || q.status === "investigating");
}

/** A predicate for everything in the query but the statuses. */
export function matcher(query: QuestionQuery): (q: Question) => boolean {
	const words = (query.text ?? "").toLowerCase().split(/\s+/).filter(Boolean).map(searchWord);
	const entities = query.entities?.map((e) => e.toLowerCase());
	const outlet = query.outlet?.toLowerCase();
	const keyword = query.keyword?.toLowerCase();
	return (q) =>
		(query.note === undefined || q.path === query.note) &&
		(outlet === undefined || q.note.outlet?.toLowerCase() === outlet) &&
		(keyword === undefined || q.note.keywords.some((k) => k.toLowerCase() === keyword)) &&
		(entities === undefined || mentions(q, entities)) &&
		(words.length === 0 || containsAll(q, words));
}

function mentions(q: Question, names: readonly string[]): boolean {
	return q.entities.some((e) => names.includes(e.toLowerCase())) || q.note.entities.some((e) => names.includes(e.toLowerCase()));
}

/** A lower-cased query word, ready to be looked for. */
interface SearchWord {
	readonly text: string;
	/** False for words case folding cannot change (CJK, digits): found by `includes` alone. */
	readonly cased: boolean;
	/**
	 * Characters one of which a field must hold for its lower-cased form to contain the word: the
	 * forms of its first letter when that is ASCII (`m` → `m`, `M`; `k` also the Kelvin sign and `i`
	 * the dotted capital I, the only other characters whose lower case is an ASCII letter). A
	 * field with none of them is passed over without lower-casing it; `null` when unknown.
	 */
	readonly firsts: readonly string[] | null;
}

function searchWord(text: string): SearchWord {
	const first = text.charAt(0);
	const ascii = first >= "a" && first <= "z";
	const extra = first === "k" ? ["\u212A"] : first === "i" ? ["\u0130"] : [];
	return { text, cased: text !== text.toUpperCase(), firsts: ascii ? [first, first.toUpperCase(), ...extra] : null };
}

/** True when every word is in one of the question's fields; CJK words need no case folding. */
function containsAll(q: Question, words: readonly SearchWord[]): boolean {
	return words.every((w) => has(q.title, w) || has(q.detail, w) || has(q.note.title, w) || has(q.note.outlet ?? "", w) || q.entities.some((e) => has(e, w)));
}

/** `field` contains `word`, as is or once lower-cased. */
function has(field: string, word: SearchWord): boolean {
	if (field.includes(word.text)) return true;
	if (!word.cased || (word.firsts !== null && !word.firsts.some((c) => field.includes(c)))) return false;
	return field.toLowerCase().includes(word.text);
}

/** The one key of questions without one, shared rather than allocated per question. */
const NO_KEY: readonly null[] = [null];

/** The keys a question is grouped under (several for entities and keywords; `[null]` when it has none). */
function keysOf(q: Question, groupBy: GroupBy): readonly (string | null)[] {
	switch (groupBy) {
		case "note":
			return [q.path];
		case "entity":
			return q.entities.length ? q.entities : NO_KEY;
		case "outlet":
			return [q.note.outlet];
		case "keyword":
			return q.note.keywords.length ? q.note.keywords : NO_KEY;
		case "status":
			return [q.status];
		case "none":
			return NO_KEY;
	}
}

interface Building {
	key: string | null;
	label: string | null;
	first: number;
	members: Question[];
}

/** The panel's model for the index and the options. */
export function panelModel(index: QuestionIndex, options: PanelOptions): PanelModel {
	return canTakeShortcut(options) ? panelModelByNote(index, options) : fullPanelModel(index, options);
}

/**
 * With no filter but statuses, grouped by note (or not at all) and sorted by a note-level key, the
 * index's counts answer the header and a note's questions sit together in the sorted list: the model
 * needs only the first `limit` questions, not a pass over the vault. Same result as the full pass.
 */
function canTakeShortcut({ query, groupBy, sortBy }: PanelOptions): boolean {
	const onlyStatuses = !query.text?.trim() && !query.entities && query.outlet === undefined && query.keyword === undefined && query.note === undefined;
	return onlyStatuses && (groupBy === "note" || groupBy === "none") && (sortBy === "published" || sortBy === "age");
}

function panelModelByNote(index: QuestionIndex, options: PanelOptions): PanelModel {
	const statuses = new Set(options.query.statuses ?? STATUSES);
	const counts = index.counts();
	const matching = STATUSES.reduce((n, s) => n + (statuses.has(s) ? counts[s] : 0), 0);
	let overdue = 0;
	for (const q of index.withReview()) if (statuses.has(q.status) && isOverdue(q, options.today)) overdue++;
	const groups: PanelGroup[] = [];
	let budget = options.limit;
	let current: { key: string | null; label: string | null; count: number; questions: Question[] } | null = null;
	for (const q of index.inOrder(options.sortBy)) {
		if (!statuses.has(q.status)) continue;
		const key = options.groupBy === "note" ? q.path : null;
		if (!current || current.key !== key) {
			if (budget <= 0) break;
			const count: number = key === null ? matching : (index.get(key)?.questions.filter((x) => statuses.has(x.status)).length ?? 0);
			current = { key, label: key === null ? null : q.note.title, count, questions: [] };
			groups.push(current);
		}
		if (budget > 0) {
			current.questions.push(q);
			budget--;
		} else if (options.groupBy === "none") break;
	}
	const listed = groups.reduce((n, g) => n + g.questions.length, 0);
	return { counts, overdue, matching, groups, truncated: listed < matching };
}

/** The model by one pass over the sorted list: any filter, any grouping. */
export function fullPanelModel(index: QuestionIndex, options: PanelOptions): PanelModel {	const matches = matcher(options.query);
	const statuses = new Set(options.query.statuses ?? STATUSES);
	const counts: Record<QuestionStatus, number> = { open: 0, investigating: 0, answered: 0, dropped: 0 };
	const groups = new Map<string | null, Building>();
	let overdue = 0;
	let matching = 0;
	for (const q of index.inOrder(options.sortBy)) {
		if (!matches(q)) continue;
		counts[q.status]++;
		if (!statuses.has(q.status)) continue;
		matching++;
		if (isOverdue(q, options.today)) overdue++;
		for (const key of keysOf(q, options.groupBy)) {
			let group = groups.get(key);
			if (!group) groups.set(key, (group = { key, label: options.groupBy === "note" ? q.note.title : key, first: groups.size, members: [] }));
			group.members.push(q);
		}
	}
	const ordered = orderGroups([...groups.values()], options.groupBy);
	const { listed, truncated } = cut(ordered, options.limit);
	return { counts, overdue, matching, groups: listed, truncated };
}

/** Notes and "none" in sort order; statuses in lifecycle order; names by size, then name; the "none" group last. */
function orderGroups(groups: Building[], groupBy: GroupBy): Building[] {
	if (groupBy === "note" || groupBy === "none") return groups;
	if (groupBy === "status") return groups.sort((a, b) => STATUSES.indexOf(a.key as QuestionStatus) - STATUSES.indexOf(b.key as QuestionStatus));
	return groups.sort((a, b) => Number(a.key === null) - Number(b.key === null) || b.members.length - a.members.length || (a.key ?? "").localeCompare(b.key ?? ""));
}

function cut(groups: readonly Building[], limit: number): { listed: PanelGroup[]; truncated: boolean } {
	let budget = limit;
	const listed: PanelGroup[] = [];
	for (const g of groups) {
		if (budget <= 0) return { listed, truncated: true };
		const questions = g.members.length <= budget ? g.members : g.members.slice(0, budget);
		budget -= questions.length;
		listed.push({ key: g.key, label: g.label, count: g.members.length, questions });
	}
	return { listed, truncated: listed.reduce((n, g) => n + g.count, 0) > listed.reduce((n, g) => n + g.questions.length, 0) };
}
