import { describe, expect, it } from "vitest";
import { App, Plugin } from "obsidian-test-mocks/obsidian";
import manifest from "../../manifest.json";
import DossierPlugin from "../../src/plugin/main";
import { LANGUAGES, table } from "../../src/core/i18n";
import { handlerCount, loadPlugin, settle } from "../support/plugin";

describe("plugin lifecycle", () => {
	it("registers every feature's commands with translated names and no default hotkeys", async () => {
		const { plugin } = await loadPlugin();
		const registered = Plugin.fromOriginalType2__(plugin).commands__;
		const expected = plugin.features.list.flatMap((f) => f.commands.map((c) => c.id));
		expect([...registered.keys()].map((id) => id.replace(/^dossier:/, ""))).toEqual(expected);
		for (const command of registered.values()) {
			expect(command.hotkeys ?? []).toEqual([]);
			expect(command.name).not.toMatch(/dossier|command/i);
		}
	});

	it("loads settings from data.json, resetting wrong values instead of failing", async () => {
		const { plugin } = await loadPlugin({}, { version: 1, language: "klingon" });
		expect(plugin.settings.language).toBe("auto");
		await plugin.saveSettings({ ...plugin.settings, language: "zh-TW" });
		expect(await plugin.loadData()).toMatchObject({ version: 1, language: "zh-TW" });
		expect(plugin.t("settings.general")).toBe("一般");
	});

	it("adds a settings tab whose definitions cover every group", async () => {
		const { plugin } = await loadPlugin();
		const tabs = Plugin.fromOriginalType2__(plugin).settingTabs__;
		expect(tabs).toHaveLength(1);
		const definitions = tabs[0]!.getSettingDefinitions();
		expect(definitions.length).toBeGreaterThan(0);
		expect(JSON.stringify(definitions.map((d) => ("heading" in d ? d.heading : "")))).toContain("General");
	});

	it("detaches every event it registered when unloaded", async () => {
		const app = App.createConfigured__();
		const before = handlerCount(app);
		const plugin = new DossierPlugin(app.asOriginalType__(), manifest);
		plugin.load();
		await settle();
		plugin.unload();
		expect(handlerCount(app)).toBe(before);
	});
});

describe("interface strings", () => {
	it.each(LANGUAGES)("%s has every key of the English table", (language) => {
		expect([...table(language).keys()].sort()).toEqual([...table("en").keys()].sort());
		for (const text of table(language).values()) expect(text.trim()).not.toBe("");
	});
});

