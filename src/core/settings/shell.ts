import { LANGUAGES, type Language } from "../i18n";
import type { SettingGroup } from "./field";

export interface ShellSettings {
	/** `auto` follows Obsidian's language. */
	readonly language: "auto" | Language;
}

export const shellDefaults: ShellSettings = { language: "auto" };

export const shellGroup: SettingGroup<keyof ShellSettings> = {
	heading: "settings.general",
	fields: [
		{
			kind: "dropdown",
			key: "language",
			name: "settings.language.name",
			desc: "settings.language.desc",
			options: [
				{ value: "auto", label: "settings.language.auto" },
				...LANGUAGES.map((value) => ({ value, label: `settings.language.${value}` as const })),
			],
		},
	],
};
