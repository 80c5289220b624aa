/**
 * Reading the dates people type or copy from an article (`2025-12-05 14:42`, `2025年12月5日 14:42`,
 * `Dec 5, 2025`, `5 December 2025`, ISO with or without an offset) into the form Obsidian's date &
 * time properties store (`2025-12-05T14:42`), saying how the input was understood. The wall-clock
 * time is kept as written: an offset (`+08:00`, `Z`) is noted, not converted, so the property shows
 * the time the article shows. One unit with its examples.
 */
import { isValid, parse } from "date-fns";
import { fail, ok, type Result } from "./model";
import { formatMoment, momentToDateFns } from "./moment";

/** A date read from user input. */
export interface ReadDate {
	/** The property value: `2025-12-05T14:42`, or `2025-12-05` when no time was given. */
	readonly property: string;
	/** The same instant as a local `Date`. */
	readonly date: Date;
	/** The Moment-style format the input matched, e.g. `YYYY年M月D日 HH:mm`. */
	readonly format: string;
	/** Whether the input had a time of day. */
	readonly hasTime: boolean;
	/** The offset written after an ISO time (`+08:00`, `Z`), which was not applied; empty if none. */
	readonly offset: string;
	/** How it was understood, for the user: `Friday 5 December 2025, 14:42`. */
	readonly understood: string;
}

/** Formats tried in order; each is Moment-style, so the same table documents what is accepted. */
const FORMATS: readonly string[] = [
	"YYYY-MM-DDTHH:mm:ss", "YYYY-MM-DDTHH:mm", "YYYY-MM-DD HH:mm:ss", "YYYY-MM-DD HH:mm", "YYYY-MM-DD",
	"YYYY/M/D HH:mm", "YYYY/M/D", "YYYY.M.D HH:mm", "YYYY.M.D",
	"YYYY年M月D日 HH:mm", "YYYY年M月D日HH:mm", "YYYY年M月D日 H時m分", "YYYY年M月D日 H时m分", "YYYY年M月D日",
	// Abbreviated month names first: date-fns reads "Dec" with MMMM too, and the format must say what was written.
	"MMM D, YYYY HH:mm", "MMM D, YYYY h:mm A", "MMM D, YYYY, h:mm A", "MMM D, YYYY",
	"MMMM D, YYYY HH:mm", "MMMM D, YYYY h:mm A", "MMMM D, YYYY, h:mm A", "MMMM D, YYYY",
	"D MMM YYYY HH:mm", "D MMM YYYY", "D MMMM YYYY HH:mm", "D MMMM YYYY",
];

/** An ISO date-time: the part kept (date, hours, minutes, seconds), then fractions and an offset, dropped. */
const ISO = /^(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?)(?:\.\d+)?(Z|[+-]\d\d:?\d\d)?$/;
/** Full-width digits, colons and spaces, which Chinese input methods produce. */
const FULL_WIDTH = /[\uFF10-\uFF19\uFF1A\u3000]/g;

/** Reads a date the user typed, or says it cannot. */
export function readDate(input: string): Result<ReadDate> {
	const cleaned = input.replace(FULL_WIDTH, halfWidth).replace(/\s+/g, " ").trim();
	const iso = ISO.exec(cleaned);
	const text = iso?.[1] ?? cleaned;
	for (const format of FORMATS) {
		const date = parseWith(text, format);
		if (date) return ok(describe(date, format, iso?.[2] ?? ""));
	}
	return fail({ kind: "bad-date", input });
}

function parseWith(text: string, format: string): Date | null {
	const pattern = momentToDateFns(format);
	if (!pattern.ok) return null;
	const date = parse(text, pattern.value, new Date(2000, 0, 1));
	return isValid(date) && date.getFullYear() >= 1000 ? date : null;
}

function describe(date: Date, format: string, offset: string): ReadDate {
	const hasTime = /[Hh]/.test(format);
	const property = unwrap(formatMoment(date, hasTime ? "YYYY-MM-DDTHH:mm" : "YYYY-MM-DD"));
	const understood = unwrap(formatMoment(date, hasTime ? "dddd D MMMM YYYY, HH:mm" : "dddd D MMMM YYYY"));
	return { property, date, format, hasTime, offset, understood: offset ? `${understood} (${offset} kept as written)` : understood };
}

/** Formats a property value (`2025-12-05T14:42` or `2025-12-05`) back into a date, or null. */
export function propertyDate(value: string): Date | null {
	for (const format of ["YYYY-MM-DDTHH:mm", "YYYY-MM-DD"]) {
		const date = parseWith(value, format);
		if (date) return date;
	}
	return null;
}

function unwrap(result: Result<string>): string {
	return result.ok ? result.value : "";
}

function halfWidth(char: string): string {
	if (char === "\u3000") return " ";
	return String.fromCharCode(char.charCodeAt(0) - 0xfee0);
}

/** Examples: input → the property value and the matched format (or `null`: not a date). */
export const DATE_EXAMPLES: readonly { readonly input: string; readonly property: string | null; readonly format?: string }[] = [
	{ input: "2025-12-05 14:42", property: "2025-12-05T14:42", format: "YYYY-MM-DD HH:mm" },
	{ input: "2025年12月5日 14:42", property: "2025-12-05T14:42", format: "YYYY年M月D日 HH:mm" },
	{ input: "２０２５年１２月５日　１４：４２", property: "2025-12-05T14:42", format: "YYYY年M月D日 HH:mm" },
	{ input: "2025年12月5日", property: "2025-12-05", format: "YYYY年M月D日" },
	{ input: "Dec 5, 2025", property: "2025-12-05", format: "MMM D, YYYY" },
	{ input: "December 5, 2025, 2:42 PM", property: "2025-12-05T14:42", format: "MMMM D, YYYY, h:mm A" },
	{ input: "5 December 2025", property: "2025-12-05", format: "D MMMM YYYY" },
	{ input: "5 Dec 2025 14:42", property: "2025-12-05T14:42", format: "D MMM YYYY HH:mm" },
	{ input: "2025-12-05T14:42", property: "2025-12-05T14:42", format: "YYYY-MM-DDTHH:mm" },
	{ input: "2025-12-05T14:42:00+08:00", property: "2025-12-05T14:42", format: "YYYY-MM-DDTHH:mm:ss" },
	{ input: "2025-12-05T06:42:00.000Z", property: "2025-12-05T06:42", format: "YYYY-MM-DDTHH:mm:ss" },
	{ input: "2025/12/5", property: "2025-12-05", format: "YYYY/M/D" },
	{ input: "2025-02-30", property: null },
	{ input: "next Tuesday", property: null },
	{ input: "", property: null },
];
