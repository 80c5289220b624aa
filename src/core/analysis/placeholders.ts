/**
 * The placeholder engine: `{{title}}`, `{{date:YYYY-MM-DD}}`, … replaced by plain values. Nothing
 * is evaluated — a placeholder is a name and, for dates, a Moment-style format — and an unknown
 * name or a bad format is an error found before anything is written. One unit with its examples.
 */
import { formatMoment, momentToDateFns } from "./moment";
import { propertyDate } from "./dates";
import { fail, ok, type AnalysisError, type AnalysisFields, type PropertyValue, type Result, type TextPosition } from "./model";

/** What placeholders are filled from. */
export interface TemplateContext {
	readonly fields: AnalysisFields;
	/** The current time, passed in (the core never reads the clock). */
	readonly now: Date;
}

/** Every placeholder, with what it gives; the README's table is this list. */
export const PLACEHOLDERS: readonly { readonly name: string; readonly takesFormat: boolean; readonly doc: string }[] = [
	{ name: "title", takesFormat: false, doc: "the article's title" },
	{ name: "source", takesFormat: false, doc: "the article's URL" },
	{ name: "outlet", takesFormat: false, doc: "the publication" },
	{ name: "author", takesFormat: false, doc: "the authors (a list in properties, comma-separated in text)" },
	{ name: "published", takesFormat: true, doc: "when it was published (`2025-12-05T14:42`, or formatted)" },
	{ name: "description", takesFormat: false, doc: "the article's description" },
	{ name: "keywords", takesFormat: false, doc: "the keywords (a list in properties, comma-separated in text)" },
	{ name: "lang", takesFormat: false, doc: "the note's language: `en`, `zh-TW` or `zh-CN`" },
	{ name: "date", takesFormat: true, doc: "today (`YYYY-MM-DD`, or formatted)" },
	{ name: "time", takesFormat: true, doc: "the time now (`HH:mm`, or formatted)" },
];

/** `{{ name }}` or `{{ name:FORMAT }}`: a name of letters, then an optional format up to the closing braces. */
const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*(?::([^}]*))?\}\}/g;

/** One placeholder found in a template. */
interface Found {
	readonly text: string;
	readonly name: string;
	readonly format: string | undefined;
	/** Where it starts in the template. */
	readonly at: TextPosition;
}

/** Every placeholder of `template`, or the first `{{` that opens none. */
function findAll(template: string): Result<readonly Found[]> {
	const found: Found[] = [];
	let from = 0;
	for (const match of template.matchAll(PLACEHOLDER)) {
		const unclosed = unclosedBetween(template, from, match.index);
		if (unclosed) return fail(unclosed);
		found.push({ text: match[0], name: match[1] ?? "", format: match[2]?.trim(), at: positionOf(template, match.index) });
		from = match.index + match[0].length;
	}
	const unclosed = unclosedBetween(template, from, template.length);
	return unclosed ? fail(unclosed) : ok(found);
}

/** The error for a `{{` between two placeholders (it closes nowhere), or null. */
function unclosedBetween(template: string, from: number, to: number): AnalysisError | null {
	const open = template.slice(from, to).indexOf("{{");
	if (open < 0) return null;
	const start = from + open;
	return { kind: "unclosed-placeholder", text: template.slice(start, Math.min(to, start + 24)).split("\n")[0] ?? "", at: positionOf(template, start) };
}

/** Line and column (from 1) of `offset`; a column counts code points, as editors show them. */
export function positionOf(text: string, offset: number): TextPosition {
	const before = text.slice(0, offset);
	const lineStart = before.lastIndexOf("\n") + 1;
	return { line: before.split("\n").length, column: [...before.slice(lineStart)].length + 1 };
}

/** Checks every placeholder of a template (names and formats) without filling any; errors say where. */
export function validateTemplate(template: string): Result<readonly string[]> {
	const found = findAll(template);
	if (!found.ok) return found;
	for (const placeholder of found.value) {
		const problem = placeholderProblem(placeholder);
		if (problem) return fail(problem);
	}
	return ok(found.value.map((f) => f.name));
}

function placeholderProblem({ name, format, at }: Found): AnalysisError | null {
	const known = PLACEHOLDERS.find((p) => p.name === name);
	if (!known) return { kind: "unknown-placeholder", name, at };
	if (format === undefined) return null;
	if (!known.takesFormat) return { kind: "bad-format", format, problem: { kind: "takes-no-format", name }, at };
	const translated = momentToDateFns(format);
	if (translated.ok) return null;
	return translated.error.kind === "bad-format" ? { ...translated.error, at } : translated.error;
}

