import { PluginSettingTab, getLanguage, type Plugin, type Setting, type SettingDefinitionItem } from "obsidian";
import { pickLanguage, say, type Language } from "../core/i18n";
import { SETTING_GROUPS, type DossierSettings, type SettingField } from "../core/settings";
import { readNumber } from "../core/settings/field";
import type { FeatureContext, Lifecycle } from "./feature";
import { FileRow } from "./settings-file";

type TextField = Extract<SettingField, { kind: "text" }>;

/**
 * The settings tab, declared for Obsidian's settings search: every group of `core/settings` becomes
 * a group of definitions, and every field is drawn by `renderField` — one loop, no per-setting code.
 * Checks and previews come from the core as messages, said here in the interface language.
 */
export class DossierSettingTab extends PluginSettingTab {
	/** File rows on screen; their previews may depend on other settings, so a save refreshes them. */
	private readonly fileRows = new Set<FileRow>();

	/** `plugin` is only Obsidian's owner of the tab; the tab reads and saves through `host`. */
	constructor(plugin: Plugin, private readonly host: FeatureContext & Lifecycle) {
		super(host.app, plugin);
		// A tab still open when the plugin unloads keeps no vault listener.
		host.register(() => this.closeFileRows());
	}

	override hide(): void {
		this.closeFileRows();
		super.hide();
	}

	/** Tears down every file row: no pending preview, no vault listener. */
	private closeFileRows(): void {
		for (const row of this.fileRows) row.close();
		this.fileRows.clear();
	}

	override getSettingDefinitions(): SettingDefinitionItem[] {
		const t = this.host.t;
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

	/** Adds the control for one field to its row, wired to load and save the setting; returns its cleanup. */
	renderField(setting: Setting, field: SettingField): void | (() => void) {
		const t = this.host.t;
		setting.setName(t(field.name)).setDesc(t(field.desc));
		const current = (this.host.settings as unknown as Record<string, unknown>)[field.key];
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
			case "text":
				return this.renderText(setting, field, typeof current === "string" ? current : "");
			case "number":
				return this.renderNumber(setting, field, typeof current === "number" ? current : field.min);
			case "file":
				return this.renderFile(setting, field, typeof current === "string" ? current : "");
		}
	}

	/** A text field: its check (or its example) under the name, updated as the user types. */
	private renderText(setting: Setting, field: TextField, value: string): void {
		const t = this.host.t;
		const note = setting.descEl.createDiv({ cls: "dossier-setting-note" });
		const show = (next: string): boolean => {
			const problem = field.validate?.(next) ?? null;
			note.toggleClass("mod-warning", problem !== null);
			if (problem !== null) note.setText(t("settings.invalid", { reason: say(t, problem) }));
			else note.setText(field.preview ? say(t, field.preview(next)) : "");
			return problem === null;
		};
		setting.addText((text) =>
			text
				.setPlaceholder(field.placeholder ?? "")
				.setValue(value)
				.onChange(async (next) => {
					if (show(next)) await this.save(field.key, next);
				}),
		);
		show(value);
	}

	/** A number field: what is typed is checked, and saved as a number once it is one in range. */
	private renderNumber(setting: Setting, field: Extract<SettingField, { kind: "number" }>, value: number): void {
		const t = this.host.t;
		const note = setting.descEl.createDiv({ cls: "dossier-setting-note" });
		setting.addText((text) =>
			text.setValue(String(value)).onChange(async (next) => {
				const read = readNumber(next, field.min, field.max);
				note.toggleClass("mod-warning", !read.ok);
				note.setText(read.ok ? "" : t("settings.invalid", { reason: say(t, read.reason) }));
				if (read.ok) await this.save(field.key, read.value);
			}),
		);
	}

	/** A file field: the path checked as typed, the note at it previewed after a pause. */
	private renderFile(setting: Setting, field: Extract<SettingField, { kind: "file" }>, value: string): () => void {
		const row = new FileRow(setting, field, {
			app: this.app,
			t: () => this.host.t,
			settings: () => this.host.settings,
			interfaceLanguage: () => this.interfaceLanguage(),
			save: (next) => this.save(field.key, next),
		}, value);
		this.fileRows.add(row);
		void row.refresh();
		return () => {
			row.close();
			this.fileRows.delete(row);
		};
	}

	private interfaceLanguage(): Language {
		const { language } = this.host.settings;
		return language === "auto" ? pickLanguage(getLanguage()) : language;
	}

	private async save(key: string, value: unknown): Promise<void> {
		const next: DossierSettings = { ...this.host.settings, [key]: value };
		await this.host.saveSettings(next);
		// The interface language changes every label: rebuild the definitions.
		if (key === "language") this.update();
		// Previews may follow other settings (the language of new analyses).
		else for (const row of this.fileRows) if (row.key !== key) void row.refresh();
	}
}
