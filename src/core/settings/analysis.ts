import { DEFAULT_DASHBOARD_PATH } from "../analysis/dashboard";
import { DEFAULT_FILE_NAME_PATTERN, safeFileName, validateFileNamePattern } from "../analysis/filename";
import { errorMessage } from "../analysis/messages";
import { fillText } from "../analysis/placeholders";
import { LANGUAGES, message, type Language, type Message } from "../i18n";
import type { SettingGroup } from "./field";
import { validatePath } from "./paths";
import { PREVIEW_FIELDS, previewTemplate } from "./template-preview";

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

/** The time file-name and template examples are made at when none is passed in. */
const EXAMPLE_TIME = new Date(2026, 0, 2, 9, 5);

/** The file name a pattern gives for the example article. */
function fileNameExample(pattern: string): Message {
	const filled = fillText(pattern, { fields: PREVIEW_FIELDS.en, now: EXAMPLE_TIME });
	return filled.ok ? message("analysis.preview.fileName", { name: `${safeFileName(filled.value, "Untitled analysis")}.md` }) : errorMessage(filled.error);
}

export const analysisGroup: SettingGroup<keyof AnalysisSettings, AnalysisSettings> = {
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
				return valid.ok ? null : errorMessage(valid.error);
			},
			preview: fileNameExample,
		},
		{
			kind: "dropdown",
			key: "analysisLanguage",
			name: "analysis.settings.language.name",
			desc: "analysis.settings.language.desc",
			options: [{ value: "auto", label: "analysis.settings.language.auto" }, ...LANGUAGES.map((value) => ({ value, label: `settings.language.${value}` as const }))],
		},
		{
			kind: "file",
			key: "templatePath",
			name: "analysis.settings.template.name",
			desc: "analysis.settings.template.desc",
			placeholder: "Templates/Analysis.md",
			validate: validatePath(".md", true),
			preview: previewTemplate,
			exampleLabel: "analysis.preview.summary",
		},
		{ kind: "text", key: "dashboardPath", name: "analysis.settings.dashboard.name", desc: "analysis.settings.dashboard.desc", placeholder: DEFAULT_DASHBOARD_PATH, validate: validatePath(".base", false) },
	],
};
