import { describe, expect, it } from "vitest";
import { LANGUAGES, pickLanguage, table, translator } from "../../../src/core/i18n";

describe("translator", () => {
	const examples = [
		{ language: "en" as const, key: "entities.preview.apply" as const, count: 1, expected: "Link 1 mention" },
		{ language: "en" as const, key: "entities.preview.apply" as const, count: 2, expected: "Link 2 mentions" },
		{ language: "en" as const, key: "entities.vault.report.failed" as const, count: 1, expected: "1 note failed and is untouched" },
		{ language: "en" as const, key: "entities.vault.report.failed" as const, count: 0, expected: "0 notes failed and are untouched" },
		{ language: "en" as const, key: "questions.notice.copied" as const, count: 1, expected: "Copied 1 question as Markdown." },
	];
	it.each(examples)("$language $key with $count → $expected", ({ language, key, count, expected }) => {
		expect(translator(language)(key, { count })).toBe(expected);
	});

	it("leaves no plural or variable slot unfilled in any language", () => {
		for (const language of ["en", "zh-TW", "zh-CN"] as const) {
			expect(translator(language)("entities.preview.apply", { count: 3 })).not.toMatch(/[{}|]/);
		}
	});

	it("says a counted English noun through a plural slot, so 1 is never '1 notes'", () => {
		// `{n} notes`, `{n} more mentions`: a number slot followed by a plural noun; `{n} {n|note|notes}` is right.
		const bare = /\{(\w+)\} (?:more )?(notes|mentions|links|entities|times|questions|items|sections|properties|lines|analyses|keywords|names|files|aliases|days)\b/;
		expect([...table("en")].filter(([, text]) => bare.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
	});

	it.each([["en", "en"], ["zh", "zh-CN"], ["zh-TW", "zh-TW"], ["zh-HK", "zh-TW"], ["fr", "en"]] as const)("app language %s → %s", (app, expected) => {
		expect(pickLanguage(app)).toBe(expected);
	});

	/** The `{name}` slots of a string (plural slots by their name; `{{placeholder}}` is literal text). */
	const slots = (text: string) => [...new Set([...text.replace(/\{\{\w+\}\}/g, "").matchAll(/\{(\w+)[|}]/g)].map((m) => m[1]))].sort();

	it.each(LANGUAGES)("%s fills the same slots as English in every string", (language) => {
		for (const [key, english] of table("en")) expect(slots(table(language).get(key) ?? ""), key).toEqual(slots(english));
	});
});
