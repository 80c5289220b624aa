import type { SettingGroup } from "./field";

/** Settings of the investigation questions panel. */
export interface QuestionsSettings {
	/** How a new status is written: an inline `[status:: …]` field, or a checkbox (which task plugins list). */
	readonly questionsStatusSyntax: "field" | "checkbox";
	/** Headings, besides the built-in ones, that open a note's investigation section. */
	readonly questionsHeadings: readonly string[];
	/** Set once the panel has opened by itself after the plugin was first enabled. Not shown in the tab. */
	readonly questionsPanelShown: boolean;
}

export const questionsDefaults: QuestionsSettings = {
	questionsStatusSyntax: "field",
	questionsHeadings: [],
	questionsPanelShown: false,
};

export const questionsGroup: SettingGroup<keyof QuestionsSettings> = {
	heading: "questions.settings.heading",
	fields: [
		{
			kind: "dropdown",
			key: "questionsStatusSyntax",
			name: "questions.settings.syntax.name",
			desc: "questions.settings.syntax.desc",
			options: [
				{ value: "field", label: "questions.settings.syntax.field" },
				{ value: "checkbox", label: "questions.settings.syntax.checkbox" },
			],
		},
		{
			kind: "lines",
			key: "questionsHeadings",
			name: "questions.settings.headings.name",
			desc: "questions.settings.headings.desc",
			placeholder: "Leads\n追蹤清單",
		},
	],
};
