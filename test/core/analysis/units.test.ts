// One loop per unit: every example each unit carries (issue 3).
import { describe, expect, it } from "vitest";
import { readDate } from "../../../src/core/analysis/dates";
import { SOURCE_EXAMPLES, sourceKey } from "../../../src/core/analysis/source";
import { FILE_NAME_EXAMPLES, safeFileName } from "../../../src/core/analysis/filename";
import { HEADING_EXAMPLES, recogniseHeading } from "../../../src/core/analysis/headings";
import { METADATA_EXAMPLES, readMetadataLine } from "../../../src/core/analysis/metadata";
import { describeError } from "../../../src/core/analysis/model";
import { ERROR_MESSAGE_EXAMPLES, locatedMessage } from "../../../src/core/analysis/messages";
import { LANGUAGES, say, translator } from "../../../src/core/i18n";
import { formatMoment, MOMENT_EXAMPLES } from "../../../src/core/analysis/moment";
import { buildNote } from "../../../src/core/analysis/note";
import { PAGE_EXAMPLES, readPage } from "../../../src/core/analysis/page";
import { EXAMPLE_FIELDS, fillText, PLACEHOLDER_EXAMPLES } from "../../../src/core/analysis/placeholders";
import { DATE_EXAMPLES } from "../../../src/core/analysis/dates";
import { TEMPLATES } from "../../../src/core/analysis/templates";

const text = (result: { ok: true; value: string } | { ok: false; error: Parameters<typeof describeError>[0] }) =>
	result.ok ? result.value : { error: describeError(result.error) };

const matches = (actual: unknown, expected: string | { error: string }) => {
	if (typeof expected === "string") expect(actual).toBe(expected);
	else expect((actual as { error: string }).error).toContain(expected.error);
};

describe("built-in templates", () => {
	const examples = TEMPLATES.flatMap((t) => t.examples.map((e) => ({ lang: t.lang, template: t.text, ...e })));
	it.each(examples)("$lang: $name", ({ template, fields, now, expected, cursorLine }) => {
		const note = buildNote(template, { fields, now });
		if (!note.ok) throw new Error(describeError(note.error));
		expect(note.value.text).toBe(expected);
		expect(note.value.cursorLine).toBe(cursorLine);
	});
});

describe("error messages", () => {
	const examples = ERROR_MESSAGE_EXAMPLES.flatMap((example) => LANGUAGES.map((language) => ({ language, error: example.error, expected: example[language] })));
	it.each(examples)("$error.kind in $language", ({ language, error, expected }) => {
		expect(say(translator(language), locatedMessage(error))).toBe(expected);
	});
});

describe("heading-language table", () => {
	it.each(HEADING_EXAMPLES)("$heading", ({ heading, kind, lang }) => {
		const found = recogniseHeading(heading);
		expect(found?.kind ?? null).toBe(kind);
		if (lang !== undefined) expect(found?.lang).toBe(lang);
	});
});

describe("Moment-style formats", () => {
	it.each(MOMENT_EXAMPLES)("$format", ({ format, expected }) => {
		matches(text(formatMoment(new Date(2025, 11, 5, 14, 42, 9), format)), expected);
	});
});

describe("placeholders", () => {
	it.each(PLACEHOLDER_EXAMPLES)("$template", ({ template, expected }) => {
		matches(text(fillText(template, { fields: EXAMPLE_FIELDS, now: new Date(2026, 0, 2, 9, 5) })), expected);
	});
});

describe("dates people type", () => {
	it.each(DATE_EXAMPLES)("$input", ({ input, property, format }) => {
		const read = readDate(input);
		expect(read.ok ? read.value.property : null).toBe(property);
		if (read.ok && format) expect(read.value.format).toBe(format);
		if (read.ok) expect(read.value.understood).toMatch(/2025/);
	});
});

describe("metadata lines", () => {
	it.each(METADATA_EXAMPLES)("$line", ({ line, expected }) => {
		const read = readMetadataLine(line);
		if (expected === null) return expect(read).toBeNull();
		expect(Object.fromEntries(read?.properties ?? [])).toEqual(expected.properties);
		expect(read?.exact).toBe(expected.exact);
	});
});

describe("file names", () => {
	it.each(FILE_NAME_EXAMPLES)("$name", ({ name, expected }) => {
		expect(safeFileName(name, "Untitled analysis")).toBe(expected);
	});
});

describe("source URLs", () => {
	it.each(SOURCE_EXAMPLES)("$a ~ $b", ({ a, b, same }) => {
		expect(sourceKey(a) === sourceKey(b)).toBe(same);
	});
});

describe("page metadata", () => {
	it.each(PAGE_EXAMPLES)("$name", ({ html, expected }) => {
		expect(readPage(html)).toMatchObject(expected);
	});
});
