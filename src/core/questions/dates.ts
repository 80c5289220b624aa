/**
 * Dates as the panel stores them: `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` (no offset, the way
 * Obsidian's date and date & time properties are written), so they sort as text. Read from
 * frontmatter values (strings, or `Date`s some YAML readers produce) and from what people write
 * in metadata lines (`2025年12月5日 14:42`, `2025/12/05`, `20 November 2025`).
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** `2025-12-05`, `2025/12/5`, `2025.12.05`, with an optional `T14:42` / ` 14:42`. */
const NUMERIC = /^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?:[T ]+(?<time>\d{1,2}:\d{2}))?/;
/** `2025年12月5日 14:42`. */
const CJK = /^(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*[日號号]?(?:\s*(?<time>\d{1,2}:\d{2}))?/;
/** `20 November 2025`, `November 20, 2025`. */
const DAY_MONTH = /^(?<d>\d{1,2})\s+(?<month>[A-Za-z]{3,9})\.?,?\s+(?<y>\d{4})/;
const MONTH_DAY = /^(?<month>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})/;

/** The date in the stored format, or `null` when the value holds no date we can read. */
export function normalizeDate(value: unknown): string | null {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : fromDate(value);
	if (typeof value !== "string") return null;
	const text = value.trim();
	if (isStored(text)) return text;
	for (const pattern of [NUMERIC, CJK, DAY_MONTH, MONTH_DAY]) {
		const groups = pattern.exec(text)?.groups;
		if (!groups) continue;
		const month = groups.month ? MONTHS.indexOf(groups.month.slice(0, 3).toLowerCase()) + 1 : Number(groups.m);
		const date = format(Number(groups.y), month, Number(groups.d), groups.time);
		if (date) return date;
	}
	return null;
}

/**
 * True when `text` is already a stored date (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, year not starting
 * with 0, month 01–12, day 01–31, hour 00–23), which `NUMERIC` and `format` would give back
 * unchanged: the frontmatter of every note indexed holds one, so it is checked by character codes.
 */
function isStored(text: string): boolean {
	if (text.length !== 10 && text.length !== 16) return false;
	if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(0) === 48) return false;
	if (!digitsAt(text, 0, 4) || !digitsAt(text, 5, 2) || !digitsAt(text, 8, 2)) return false;
	const month = twoDigits(text, 5);
	const day = twoDigits(text, 8);
	if (month < 1 || month > 12 || day < 1 || day > 31) return false;
	if (text.length === 10) return true;
	return text.charCodeAt(10) === 84 && text.charCodeAt(13) === 58 && digitsAt(text, 11, 2) && digitsAt(text, 14, 2) && twoDigits(text, 11) < 24;
}

function digitsAt(text: string, from: number, count: number): boolean {
	for (let i = from; i < from + count; i++) {
		const c = text.charCodeAt(i);
		if (c < 48 || c > 57) return false;
	}
	return true;
}

function twoDigits(text: string, at: number): number {
	return (text.charCodeAt(at) - 48) * 10 + (text.charCodeAt(at + 1) - 48);
}

function format(year: number, month: number, day: number, time?: string): string | null {
	if (month < 1 || month > 12 || day < 1 || day > 31) return null;
	const date = `${year}-${pad(month)}-${pad(day)}`;
	if (!time) return date;
	const [h = "0", m = "0"] = time.split(":");
	return Number(h) < 24 ? `${date}T${pad(Number(h))}:${m}` : date;
}

function fromDate(date: Date): string {
	const day = format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) ?? "";
	const h = date.getUTCHours();
	const m = date.getUTCMinutes();
	return h === 0 && m === 0 ? day : `${day}T${pad(h)}:${pad(m)}`;
}

function pad(n: number): string {
	return String(n).padStart(2, "0");
}

/** A stored date as a `Date` (local time, as Obsidian reads properties), or `null`. */
export function toDate(stored: string | null): Date | null {
	if (!stored) return null;
	const [day = "", time = "00:00"] = stored.split("T");
	const [y, m, d] = day.split("-").map(Number);
	const [h, min] = time.split(":").map(Number);
	if (!y || !m || !d) return null;
	return new Date(y, m - 1, d, h ?? 0, min ?? 0);
}

/** Examples: a value and the stored date it gives. One test loop runs them. */
export const DATE_EXAMPLES: readonly { readonly value: unknown; readonly stored: string | null }[] = [
	{ value: "2025-11-20T09:30", stored: "2025-11-20T09:30" },
	{ value: "2025-11-20T24:30", stored: "2025-11-20" },
	{ value: "0999-11-20", stored: "999-11-20" },
	{ value: "2025-11-20T09:30:15Z", stored: "2025-11-20T09:30" },
	{ value: "2025-11-20", stored: "2025-11-20" },
	{ value: "2025/12/5 8:05", stored: "2025-12-05T08:05" },
	{ value: "2025年12月5日 14:42 (更新時間)", stored: "2025-12-05T14:42" },
	{ value: "2025 年 3 月 1 日", stored: "2025-03-01" },
	{ value: "20 November 2025", stored: "2025-11-20" },
	{ value: "Dec 5, 2025", stored: "2025-12-05" },
	{ value: new Date(Date.UTC(2025, 10, 20)), stored: "2025-11-20" },
	{ value: "2025-13-40", stored: null },
	{ value: "不詳", stored: null },
	{ value: 20251120, stored: null },
];
