/**
 * How a question's status, review date and answer are written on its line — one syntax, Dataview
 * inline fields, which neither Tasks nor Dataview task queries treat as tasks:
 *
 *   `1. Cloud rental loophole: [status:: investigating] [review:: 2026-01-15]`
 *   `- Ascend software stack [status:: answered] [answered:: [[CANN benchmarks]]]`
 *
 * A line without a status field is open; setting a question back to open removes the field. With
 * the `checkbox` setting, items without a checkbox get one instead (`[ ]` open, `[/]` investigating,
 * `[x]` answered, `[-]` dropped). Checkboxes are read whatever the setting (`[?]` reads as open),
 * and an item that already has one keeps it up to date. A status field wins over a checkbox.
 */
import type { QuestionStatus } from "./model";

/** Which syntax new statuses are written in. */
export type StatusSyntax = "field" | "checkbox";

/**
 * The start of a list item line, as named parts. `readItemLine` reads the same grammar by
 * character codes (it runs on every question of every note indexed); a test holds the two equal.
 */
export const ITEM_PREFIX = new RegExp(
	[
		"^(?<indent>[ \\t>]*)", // indentation (and blockquote markers)
		"(?<marker>[-*+]|\\d{1,9}[.)])", // bullet or ordered marker
		"(?<gap>[ \\t]+|$)", // the space after the marker
		"(?:(?<box>\\[(?<task>[^\\]])\\])(?<boxGap>[ \\t]+|$))?", // an optional checkbox `[x] `
	].join(""),
);

/** One inline field: `[key:: value]`; a value may be a wikilink `[[…]]`. */
const FIELD = /\[(?<key>status|review|answered)::[ \t]*(?<value>\[\[[^\]]*\]\]|[^\]]*?)[ \t]*\]/gi;

/** A block id at the end of a line: ` ^abc-1`. */
const BLOCK_ID = /[ \t]+\^[A-Za-z0-9-]+$/;

export type FieldKey = "status" | "review" | "answered";

/** A field found on a line: its key, value and `[from, to)` columns. */
export interface FieldMatch {
	readonly key: FieldKey;
	readonly value: string;
	readonly from: number;
	readonly to: number;
}

/** A list item line taken apart. */
export interface ItemLine {
	/** Column where the content (after marker and checkbox) starts. */
	readonly contentFrom: number;
	/** Columns of the checkbox's character, if the item has one. */
	readonly task: { readonly char: string; readonly at: number } | null;
	/** Column just after the marker's gap (where a checkbox would go). */
	readonly boxAt: number;
	readonly fields: readonly FieldMatch[];
}

/** Takes a list item line apart (`ITEM_PREFIX`); `null` when the line is not a list item. */
export function readItemLine(line: string): ItemLine | null {
	let at = skipBlank(line, 0, true);
	const markerEnd = markerEndAt(line, at);
	if (markerEnd < 0) return null;
	at = skipBlank(line, markerEnd, false);
	if (at === markerEnd && at < line.length) return null;
	const boxAt = at;
	let task: ItemLine["task"] = null;
	const close = at + 2;
	if (line.charCodeAt(at) === OPEN_BRACKET && close < line.length && line.charCodeAt(at + 1) !== CLOSE_BRACKET && line.charCodeAt(close) === CLOSE_BRACKET) {
		const boxEnd = skipBlank(line, close + 1, false);
		if (boxEnd > close + 1 || boxEnd === line.length) {
			task = { char: line.charAt(at + 1), at: at + 1 };
			at = boxEnd;
		}
	}
	return { contentFrom: at, task, boxAt, fields: line.includes("::", at) ? readFields(line, at) : NO_FIELDS };
}

const SPACE = 32;
const TAB = 9;
const NO_FIELDS: readonly FieldMatch[] = [];
const GREATER_THAN = 62;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** Past the spaces and tabs (and `>` when `quotes`) from `from`. */
function skipBlank(line: string, from: number, quotes: boolean): number {
	let i = from;
	for (; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c !== SPACE && c !== TAB && !(quotes && c === GREATER_THAN)) break;
	}
	return i;
}

