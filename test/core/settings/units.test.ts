// One loop per settings unit: path checks and the template preview say what is wrong as messages,
// which read in every interface language (issue 3, point 2).
import { describe, expect, it } from "vitest";
import { LANGUAGES, say, translator } from "../../../src/core/i18n";
import { DEFAULT_SETTINGS, migrateSettings } from "../../../src/core/settings";
import { NUMBER_EXAMPLES, readNumber } from "../../../src/core/settings/field";
import { PATH_EXAMPLES, validatePath } from "../../../src/core/settings/paths";
import { previewTemplate, TEMPLATE_PREVIEW_EXAMPLES } from "../../../src/core/settings/template-preview";

describe("path checks", () => {
	it.each(PATH_EXAMPLES)("$value (ends in '$extension', optional $optional)", ({ extension, optional, value, expected }) => {
		expect(validatePath(extension, optional)(value)).toEqual(expected);
	});
});

describe("template preview", () => {
	const settings = { ...DEFAULT_SETTINGS, analysisLanguage: "zh-TW" as const };
	it.each(TEMPLATE_PREVIEW_EXAMPLES)("$name", ({ found, status, problem, lines }) => {
		const preview = previewTemplate({ found, settings, interfaceLanguage: "en", now: new Date(2026, 0, 2, 9, 5) });
		expect(preview.status.key).toBe(status);
		expect(preview.problem).toBe(problem);
		expect(preview.example === undefined).toBe(lines.length === 0);
		const shown = (preview.example ?? "").split("\n");
		let at = 0;
		for (const line of lines) {
			at = shown.indexOf(line, at);
			expect(at, `"${line}" in order in\n${preview.example ?? ""}`).toBeGreaterThanOrEqual(0);
		}
		// Every slot filled and every key found, in every language (placeholders `{{…}}` are the user's text).
		for (const language of LANGUAGES) expect(say(translator(language), preview.status).replace(/\{\{\w+\}\}/g, "")).not.toMatch(/\{\w+\}|analysis\.|settings\./);
	});

	it("says which placeholder is wrong and where, in the interface language", () => {
		const found = { kind: "file", path: "T.md", extension: "md", text: "# {{title}}\n\n  {{summary}}\n" } as const;
		const preview = previewTemplate({ found, settings, interfaceLanguage: "zh-TW", now: new Date(2026, 0, 2) });
		expect(say(translator("zh-TW"), preview.status)).toBe("無法用此範本建立分析。第 3 行第 3 欄：未知的佔位符 {{summary}}。");
		expect(say(translator("en"), preview.status)).toBe("No analysis can be created with this template. Line 3, column 3: Unknown placeholder {{summary}}.");
	});

	it("finds a bad date format inside the properties, by its line in the file", () => {
		const found = { kind: "file", path: "T.md", extension: "md", text: "---\ntitle: x\ncreated: \"{{date:yyyy-MM-dd}}\"\n---\n" } as const;
		const preview = previewTemplate({ found, settings, interfaceLanguage: "en", now: new Date(2026, 0, 2) });
		expect(say(translator("en"), preview.status)).toBe('No analysis can be created with this template. Line 3, column 11: Bad date format "yyyy-MM-dd": "y" is not a date token (put literal text in [brackets])');
	});

	it("previews the built-in template of the interface language while new analyses follow it", () => {
		const auto = { ...DEFAULT_SETTINGS, analysisLanguage: "auto" as const };
		const preview = previewTemplate({ found: { kind: "none" }, settings: auto, interfaceLanguage: "zh-CN", now: new Date(2026, 0, 2) });
		expect(preview.example).toContain("## 1. 新闻履历 (Metadata)");
		expect(say(translator("zh-CN"), preview.status)).toBe("未设置模板文件：新分析使用简体中文的内置模板。");
	});
});

describe("number fields (issue 12: the caps of a map)", () => {
	it.each(NUMBER_EXAMPLES)("'$text' in [$min, $max] → $value", ({ min, max, text, value }) => {
		const read = readNumber(text, min, max);
		expect(read.ok ? read.value : null).toBe(value);
		if (!read.ok) expect(say(translator("en"), read.reason)).toBe(`Enter a whole number from ${min} to ${max}.`);
	});

	it("keeps stored caps in range, and resets the others", () => {
		const { settings, reset } = migrateSettings({ version: 1, mapsMaxAnalyses: 12, mapsMaxEntities: 0, mapsFolder: "Research/Maps" });
		expect([settings.mapsMaxAnalyses, settings.mapsMaxEntities, settings.mapsFolder]).toEqual([12, DEFAULT_SETTINGS.mapsMaxEntities, "Research/Maps"]);
		expect(reset).toEqual(["mapsMaxEntities"]);
		expect(migrateSettings({ mapsMaxAnalyses: 2.5 }).reset).toEqual(["mapsMaxAnalyses"]);
	});
});
