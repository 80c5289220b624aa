/**
 * The plugin: loads the settings (migrated), registers the settings tab and every feature's
 * commands with one loop, hands each feature its ports (`hostOf`, never the plugin itself), and
 * tells each feature when new settings are saved (`Feature.settingsChanged`). It wires; the work
 * lives in the features.
 */
import { Notice, Plugin, getLanguage } from "obsidian";
import { pickLanguage, translator, type Translate } from "../core/i18n";
import { DEFAULT_SETTINGS, fieldOf, migrateSettings, toStored, type DossierSettings } from "../core/settings";
import { hostOf, type CommandSpec, type FeatureHost } from "./feature";
import { createFeatures } from "./features";
import { DossierSettingTab } from "./settings-tab";

/** The plugin: it wires features to Obsidian and holds the settings. */
export default class DossierPlugin extends Plugin {
	override settings: DossierSettings = DEFAULT_SETTINGS;
	/** Translates interface strings into the chosen language. */
	t: Translate = translator("en");
	/** This instance's features and the services they share. */
	readonly features = createFeatures();
	/** What the features are handed: ports onto this plugin, never the plugin itself. */
	readonly host: FeatureHost = hostOf(this);

	override async onload(): Promise<void> {
		await this.loadSettings();
		this.addSettingTab(new DossierSettingTab(this, this.host));
		for (const feature of this.features.list) {
			feature.load?.(this.host);
			for (const spec of feature.commands) this.addCommand(this.toCommand(spec));
		}
	}

	async loadSettings(): Promise<void> {
		const { settings, reset } = migrateSettings(await this.loadData());
		this.settings = settings;
		this.t = translator(settings.language === "auto" ? pickLanguage(getLanguage()) : settings.language);
		const names = reset.map((key) => {
			const field = fieldOf(key);
			return field ? this.t(field.name) : key;
		});
		if (names.length > 0) this.notify(this.t("settings.reset", { keys: names.join(this.t("settings.listSeparator")) }));
	}

	async saveSettings(next: DossierSettings): Promise<void> {
		this.settings = next;
		this.t = translator(next.language === "auto" ? pickLanguage(getLanguage()) : next.language);
		await this.saveData(toStored(next));
		for (const feature of this.features.list) feature.settingsChanged?.();
	}

	/** Shows a message to the user; errors from features arrive here as values, not exceptions. */
	notify(message: string): void {
		new Notice(this.t("notice.error", { message }));
	}

	private toCommand(spec: CommandSpec) {
		const { id, icon, run, check, editor } = spec;
		const name = this.t(spec.name);
		const guard = (work: () => void | Promise<void>) => () => void Promise.resolve().then(work).catch((e: unknown) => this.notify(String(e)));
		if (editor) return { id, name, icon, editorCallback: (ed: Parameters<typeof editor>[1], ctx: Parameters<typeof editor>[2]) => guard(() => editor(this.host, ed, ctx))() };
		if (check) return { id, name, icon, checkCallback: (checking: boolean) => { const action = check(this.host); if (action && !checking) guard(action)(); return action !== null; } };
		return { id, name, icon, callback: guard(() => run?.(this.host)) };
	}
}