/** Just past a bullet (`-`, `*`, `+`) or an ordinal (1–9 digits, then `.` or `)`) at `at`; -1 if none. */
function markerEndAt(line: string, at: number): number {
	const c = line.charCodeAt(at);
	if (c === 45 || c === 42 || c === 43) return at + 1;
	let i = at;
	while (i < line.length && i - at <= 9 && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
	const digits = i - at;
	const delimiter = line.charCodeAt(i);
	return digits >= 1 && digits <= 9 && (delimiter === 46 || delimiter === 41) ? i + 1 : -1;
}

function readFields(line: string, from: number): FieldMatch[] {
	const found: FieldMatch[] = [];
	FIELD.lastIndex = from;
	for (let m = FIELD.exec(line); m; m = FIELD.exec(line)) {
		const key = (m.groups?.key ?? "").toLowerCase() as FieldKey;
		found.push({ key, value: m.groups?.value ?? "", from: m.index, to: m.index + m[0].length });
	}
	return found;
}

/** The value of a field on the line, if any. */
export function fieldValue(item: ItemLine, key: FieldKey): string | null {
	return item.fields.find((f) => f.key === key)?.value ?? null;
}

const BY_WORD: Readonly<Record<string, QuestionStatus>> = {
	open: "open",
	investigating: "investigating",
	answered: "answered",
	dropped: "dropped",
};

const BY_CHAR: Readonly<Record<string, QuestionStatus>> = { " ": "open", "?": "open", "/": "investigating", x: "answered", X: "answered", "-": "dropped" };

const CHAR_OF: Readonly<Record<QuestionStatus, string>> = { open: " ", investigating: "/", answered: "x", dropped: "-" };

/** The status a line says: its field, else its checkbox, else open. */
export function statusOf(item: ItemLine): QuestionStatus {
	const word = fieldValue(item, "status");
	if (word !== null) return BY_WORD[word.trim().toLowerCase()] ?? "open";
	return item.task ? (BY_CHAR[item.task.char] ?? "open") : "open";
}

/** The line's content without marker, checkbox, fields and block id: the raw title. */
export function contentWithoutFields(line: string, item: ItemLine): string {
	// The usual line has neither: its content is read in place, with no intermediate string.
	if (item.fields.length === 0 && line.indexOf("^", item.contentFrom) === -1) return tidied(line, item.contentFrom, line.length);
	let content = "";
	let at = item.contentFrom;
	for (const field of item.fields) {
		content += line.slice(at, field.from);
		at = field.to;
	}
	content += line.slice(at);
	if (content.includes("^")) content = content.replace(BLOCK_ID, "");
	return tidied(content, 0, content.length);
}

/**
 * `[from, to)` of `text` trimmed; when it holds a run of whitespace or a tab or line break, every
 * run becomes one space (`/\s+/g` → `" "`); a lone space-like character is kept.
 */
function tidied(text: string, from: number, to: number): string {
	const collapse = needsCollapsing(text, from, to);
	let start = from;
	let end = to;
	while (start < end && isWhitespace(text.charCodeAt(start))) start++;
	while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
	const trimmed = text.slice(start, end);
	return collapse ? trimmed.replace(/\s+/g, " ") : trimmed;
}

/** `/\s\s|[\t\n\r]/.test(text.slice(from, to))` by character codes: whitespace that collapsing to one space would change. */
function needsCollapsing(text: string, from: number, to: number): boolean {
	let previous = false;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		const space = isWhitespace(c);
		if (space && (previous || c === TAB || c === 10 || c === 13)) return true;
		previous = space;
	}
	return false;
}

