/**
 * Analysis errors in words: each error value becomes a `Message` (a catalogue key and its slots),
 * which the plugin says in the interface language. The CLI keeps its own English (`describeError`).
 * One unit with its examples.
 */
import { message, type Message } from "../i18n";
import { yamlReason, type FrontmatterProblem } from "../parse";
import type { AnalysisError, FormatProblem } from "./model";

/** What went wrong, without where. */
export function errorMessage(error: AnalysisError): Message {
	switch (error.kind) {
		case "unknown-placeholder":
			return message("analysis.error.unknown-placeholder", { name: error.name });
		case "unclosed-placeholder":
			return message("analysis.error.unclosed-placeholder", { text: error.text });
		case "bad-format":
			return message("analysis.error.bad-format", { format: error.format, reason: problemMessage(error.problem) });
		case "empty-pattern":
			return message("analysis.error.empty-pattern");
		case "multi-line-pattern":
			return message("analysis.error.multi-line-pattern");
		case "bad-date":
			return message("analysis.error.bad-date", { input: error.input });
		case "bad-url":
			return message("analysis.error.bad-url", { input: error.input });
		case "bad-frontmatter":
			return frontmatterMessage(error.problem);
		case "no-section":
			return message("analysis.error.no-section", { section: message(`analysis.section.${error.section}`) });
	}
}

function problemMessage(problem: FormatProblem): Message {
	switch (problem.kind) {
		case "not-a-token":
			return message("analysis.format.not-a-token", { letter: problem.letter });
		case "unclosed-bracket":
			return message("analysis.format.unclosed-bracket");
		case "takes-no-format":
			return message("analysis.format.takes-no-format", { name: problem.name });
		case "rejected":
			return message("analysis.format.rejected", { detail: problem.detail });
	}
}

/** What went wrong and, for a template, where: `Line 3, column 5: Unknown placeholder {{summary}}.` */
export function locatedMessage(error: AnalysisError): Message {
	const inner = errorMessage(error);
	if (!("at" in error) || error.at === undefined) return inner;
	return message("analysis.error.at", { line: error.at.line, column: error.at.column, message: inner });
}