/** The value of one placeholder: a string, or a list for `author` and `keywords`. */
export function placeholderValue(name: string, format: string | undefined, context: TemplateContext): Result<PropertyValue> {
	const { fields, now } = context;
	switch (name) {
		case "title": case "source": case "outlet": case "description": case "lang":
			return ok(fields[name]);
		case "author":
			return ok(fields.authors);
		case "keywords":
			return ok(fields.keywords);
		case "published": {
			const date = propertyDate(fields.published);
			return format === undefined || date === null ? ok(fields.published) : formatMoment(date, format);
		}
		case "date":
			return formatMoment(now, format ?? "YYYY-MM-DD");
		case "time":
			return formatMoment(now, format ?? "HH:mm");
		default:
			return fail({ kind: "unknown-placeholder", name });
	}
}

/**
 * Fills every placeholder of `template` with text (lists joined with `, `). A line whose
 * placeholders all came out empty is left out, so `Outlet: {{outlet}}` disappears when there is none.
 */
export function fillText(template: string, context: TemplateContext): Result<string> {
	const valid = validateTemplate(template);
	if (!valid.ok) return fail(valid.error);
	const lines: string[] = [];
	let dropped = false;
	for (const line of template.split("\n")) {
		const filled = fillLine(line, context);
		if (!filled.ok) return fail(filled.error);
		// A dropped line takes the blank line under it along, so no gap is left.
		if (filled.value !== null && !(dropped && filled.value.trim() === "")) lines.push(filled.value);
		dropped = filled.value === null;
	}
	return ok(lines.join("\n"));
}

function fillLine(line: string, context: TemplateContext): Result<string | null> {
	let count = 0;
	let empty = 0;
	let error: Result<never> | null = null;
	const out = line.replace(PLACEHOLDER, (_text, name: string, format: string | undefined) => {
		const value = placeholderValue(name, format?.trim(), context);
		if (!value.ok) error ??= fail(value.error);
		const text = value.ok ? asText(value.value) : "";
		count += 1;
		if (text === "") empty += 1;
		return text;
	});
	if (error) return error;
	return ok(count > 0 && empty === count ? null : out);
}

/** A whole-value placeholder (`"{{author}}"`), whose list value stays a list in properties. */
export function wholePlaceholder(value: string): { readonly name: string; readonly format: string | undefined } | null {
	const match = /^\{\{\s*([A-Za-z]+)\s*(?::([^}]*))?\}\}$/.exec(value.trim());
	return match ? { name: match[1] ?? "", format: match[2]?.trim() } : null;
}

export function asText(value: PropertyValue): string {
	return typeof value === "string" ? value : value.join(", ");
}


const FIELDS: AnalysisFields = {
	title: "Is the US making a strategic error in the AI race?",
	source: "https://example.org/ai-race",
	outlet: "Financial Times",
	authors: ["John Thornhill", "Jane Doe"],
	published: "2025-12-05T14:42",
	description: "",
	keywords: ["DeepSeek", "open weights"],
	lang: "en",
};

/** Examples, filled with the fields above at 2026-01-02 09:05: template → text or error. */
export const PLACEHOLDER_EXAMPLES: readonly {
	readonly template: string;
	readonly expected: string | { readonly error: string };
}[] = [
	{ template: "# {{title}}", expected: "# Is the US making a strategic error in the AI race?" },
	{ template: "{{ outlet }} / {{author}}", expected: "Financial Times / John Thornhill, Jane Doe" },
	{ template: "Published {{published:D MMMM YYYY, HH:mm}}", expected: "Published 5 December 2025, 14:42" },
	{ template: "{{published}} | {{published:YYYY年M月D日}}", expected: "2025-12-05T14:42 | 2025年12月5日" },
	{ template: "Created {{date}} {{time}} ({{date:dddd}})", expected: "Created 2026-01-02 09:05 (Friday)" },
	{ template: "a\nDescription: {{description}}\nb", expected: "a\nb" },
	{ template: "a\n\n> {{description}}\n\nb", expected: "a\n\nb" },
	{ template: "Keywords: {{keywords}}; lang {{lang}}", expected: "Keywords: DeepSeek, open weights; lang en" },
	{ template: "{{summary}}", expected: { error: "unknown placeholder {{summary}}" } },
	{ template: "{{date:yyyy-MM-dd}}", expected: { error: 'bad date format "yyyy-MM-dd"' } },
	{ template: "{{title:YYYY}}", expected: { error: "takes no format" } },
	{ template: "{{title} and more", expected: { error: "placeholder not closed" } },
	{ template: "{{constructor}}", expected: { error: "unknown placeholder {{constructor}}" } },
];

/** The fields `PLACEHOLDER_EXAMPLES` are filled with. */
export const EXAMPLE_FIELDS = FIELDS;
