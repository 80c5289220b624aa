/**
 * The plugin's real settings tab, drawn in the fake runtime and used as a person would: find a row
 * by the name it shows, type into its text field, pick from its dropdown, read what is written
 * under it. Obsidian redraws an open tab when the plugin calls `update()`; the mocks only store the
 * definitions, so `openSettings` makes `update()` redraw (as the browser harness does). Obsidian
 * calls a row's cleanup (what `render` returned) "before the row is torn down"; the mocks never do,
 * so here a redraw and `hide()` call them first.
 */
import { DropdownComponent, Plugin, SettingTab, TextComponent, type BaseComponent } from "obsidian-test-mocks/obsidian";
import type DossierPlugin from "../../src/plugin/main";
import { settle } from "./plugin";

export interface SettingsScreen {
	readonly el: HTMLElement;
	/** Closes the tab, as leaving the settings does. */
	hide(): void;
	/** The row whose name reads `name` (throws when there is none, listing the names shown). */
	row(name: string): SettingsRow;
}

export interface SettingsRow {
	readonly el: HTMLElement;
	/** Types `value` into the row's text field, as keystrokes report it to Obsidian's `onChange`. */
	type(value: string): Promise<void>;
	/** Picks `value` from the row's dropdown. */
	pick(value: string): Promise<void>;
	/** The text under the name (the check, the example or the preview's status). */
	note(): string;
	/** Whether that text is shown as a warning. */
	warned(): boolean;
	/** The example block (the note a template would make), or null when none is shown. */
	example(): { readonly text: string; readonly open: boolean } | null;
}

/** Opens the plugin's settings tab and draws it. */
export function openSettings(plugin: DossierPlugin): SettingsScreen {
	const tab = Plugin.fromOriginalType2__(plugin).settingTabs__[0];
	if (!(tab instanceof SettingTab)) throw new Error("the plugin added no settings tab");
	if (!drawn.has(tab)) drawOnUpdate(tab);
	tab.update();
	return {
		el: tab.containerEl,
		hide: () => tab.hide(),
		row: (name) => {
			const rows = tab.getRenderedRows__();
			const found = rows.find((r) => r.setting.nameEl.textContent === name);
			if (!found) throw new Error(`no row "${name}" among ${rows.map((r) => r.setting.nameEl.textContent).join(", ")}`);
			return rowOf(found.setting.settingEl, found.setting.components);
		},
	};
}

/** Tabs whose `update()` already redraws (opening the settings again must not wrap it twice). */
const drawn = new WeakSet<SettingTab>();

/** Makes `update()` redraw the tab, and a redraw or `hide()` tear the rows down first. */
function drawOnUpdate(tab: SettingTab): void {
	drawn.add(tab);
	const teardown = () => {
		for (const row of tab.getRenderedRows__()) row.cleanup?.();
	};
	const update = tab.update.bind(tab);
	tab.update = () => {
		teardown();
		update();
		tab.renderTab__();
	};
	const hide = tab.hide.bind(tab);
	tab.hide = () => {
		teardown();
		hide();
	};
}

function rowOf(el: HTMLElement, components: readonly BaseComponent[]): SettingsRow {
	const only = <T>(type: abstract new (...args: never[]) => T): T => {
		const component = components.find((c): c is BaseComponent & T => c instanceof type);
		if (!component) throw new Error(`the row has no ${type.name}`);
		return component;
	};
	const note = () => el.querySelector(".dossier-setting-note");
	return {
		el,
		type: async (value) => {
			only(TextComponent).setValue(value);
			await settle();
		},
		pick: async (value) => {
			only(DropdownComponent).setValue(value);
			await settle();
		},
		note: () => note()?.textContent ?? "",
		warned: () => note()?.classList.contains("mod-warning") ?? false,
		example: () => {
			const details = el.querySelector<HTMLDetailsElement>("details.dossier-setting-preview");
			if (!details || details.style.display === "none") return null;
			return { text: details.querySelector("pre")?.textContent ?? "", open: details.open };
		},
	};
}
