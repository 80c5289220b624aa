/**
 * Moment-style date formats, as every Obsidian user types them (`YYYY-MM-DD HH:mm`), translated to
 * date-fns patterns (`yyyy-MM-dd HH:mm`). Text in `[brackets]` is literal, as in Moment; any other
 * Latin letter that is not a token is an error rather than a silent surprise (`T` excepted: it is
 * the date–time separator everyone writes). One unit with its examples.
 */
import { format as formatDate } from "date-fns";
import { fail, ok, type Result } from "./model";

/** Moment token → date-fns token, longest tokens first so `YYYY` wins over `YY`. */
const TOKENS: readonly (readonly [string, string])[] = [
	["YYYY", "yyyy"], ["YY", "yy"],
	["GGGG", "RRRR"], ["gggg", "YYYY"],
	["Q", "Q"],
	["MMMM", "MMMM"], ["MMM", "MMM"], ["MM", "MM"], ["Mo", "Mo"], ["M", "M"],
	["DDDD", "DDD"], ["DDD", "D"], ["Do", "do"], ["DD", "dd"], ["D", "d"],
	["dddd", "EEEE"], ["ddd", "EEE"], ["dd", "EEEEEE"],
	["WW", "II"], ["W", "I"], ["ww", "ww"], ["w", "w"], ["E", "i"],
	["HH", "HH"], ["H", "H"], ["hh", "hh"], ["h", "h"], ["kk", "kk"], ["k", "k"],
	["mm", "mm"], ["m", "m"], ["ss", "ss"], ["s", "s"], ["SSS", "SSS"],
	["A", "a"], ["a", "aaa"],
	["X", "t"], ["x", "T"],
];

/** Latin letters Moment treats as literal text and that users write unbracketed. */
const LITERAL_LETTERS = new Set(["T"]);

/** Translates a Moment-style format to a date-fns pattern, or says which part is wrong. */
export function momentToDateFns(format: string): Result<string> {
	let out = "";
	let literal = "";
	const flush = () => {
		// Quoted runs for text; a quote itself is written '' outside them (date-fns' escape).
		if (literal) out += literal.split("'").map((part) => (part ? `'${part}'` : "")).join("''");
		literal = "";
	};
	for (let i = 0; i < format.length; ) {
		const char = format[i] ?? "";
		if (char === "[") {
			const close = format.indexOf("]", i);
			if (close < 0) return fail({ kind: "bad-format", format, problem: { kind: "unclosed-bracket" } });
			literal += format.slice(i + 1, close);
			i = close + 1;
			continue;
		}
		const token = /[A-Za-z]/.test(char) ? TOKENS.find(([moment]) => format.startsWith(moment, i)) : undefined;
		if (token) {
			flush();
			out += token[1];
			i += token[0].length;
		} else if (/[A-Za-z]/.test(char) && !LITERAL_LETTERS.has(char)) {
			return fail({ kind: "bad-format", format, problem: { kind: "not-a-token", letter: char } });
		} else {
			literal += char;
			i += 1;
		}
	}
	flush();
	return ok(out);
}

/** Formats `date` with a Moment-style format. */
export function formatMoment(date: Date, format: string): Result<string> {
	const pattern = momentToDateFns(format);
	if (!pattern.ok) return pattern;
	try {
		// Moment's `gggg` and `DDD` map to date-fns tokens it only accepts when asked.
		return ok(formatDate(date, pattern.value, { useAdditionalWeekYearTokens: true, useAdditionalDayOfYearTokens: true }));
	} catch (error) {
		return fail({ kind: "bad-format", format, problem: { kind: "rejected", detail: error instanceof Error ? error.message : String(error) } });
	}
}

/** How Obsidian stores a date & time property: `2025-12-05T14:42`, no offset. */
export const PROPERTY_DATE_FORMAT = "YYYY-MM-DDTHH:mm";

/** Examples: Moment format → what it gives for 5 December 2025, 14:42:09 (or an error). */
export const MOMENT_EXAMPLES: readonly { readonly format: string; readonly expected: string | { readonly error: string } }[] = [
	{ format: "YYYY-MM-DD", expected: "2025-12-05" },
	{ format: "YYYY-MM-DD HH:mm", expected: "2025-12-05 14:42" },
	{ format: PROPERTY_DATE_FORMAT, expected: "2025-12-05T14:42" },
	{ format: "YYYY年M月D日 HH:mm", expected: "2025年12月5日 14:42" },
	{ format: "D MMMM YYYY", expected: "5 December 2025" },
	{ format: "MMM Do, YYYY h:mm A", expected: "Dec 5th, 2025 2:42 PM" },
	{ format: "dddd [at] HH:mm:ss", expected: "Friday at 14:42:09" },
	{ format: "[Week] W, GGGG", expected: "Week 49, 2025" },
	{ format: "YY/MM/DD 'h'", expected: "25/12/05 '2'" },
	{ format: "gggg [day] DDD, DDDD", expected: "2025 day 339, 339" },
	{ format: "yyyy-MM-dd", expected: { error: '"y" is not a date token' } },
	{ format: "YYYY [week", expected: { error: "a [ is not closed" } },
];
