import { DEFAULT_DASHBOARD_PATH } from "../analysis/dashboard";
import { DEFAULT_FILE_NAME_PATTERN, validateFileNamePattern } from "../analysis/filename";
import { describeError } from "../analysis/model";
import { fillText } from "../analysis/placeholders";
import { LANGUAGES, type Language } from "../i18n";
import type { SettingGroup } from "./field";

export interface AnalysisSettings {
	/** The folder new analyses are created in. */
	readonly analysesFolder: string;
	/** The file-name pattern of new analyses (placeholders as in templates). */
	readonly fileNamePattern: string;
	/** The language of new analyses: `auto` follows the interface language. */
	readonly analysisLanguage: "auto" | Language;
	/** A template note in the vault that replaces the built-in templates; empty for the built-in ones. */
	readonly templatePath: string;
	/** Where "Create analyses dashboard" writes the `.base` file. */
	readonly dashboardPath: string;
}

export const analysisDefaults: AnalysisSettings = {
	analysesFolder: "Analyses",
	fileNamePattern: DEFAULT_FILE_NAME_PATTERN,
	analysisLanguage: "auto",
	templatePath: "",
	dashboardPath: DEFAULT_DASHBOARD_PATH,
};

/** A sample article, for the file-name preview. */
const PREVIEW_FIELDS = {
	title: "Is the US making a strategic error in the AI race?", source: "https://example.org/ai-race", outlet: "Financial Times",
	authors: ["John Thornhill"], published: "2025-12-05T14:42", description: "", keywords: ["DeepSeek"], lang: "en" as const,
};

/** Characters a vault path may not hold. */
const BAD_PATH = /[\\:*?"<>|]/;

function validatePath(extension: string, optional: boolean) {
	return (value: string): string | null => {
		const path = value.trim();
		if (path === "") return optional ? null : "the path is empty";
		if (BAD_PATH.test(path)) return `a path cannot contain \\ : * ? " < > |`;
		if (extension && !path.toLowerCase().endsWith(extension)) return `the file must end in ${extension}`;
		return null;
	};
}

export const analysisGroup: SettingGroup<keyof AnalysisSettings> = {
	heading: "analysis.settings.heading",
	fields: [
		{ kind: "text", key: "analysesFolder", name: "analysis.settings.folder.name", desc: "analysis.settings.folder.desc", placeholder: "Analyses", validate: validatePath("", true) },
		{
			kind: "text",
			key: "fileNamePattern",
			name: "analysis.settings.pattern.name",
			desc: "analysis.settings.pattern.desc",
			placeholder: DEFAULT_FILE_NAME_PATTERN,
			validate: (value) => {
				const valid = validateFileNamePattern(value);
				return valid.ok ? null : describeError(valid.error);
			},
			preview: (value) => {
				const filled = fillText(value, { fields: PREVIEW_FIELDS, now: new Date(2026, 0, 2, 9, 5) });
				return filled.ok ? `${filled.value}.md` : describeError(filled.error);
			},
		},
		{
			kind: "dropdown",
			key: "analysisLanguage",
			name: "analysis.settings.language.name",
			desc: "analysis.settings.language.desc",
			options: [{ value: "auto", label: "analysis.settings.language.auto" }, ...LANGUAGES.map((value) => ({ value, label: `settings.language.${value}` as const }))],
		},
		{ kind: "text", key: "templatePath", name: "analysis.settings.template.name", desc: "analysis.settings.template.desc", placeholder: "Templates/Analysis.md", validate: validatePath(".md", true) },
		{ kind: "text", key: "dashboardPath", name: "analysis.settings.dashboard.name", desc: "analysis.settings.dashboard.desc", placeholder: DEFAULT_DASHBOARD_PATH, validate: validatePath(".base", false) },
	],
};