/** Examples: an error → what it says in each language, with its position when it has one. */
export const ERROR_MESSAGE_EXAMPLES: readonly {
	readonly error: AnalysisError;
	readonly en: string;
	readonly "zh-TW": string;
	readonly "zh-CN": string;
}[] = [
	{
		error: { kind: "unknown-placeholder", name: "summary", at: { line: 3, column: 5 } },
		en: "Line 3, column 5: Unknown placeholder {{summary}}.",
		"zh-TW": "第 3 行第 5 欄：未知的佔位符 {{summary}}。",
		"zh-CN": "第 3 行第 5 列：未知的占位符 {{summary}}。",
	},
	{
		error: { kind: "bad-format", format: "yyyy-MM-dd", problem: { kind: "not-a-token", letter: "y" } },
		en: 'Bad date format "yyyy-MM-dd": "y" is not a date token (put literal text in [brackets])',
		"zh-TW": "日期格式「yyyy-MM-dd」有誤：「y」不是日期代號（字面文字請放在 [方括號] 中）",
		"zh-CN": "日期格式“yyyy-MM-dd”有误：“y”不是日期代号（字面文字请放在 [方括号] 中）",
	},
	{
		error: { kind: "bad-format", format: "YYYY", problem: { kind: "takes-no-format", name: "title" }, at: { line: 1, column: 1 } },
		en: 'Line 1, column 1: Bad date format "YYYY": {{title}} takes no format',
		"zh-TW": "第 1 行第 1 欄：日期格式「YYYY」有誤：{{title}} 不接受格式",
		"zh-CN": "第 1 行第 1 列：日期格式“YYYY”有误：{{title}} 不接受格式",
	},
	{
		error: { kind: "bad-format", format: "YYYY [week", problem: { kind: "unclosed-bracket" } },
		en: 'Bad date format "YYYY [week": a [ is not closed',
		"zh-TW": "日期格式「YYYY [week」有誤：「[」沒有對應的「]」",
		"zh-CN": "日期格式“YYYY [week”有误：“[”没有对应的“]”",
	},
	{
		error: { kind: "unclosed-placeholder", text: "{{title} and more", at: { line: 12, column: 1 } },
		en: "Line 12, column 1: A placeholder is not closed: {{title} and more",
		"zh-TW": "第 12 行第 1 欄：佔位符沒有結尾：{{title} and more",
		"zh-CN": "第 12 行第 1 列：占位符没有结尾：{{title} and more",
	},
	{ error: { kind: "empty-pattern" }, en: "The file name pattern is empty.", "zh-TW": "檔名格式是空的。", "zh-CN": "文件名格式是空的。" },
	{
		error: { kind: "multi-line-pattern" },
		en: "The file name pattern must be one line.",
		"zh-TW": "檔名格式只能有一行。",
		"zh-CN": "文件名格式只能有一行。",
	},
	{
		error: { kind: "no-section", section: "questions" },
		en: "The note has no section “Areas for further investigation”.",
		"zh-TW": "筆記中沒有「潛在調查方向」段落。",
		"zh-CN": "笔记中没有“潜在调查方向”段落。",
	},
	{
		error: { kind: "bad-frontmatter", problem: { kind: "yaml", line: 3, code: "DUPLICATE_KEY", detail: "Map keys must be unique" } },
		en: "The note's properties are not valid YAML on line 3, so nothing was changed: a property name is used twice; keep only one of them",
		"zh-TW": "筆記的屬性在第 3 行不是有效的 YAML，因此沒有任何變更：同一個屬性名稱出現了兩次，請只保留一個",
		"zh-CN": "笔记的属性在第 3 行不是有效的 YAML，因此没有任何更改：同一个属性名称出现了两次，请只保留一个",
	},
	{
		error: { kind: "bad-frontmatter", problem: { kind: "yaml", line: null, code: null, detail: "Unresolved alias (the anchor must be set before the alias): lab" } },
		en: "The note's properties are not valid YAML, so nothing was changed: Unresolved alias (the anchor must be set before the alias): lab",
		"zh-TW": "筆記的屬性不是有效的 YAML，因此沒有任何變更：Unresolved alias (the anchor must be set before the alias): lab（YAML 讀取器的原文）",
		"zh-CN": "笔记的属性不是有效的 YAML，因此没有任何更改：Unresolved alias (the anchor must be set before the alias): lab（YAML 读取器的原文）",
	},
	{
		error: { kind: "bad-frontmatter", problem: { kind: "unclosed" } },
		en: "The note starts with `---` but no second `---` line closes its properties, so nothing was changed.",
		"zh-TW": "筆記以 `---` 開頭，但沒有第二行 `---` 結束屬性區塊，因此沒有任何變更。",
		"zh-CN": "笔记以 `---` 开头，但没有第二行 `---` 结束属性区块，因此没有任何更改。",
	},
	{
		error: { kind: "bad-frontmatter", problem: { kind: "not-properties" } },
		en: "The note's properties are a single value or a list, not `name: value` pairs, so nothing was changed.",
		"zh-TW": "筆記的屬性是單一值或清單，而不是 `名稱: 值` 的組合，因此沒有任何變更。",
		"zh-CN": "笔记的属性是单一值或列表，而不是 `名称: 值` 的组合，因此没有任何更改。",
	},
	{
		error: { kind: "bad-url", input: "ftp://example.org" },
		en: '"ftp://example.org" is not a web address.',
		"zh-TW": "「ftp://example.org」不是網址。",
		"zh-CN": "“ftp://example.org”不是网址。",
	},
];

/** Why the note's properties could not be read; nothing was changed. */
function frontmatterMessage(problem: FrontmatterProblem): Message {
	switch (problem.kind) {
		case "unclosed":
			return message("analysis.error.frontmatter-unclosed");
		case "not-properties":
			return message("analysis.error.frontmatter-not-properties");
		case "yaml":
			return problem.line === null
				? message("analysis.error.bad-frontmatter", { reason: yamlReason(problem) })
				: message("analysis.error.bad-frontmatter-at", { line: problem.line, reason: yamlReason(problem) });
	}
}
