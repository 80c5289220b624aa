/**
 * The orders the panel sorts questions in. Each is total — ties fall back to the note's path and
 * the question's line — so a question has exactly one place in a sorted list and can be found
 * there by binary search (which is how the index keeps its sorted lists current one note at a time).
 */
import { linkDisplayText } from "../text/link-text";
import type { Question } from "./model";

export type SortBy = "published" | "age" | "review" | "title";

export const SORTS: readonly SortBy[] = ["published", "age", "review", "title"];

type Compare = (a: Question, b: Question) => number;

/** Ascending text compare with `null` last. */
function nullsLast(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? -1 : 1;
}

/** Descending text compare with `null` last. */
function newestFirst(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a > b ? -1 : 1;
}

function place(a: Question, b: Question): number {
	if (a.path !== b.path) return a.path < b.path ? -1 : 1;
	return a.line - b.line;
}

/** Newest publication first. */
const byPublished: Compare = (a, b) => newestFirst(a.note.published, b.note.published) || place(a, b);

/** Oldest first: the longest-open questions lead (created, else published). */
const byAge: Compare = (a, b) => nullsLast(a.note.created ?? a.note.published, b.note.created ?? b.note.published) || place(a, b);

/** Earliest review date first; questions without one after, newest publication first. */
const byReview: Compare = (a, b) => nullsLast(a.review, b.review) || byPublished(a, b);

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

/** The title as the panel shows it: `[[Stargate|星門]]資料中心` sorts as 星門資料中心. */
const shownTitle = (q: Question): string => (q.title.includes("[[") ? linkDisplayText(q.title) : q.title);

const byTitle: Compare = (a, b) => collator.compare(shownTitle(a), shownTitle(b)) || place(a, b);

export const COMPARE: Readonly<Record<SortBy, Compare>> = { published: byPublished, age: byAge, review: byReview, title: byTitle };

/** Index of the first element not less than `q` in `list` sorted by `compare`. */
export function lowerBound(list: readonly Question[], q: Question, compare: Compare): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (compare(list[mid]!, q) < 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
