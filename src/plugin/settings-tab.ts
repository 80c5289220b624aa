import { PluginSettingTab, type App, type Setting, type SettingDefinitionItem } from "obsidian";
import { SETTING_GROUPS, type DossierSettings, type SettingField } from "../core/settings";
import type DossierPlugin from "./main";

/**
 * The settings tab, declared for Obsidian's settings search: every group of `core/settings` becomes
 * a group of definitions, and every field is drawn by `renderField` — one loop, no per-setting code.
 */
export class DossierSettingTab extends PluginSettingTab {
	constructor(app: App, private readonly plugin: DossierPlugin) {
		super(app, plugin);
	}

	override getSettingDefinitions(): SettingDefinitionItem[] {
		const t = this.plugin.t;
		return SETTING_GROUPS.map((group) => ({
			type: "group" as const,
			heading: t(group.heading),
			items: group.fields.map((field) => ({
				name: t(field.name),
				desc: t(field.desc),
				render: (setting: Setting) => this.renderField(setting, field),
			})),
		}));
	}

	/** Adds the control for one field to its row, wired to load and save the setting. */
	renderField(setting: Setting, field: SettingField): void {
		const t = this.plugin.t;
		setting.setName(t(field.name)).setDesc(t(field.desc));
		const current = (this.plugin.settings as unknown as Record<string, unknown>)[field.key];
		const save = (value: unknown) => this.save(field.key, value);
		switch (field.kind) {
			case "toggle":
				setting.addToggle((toggle) => toggle.setValue(current === true).onChange(save));
				return;
			case "dropdown":
				setting.addDropdown((dropdown) => {
					for (const option of field.options) dropdown.addOption(option.value, t(option.label));
					dropdown.setValue(typeof current === "string" ? current : "").onChange(save);
				});
				return;
			case "lines":
				setting.addTextArea((area) =>
					area
						.setPlaceholder(field.placeholder ?? "")
						.setValue(Array.isArray(current) ? current.join("\n") : "")
						.onChange((value) => save(value.split("\n").map((line) => line.trim()).filter(Boolean))),
				);
				return;
			case "text": {
				const note = setting.descEl.createDiv({ cls: "dossier-setting-note" });
				const show = (value: string): boolean => {
					const problem = field.validate?.(value) ?? null;
					note.toggleClass("mod-warning", problem !== null);
					note.setText(problem !== null ? t("settings.invalid", { reason: problem }) : (field.preview?.(value) ?? ""));
					return problem === null;
				};
				const value = typeof current === "string" ? current : "";
				setting.addText((text) =>
					text
						.setPlaceholder(field.placeholder ?? "")
						.setValue(value)
						.onChange(async (next) => {
							if (show(next)) await save(next);
						}),
				);
				show(value);
				return;
			}
		}
	}

	private async save(key: string, value: unknown): Promise<void> {
		const next: DossierSettings = { ...this.plugin.settings, [key]: value };
		await this.plugin.saveSettings(next);
		// The interface language changes every label: rebuild the definitions.
		if (key === "language") this.update();
	}
}
