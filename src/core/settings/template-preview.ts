/**
 * The live preview of the analysis template setting: what the note at the path would make of an
 * example article — or why it cannot be used (missing, a folder, not Markdown, an unknown
 * placeholder or a bad date format, with the line and column). With no path, the built-in template
 * of the language of new analyses. Pure: the settings tab reads the note and passes the time in.
 * One unit with its examples.
 */
import { buildNote } from "../analysis/note";
import { locatedMessage } from "../analysis/messages";
import type { AnalysisFields } from "../analysis/model";
import { builtinTemplate } from "../analysis/templates";
import { message, type Language, type Message } from "../i18n";
import type { FilePreview, FilePreviewInput, FoundFile } from "./field";

/** An example article in each language, of our own writing, that previews are filled with. */
export const PREVIEW_FIELDS: Readonly<Record<Language, AnalysisFields>> = {
	en: {
		title: "Who pays for the chips?", source: "https://example.org/chips", outlet: "Example Weekly", authors: ["Ada Example"],
		published: "2025-12-05T14:42", description: "Export controls and the cost of compute.", keywords: ["export controls", "DeepSeek"], lang: "en",
	},
	"zh-TW": {
		title: "晶片的帳由誰來付？", source: "https://example.org/chips", outlet: "範例週刊", authors: ["王小明"],
		published: "2025-12-05T14:42", description: "出口管制與算力的代價。", keywords: ["出口管制", "DeepSeek"], lang: "zh-TW",
	},
	"zh-CN": {
		title: "芯片的账由谁来付？", source: "https://example.org/chips", outlet: "示例周刊", authors: ["王小明"],
		published: "2025-12-05T14:42", description: "出口管制与算力的代价。", keywords: ["出口管制", "DeepSeek"], lang: "zh-CN",
	},
};

/** The preview of the template setting for what was found at its path. */
export function previewTemplate({ found, settings, interfaceLanguage, now }: FilePreviewInput<{ readonly analysisLanguage: "auto" | Language }>): FilePreview {
	const lang = settings.analysisLanguage === "auto" ? interfaceLanguage : settings.analysisLanguage;
	switch (found.kind) {
		case "none":
			return example(builtinTemplate(lang), lang, now, message("analysis.preview.builtin", { language: message(`settings.language.${lang}`) }));
		case "missing":
			return problem(message("analysis.preview.missing", { path: found.path }));
		case "folder":
			return problem(message("analysis.preview.folder", { path: found.path }));
		case "file":
			if (found.extension.toLowerCase() !== "md") return problem(message("analysis.preview.notMarkdown", { path: found.path }));
			return example(found.text, lang, now, message("analysis.preview.valid"));
	}
}

function example(template: string, lang: Language, now: Date, status: Message): FilePreview {
	const note = buildNote(template, { fields: PREVIEW_FIELDS[lang], now });
	if (!note.ok) return problem(message("analysis.preview.invalid", { reason: locatedMessage(note.error) }));
	return { status, problem: false, example: note.value.text };
}

function problem(status: Message): FilePreview {
	return { status, problem: true };
}

/** Examples: what was found (language of new analyses `zh-TW`) → the status's key and lines the example must hold. */
export const TEMPLATE_PREVIEW_EXAMPLES: readonly {
	readonly name: string;
	readonly found: FoundFile;
	readonly status: string;
	readonly problem: boolean;
	/** Lines of the example note, in order; empty when there is none. */
	readonly lines: readonly string[];
}[] = [
	{ name: "no path: the built-in template", found: { kind: "none" }, status: "analysis.preview.builtin", problem: false, lines: ["title: 晶片的帳由誰來付？", "## 1. 新聞履歷 (Metadata)", "https://example.org/chips"] },
	{ name: "a missing note", found: { kind: "missing", path: "Templates/A.md" }, status: "analysis.preview.missing", problem: true, lines: [] },
	{ name: "a folder", found: { kind: "folder", path: "Templates.md" }, status: "analysis.preview.folder", problem: true, lines: [] },
	{ name: "not Markdown", found: { kind: "file", path: "A.canvas", extension: "canvas", text: "{}" }, status: "analysis.preview.notMarkdown", problem: true, lines: [] },
	{
		name: "a valid template",
		found: { kind: "file", path: "T.md", extension: "md", text: "---\ntags: [reading]\n---\n# {{title}}\n\n{{outlet}}, {{published:YYYY年M月D日}}\n\nCreated {{date:YYYY-MM-DD}}\n" },
		status: "analysis.preview.valid",
		problem: false,
		lines: ["tags:", "  - reading", "type: analysis", "# 晶片的帳由誰來付？", "範例週刊, 2025年12月5日", "Created 2026-01-02"],
	},
	{ name: "an unknown placeholder", found: { kind: "file", path: "T.md", extension: "md", text: "# {{title}}\n\n  {{summary}}\n" }, status: "analysis.preview.invalid", problem: true, lines: [] },
	{ name: "a bad date format", found: { kind: "file", path: "T.md", extension: "md", text: "---\ncreated: \"{{date:yyyy-MM-dd}}\"\n---\n" }, status: "analysis.preview.invalid", problem: true, lines: [] },
];
