/**
 * What the panel says about a question's time: its review date when it has one ("review in 3
 * days", "review overdue by 2 weeks"), else its age ("opened 3 months ago"), in the interface
 * language — the date-fns locale is chosen by the adapter and passed in, as is the current time.
 */
import { formatDistance, type Locale } from "date-fns";
import { toDate } from "./dates";
import type { Question } from "./model";

/** The pieces of a question's time line; the adapter fills its translated template with `distance`. */
export type TimeLine =
	| { readonly kind: "review-due"; readonly distance: string; readonly date: string }
	| { readonly kind: "review-overdue"; readonly distance: string; readonly date: string }
	| { readonly kind: "age"; readonly distance: string; readonly date: string }
	| { readonly kind: "none" };

/** The time line for a question at `now`. */
export function timeLine(q: Question, now: Date, locale?: Locale): TimeLine {
	const review = toDate(q.review);
	const active = q.status === "open" || q.status === "investigating";
	if (review && active) {
		const distance = formatDistance(review, now, { locale });
		return { kind: review.getTime() < now.getTime() ? "review-overdue" : "review-due", distance, date: q.review ?? "" };
	}
	const since = q.note.created ?? q.note.published;
	const opened = toDate(since);
	if (!opened) return { kind: "none" };
	return { kind: "age", distance: formatDistance(opened, now, { locale }), date: since ?? "" };
}

/** `YYYY-MM-DD` of a date in local time (for "today" and for review dates the user picks). */
export function dayOf(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, "0");
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