/** What a regex's `\s` matches, by code. */
export function isWhitespace(c: number): boolean {
	if (c < 128) return c === SPACE || (c >= TAB && c <= 13);
	if (c > 0x3000) return c === 0xfeff; // most of CJK text: one comparison
	return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Bold/italic markers around the title and a trailing colon, in any order: `**Title:**`, `**Title**：`. */
export const WRAP = /^(\*\*|__|\*|_)(.+)\1$/;
/** What `cleanTitle` cuts from the end (by character codes; a test holds it to this regex). */
export const TRAILING_COLON = /[ \t]*[:：][ \t]*$/;

/** The title as shown: decoration stripped until nothing changes. */
export function cleanTitle(raw: string): string {
	let title = raw.trim();
	while (decorated(title)) {
		const bare = withoutTrailingColon(title);
		const next = (isEmphasis(bare.charCodeAt(0)) ? bare.replace(WRAP, "$2") : bare).trim();
		if (next === title) return title;
		title = next;
	}
	return title;
}

/** A question's first line split into its title and what follows a bold lead-in on the same line. */
export interface TitleLine {
	/** The title as shown. */
	readonly title: string;
	/** Text after a `**Lead-in:**` on the first line: the start of the detail; `""` when none. */
	readonly rest: string;
}

/**
 * `**Cloud rental loophole:** who audits the resellers?` is a title and the first words of its
 * detail: a bold lead-in ending in a colon (inside or just after the bold) is the title, the rest
 * of the line opens the detail. Any other line is all title.
 */
export function splitTitleLine(content: string): TitleLine {
	// `LEAD_IN` needs `**` or `__` first: most titles are spared the regex.
	const first = content.charCodeAt(0);
	const lead = isEmphasis(first) ? LEAD_IN.exec(content) : null;
	if (!lead || !(lead[2]!.endsWith(":") || lead[2]!.endsWith("：") || lead[3] !== "")) return { title: cleanTitle(content), rest: "" };
	const rest = lead[4]!.trim();
	return rest === "" ? { title: cleanTitle(content), rest: "" } : { title: cleanTitle(lead[2]!), rest };
}

/**
 * A bold lead-in: `**` or `__` (1), its text (2) up to the first closing marker, a colon just after
 * it if any (3), and the rest of the line (4).
 */
const LEAD_IN = /^(\*\*|__)(.+?)\1[ \t]*([:：]?)(.*)$/;

export const TITLE_LINE_EXAMPLES: readonly { readonly content: string; readonly read: TitleLine }[] = [
	{ content: "**Cloud rental loophole:** who audits the resellers?", read: { title: "Cloud rental loophole", rest: "who audits the resellers?" } },
	{ content: "**問題一**：美國企業是否在切換？", read: { title: "問題一", rest: "美國企業是否在切換？" } },
	{ content: "__邊緣運算：__ 小模型", read: { title: "邊緣運算", rest: "小模型" } },
	{ content: "**Cloud rental loophole:**", read: { title: "Cloud rental loophole", rest: "" } },
	{ content: "**Hugging Face** downloads and fine-tunes", read: { title: "**Hugging Face** downloads and fine-tunes", rest: "" } },
	{ content: "**A** and **B:** both", read: { title: "**A** and **B:** both", rest: "" } },
	{ content: "Plain question: with a colon inside", read: { title: "Plain question: with a colon inside", rest: "" } },
];

/** `title.replace(TRAILING_COLON, "")` without a regex: the last non-blank character, if a colon, and the blanks around it. */
function withoutTrailingColon(title: string): string {
	let end = title.length;
	while (end > 0 && isBlank(title.charCodeAt(end - 1))) end--;
	const c = title.charCodeAt(end - 1);
	if (c !== 58 && c !== 0xff1a) return title;
	end--;
	while (end > 0 && isBlank(title.charCodeAt(end - 1))) end--;
	return title.slice(0, end);
}

function isBlank(c: number): boolean {
	return c === SPACE || c === TAB;
}

/** `*` or `_`, which `WRAP` needs first. */
function isEmphasis(c: number): boolean {
	return c === 42 || c === 95;
}

/** Cheap test for what `cleanTitle` strips: a colon at the end, or emphasis markers at either end. */
function decorated(title: string): boolean {
	const last = title[title.length - 1];
	return last === ":" || last === "：" || last === "*" || last === "_" || title[0] === "*" || title[0] === "_";
}

/** Replaces, adds or (with `null`) removes one field on a list item line. */
export function setField(line: string, key: FieldKey, value: string | null): string {
	const item = readItemLine(line);
	if (!item) return line;
	const field = item.fields.find((f) => f.key === key);
	if (field) {
		if (value === null) return removeRange(line, field.from, field.to);
		return `${line.slice(0, field.from)}[${key}:: ${value}]${line.slice(field.to)}`;
	}
	if (value === null) return line;
	const at = insertionPoint(line);
	return `${line.slice(0, at)} [${key}:: ${value}]${line.slice(at)}`;
}

/** Removes `[from, to)` and the one space before it. */
function removeRange(line: string, from: number, to: number): string {
	const start = from > 0 && (line[from - 1] === " " || line[from - 1] === "\t") ? from - 1 : from;
	return line.slice(0, start) + line.slice(to);
}

/** Where a new field goes: after the content, before trailing spaces and a block id. */
function insertionPoint(line: string): number {
	const trimmed = line.replace(/[ \t]+$/, "");
	const block = BLOCK_ID.exec(trimmed);
	return block ? block.index : trimmed.length;
}

/** Writes `status` on a list item line in the given syntax (see the module comment). */
export function setStatusOnLine(line: string, status: QuestionStatus, syntax: StatusSyntax): string {
	const item = readItemLine(line);
	if (!item) return line;
	let next = line;
	const hasField = item.fields.some((f) => f.key === "status");
	if (hasField || (!item.task && syntax === "field")) next = setField(next, "status", status === "open" ? null : status);
	if (item.task) next = next.slice(0, item.task.at) + CHAR_OF[status] + next.slice(item.task.at + 1);
	else if (syntax === "checkbox" && !hasField) next = `${next.slice(0, item.boxAt)}[${CHAR_OF[status]}] ${next.slice(item.boxAt)}`;
	return next;
}

/** One example of the syntax: a line, an optional change, what is read and what is written. */
export interface SyntaxExample {
	readonly line: string;
	readonly read: { readonly title: string; readonly status: QuestionStatus; readonly review: string | null; readonly answered: string | null };
	readonly change?: { readonly status: QuestionStatus; readonly syntax: StatusSyntax; readonly result: string };
}

/** The examples of this unit; one test loop reads every line and applies every change. */
export const SYNTAX_EXAMPLES: readonly SyntaxExample[] = [
	{
		line: "1. Hugging Face downloads：",
		read: { title: "Hugging Face downloads", status: "open", review: null, answered: null },
		change: { status: "investigating", syntax: "field", result: "1. Hugging Face downloads： [status:: investigating]" },
	},
	{
		line: "1. Hugging Face downloads：",
		read: { title: "Hugging Face downloads", status: "open", review: null, answered: null },
		change: { status: "investigating", syntax: "checkbox", result: "1. [/] Hugging Face downloads：" },
	},
	{
		line: "2. **Cloud rental loophole:** [status:: investigating] [review:: 2026-01-15]",
		read: { title: "Cloud rental loophole", status: "investigating", review: "2026-01-15", answered: null },
		change: { status: "open", syntax: "field", result: "2. **Cloud rental loophole:** [review:: 2026-01-15]" },
	},
	{
		line: "- **邊緣運算**： [status:: answered] [answered:: [[Edge AI notes]]]",
		read: { title: "邊緣運算", status: "answered", review: null, answered: "[[Edge AI notes]]" },
		change: { status: "dropped", syntax: "checkbox", result: "- **邊緣運算**： [status:: dropped] [answered:: [[Edge AI notes]]]" },
	},
	{
		line: "- [x] Ascend software stack",
		read: { title: "Ascend software stack", status: "answered", review: null, answered: null },
		change: { status: "investigating", syntax: "field", result: "- [/] Ascend software stack" },
	},
	{ line: "- [-] Dropped lead", read: { title: "Dropped lead", status: "dropped", review: null, answered: null } },
	{ line: "- [?] A plain question?", read: { title: "A plain question?", status: "open", review: null, answered: null } },
	{ line: "- [/] Working on it", read: { title: "Working on it", status: "investigating", review: null, answered: null } },
	{
		line: "3) Who pays for it? ^q3",
		read: { title: "Who pays for it?", status: "open", review: null, answered: null },
		change: { status: "answered", syntax: "field", result: "3) Who pays for it? [status:: answered] ^q3" },
	},
	{
		line: "  * Nested marker, trailing space  ",
		read: { title: "Nested marker, trailing space", status: "open", review: null, answered: null },
		change: { status: "dropped", syntax: "field", result: "  * Nested marker, trailing space [status:: dropped]  " },
	},
	{
		line: "- Mixed [Status:: Investigating] case",
		read: { title: "Mixed case", status: "investigating", review: null, answered: null },
	},
	{
		line: "- [ ] [status:: answered] field wins over box",
		read: { title: "field wins over box", status: "answered", review: null, answered: null },
		change: { status: "open", syntax: "field", result: "- [ ] field wins over box" },
	},
];
