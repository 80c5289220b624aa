// The settings tab speaks the interface language, and previews the analysis template file live as
// its path is typed (issue 3, point 2: "a clear error shown before anything is written, with a
// live preview in settings").
import { afterEach, describe, expect, it, vi } from "vitest";
import { handlerCount, loadPlugin } from "../../support/plugin";
import { openSettings } from "../../support/settings";
import { PREVIEW_DELAY_MS } from "../../../src/plugin/settings-file";
import { captureNotices } from "../../support/ui";

afterEach(() => {
	vi.restoreAllMocks();
});

/** A vault with a template of the user's own and the plugin loaded, the settings tab open. */
async function settingsWith(files: Record<string, string> = {}) {
	const loaded = await loadPlugin(files);
	return { ...loaded, screen: openSettings(loaded.plugin) };
}

const TEMPLATE = "---\ntags: [reading]\n---\n# {{title}}\n\n{{outlet}}, {{published:D MMMM YYYY}}\n\n## Notes\n";

describe("settings checks in the interface language", () => {
	it.each([
		{ language: "en", expected: "Not saved. Unknown placeholder {{nope}}." },
		{ language: "zh-TW", expected: "未儲存：未知的佔位符 {{nope}}。" },
		{ language: "zh-CN", expected: "未保存：未知的占位符 {{nope}}。" },
	])("a bad file-name pattern in $language says why and is not saved", async ({ language, expected }) => {
		const { plugin, screen } = await settingsWith();
		await screen.row("Interface language").pick(language);
		const pattern = openSettings(plugin).row(plugin.t("analysis.settings.pattern.name"));
		await pattern.type("{{published:YYYY-MM-DD}} {{nope}}");
		expect(pattern.note()).toBe(expected);
		expect(pattern.warned()).toBe(true);
		expect(plugin.settings.fileNamePattern).toBe("{{published:YYYY-MM-DD}} {{title}}");
		expect(await plugin.loadData()).not.toMatchObject({ fileNamePattern: "{{published:YYYY-MM-DD}} {{nope}}" });
	});

	it("says what is wrong with a path in Simplified Chinese, and saves it once it is right", async () => {
		const { plugin, screen } = await settingsWith();
		await screen.row("Interface language").pick("zh-CN");
		const tab = openSettings(plugin);
		const dashboard = tab.row("总览文件");
		await dashboard.type("  ");
		expect(dashboard.note()).toBe("未保存：路径是空的。");
		await dashboard.type("Boards/分析.base");
		expect(dashboard.note()).toBe("");
		expect(dashboard.warned()).toBe(false);
		expect(plugin.settings.dashboardPath).toBe("Boards/分析.base");
		const folder = tab.row("分析文件夹");
		await folder.type("Analyses: 2025");
		expect(folder.note()).toBe('未保存：路径不能包含 \\ : * ? " < > |');
	});

	it("shows the file name a pattern gives, in Traditional Chinese", async () => {
		const { plugin, screen } = await settingsWith();
		await screen.row("Interface language").pick("zh-TW");
		const pattern = openSettings(plugin).row("檔名格式");
		await pattern.type("{{published:YYYY年M月D日}} {{outlet}}");
		expect(pattern.note()).toBe("範例：2025年12月5日 Example Weekly.md");
		expect(plugin.settings.fileNamePattern).toBe("{{published:YYYY年M月D日}} {{outlet}}");
	});
});

describe("number settings (issue 12: a map's caps)", () => {
	it("saves a whole number in range as a number, and says why another is not saved", async () => {
		const { plugin, screen } = await settingsWith();
		const analyses = screen.row("Analyses on a map");
		await analyses.type("12");
		expect([analyses.note(), plugin.settings.mapsMaxAnalyses]).toEqual(["", 12]);
		expect(await plugin.loadData()).toMatchObject({ mapsMaxAnalyses: 12 });
		await analyses.type("0");
		expect(analyses.note()).toBe("Not saved. Enter a whole number from 1 to 500.");
		expect(analyses.warned()).toBe(true);
		expect(plugin.settings.mapsMaxAnalyses).toBe(12);
		await screen.row("Interface language").pick("zh-TW");
		const entities = openSettings(plugin).row("關係圖上的實體數");
		await entities.type("3.5");
		expect(entities.note()).toBe("未儲存：請輸入 1 到 200 的整數。");
		expect(plugin.settings.mapsMaxEntities).toBe(30);
	});
});

describe("the template file's live preview", () => {
	it("previews the note a template in the vault makes, after a pause in typing, reading it once and writing nothing", async () => {
		const { app, plugin, screen } = await settingsWith({ "Templates/Reading.md": TEMPLATE });
		const lookup = vi.spyOn(app.vault, "getFileByPath");
		const read = vi.spyOn(app.vault, "cachedRead");
		const writes = [vi.spyOn(app.vault, "modify"), vi.spyOn(app.vault, "process"), vi.spyOn(app.vault, "create")];
		const row = screen.row("Template file");
		// Every step is a valid path, typed faster than the pause: only the last is looked up.
		for (const typed of ["Templates/R.md", "Templates/Read.md", "Templates/Reading.md"]) await row.type(typed);
		await vi.waitFor(() => expect(row.note()).toBe("The template is valid. A new analysis would look like the preview."));
		const example = row.example();
		expect(example?.open).toBe(true);
		expect(example?.text).toContain("tags:\n  - reading\ntype: analysis\ntitle: Who pays for the chips?\n");
		expect(example?.text).toContain("\n# Who pays for the chips?\n\nExample Weekly, 5 December 2025\n\n## Notes\n");
		expect(lookup.mock.calls.map(([path]) => path).filter((path) => path.startsWith("Templates/"))).toEqual(["Templates/Reading.md"]);
		expect(read).toHaveBeenCalledTimes(1);
		for (const write of writes) expect(write).not.toHaveBeenCalled();
		expect(plugin.settings.templatePath).toBe("Templates/Reading.md");
	});

	it("opens the preview of the user's own template once, and leaves it folded when they fold it", async () => {
		const { screen } = await settingsWith({ "Templates/Reading.md": TEMPLATE });
		const row = screen.row("Template file");
		await row.type("Templates/Reading.md");
		await vi.waitFor(() => expect(row.example()?.open).toBe(true));
		row.el.querySelector("details")?.removeAttribute("open");
		await screen.row("Language of new analyses").pick("zh-CN");
		await vi.waitFor(() => expect(row.example()?.text).toContain("# 芯片的账由谁来付？"));
		expect(row.example()?.open).toBe(false);
	});

	it("names the unknown placeholder and where it is, in the interface language, and shows no preview", async () => {
		const { plugin, screen } = await settingsWith({ "Templates/Bad.md": "# {{title}}\n\n  {{summary}}\n" });
		await screen.row("Interface language").pick("zh-TW");
		const row = openSettings(plugin).row("範本檔案");
		await row.type("Templates/Bad.md");
		await vi.waitFor(() => expect(row.note()).toBe("無法用此範本建立分析。第 3 行第 3 欄：未知的佔位符 {{summary}}。"));
		expect(row.warned()).toBe(true);
		expect(row.example()).toBeNull();
	});

	it("names a bad date format in the template's properties by its line", async () => {
		const { screen } = await settingsWith({ "T.md": '---\ncreated: "{{date:yyyy-MM-dd}}"\n---\n' });
		const row = screen.row("Template file");
		await row.type("T.md");
		await vi.waitFor(() => expect(row.note()).toContain('Line 2, column 11: Bad date format "yyyy-MM-dd": "y" is not a date token'));
	});

	it("says when there is no note at the path, or a folder, and when the path is not a Markdown note", async () => {
		const { app, screen } = await settingsWith({ "Templates/Other.md": "x" });
		await app.vault.createFolder("Folder.md");
		const row = screen.row("Template file");
		await row.type("Templates/Missing.md");
		await vi.waitFor(() => expect(row.note()).toBe("There is no note at Templates/Missing.md yet. Create it, or clear the path to use the built-in template."));
		await row.type("Folder.md");
		await vi.waitFor(() => expect(row.note()).toBe("Folder.md is a folder, not a note."));
		await row.type("Templates/Other");
		expect(row.note()).toBe("Not saved. The file must end in .md.");
		expect(row.example()).toBeNull();
	});

	it("previews the built-in template of the language of new analyses when no path is set, and follows that setting", async () => {
		const { screen } = await settingsWith();
		const row = screen.row("Template file");
		await vi.waitFor(() => expect(row.note()).toBe("No template file: new analyses use the built-in template in English."));
		expect(row.example()?.text).toContain("## 2. Executive summary");
		expect(row.example()?.open).toBe(false);
		await screen.row("Language of new analyses").pick("zh-TW");
		await vi.waitFor(() => expect(row.example()?.text).toContain("## 2. 核心摘要 (Executive Summary)"));
		expect(row.example()?.text).toContain("title: 晶片的帳由誰來付？");
		expect(row.note()).toBe("No template file: new analyses use the built-in template in Traditional Chinese (繁體中文).");
	});
});

describe("the template file's preview follows the note", () => {
	const VALID = "The template is valid. A new analysis would look like the preview.";
	const MISSING = "There is no note at Templates/Reading.md yet. Create it, or clear the path to use the built-in template.";

	/** The tab open on `Templates/Reading.md`, its preview shown. */
	async function previewing(files: Record<string, string>) {
		const loaded = await settingsWith(files);
		const row = loaded.screen.row("Template file");
		await row.type("Templates/Reading.md");
		return { ...loaded, row };
	}

	const fileAt = (app: Awaited<ReturnType<typeof loadPlugin>>["app"], path: string) => {
		const file = app.vault.getFileByPath(path);
		if (!file) throw new Error(`no note at ${path}`);
		return file;
	};

	it("shows the note's new text when it is modified elsewhere, and says it is missing once deleted", async () => {
		const { app, row } = await previewing({ "Templates/Reading.md": TEMPLATE });
		await vi.waitFor(() => expect(row.example()?.text).toContain("\n## Notes\n"));
		await app.vault.modify(fileAt(app, "Templates/Reading.md"), TEMPLATE.replace("## Notes", "## Sources"));
		await vi.waitFor(() => expect(row.example()?.text).toContain("\n## Sources\n"));
		expect(row.example()?.text).not.toContain("## Notes");
		expect(row.note()).toBe(VALID);
		await app.fileManager.trashFile(fileAt(app, "Templates/Reading.md"));
		await vi.waitFor(() => expect(row.note()).toBe(MISSING));
		expect(row.example()).toBeNull();
	});

	it("previews the note once it is created or renamed to the path, and says it is missing once renamed away", async () => {
		const { app, row } = await previewing({ "Drafts/Reading.md": TEMPLATE });
		await vi.waitFor(() => expect(row.note()).toBe(MISSING));
		await app.vault.rename(fileAt(app, "Drafts/Reading.md"), "Templates/Reading.md");
		await vi.waitFor(() => expect(row.note()).toBe(VALID));
		await app.vault.rename(fileAt(app, "Templates/Reading.md"), "Drafts/Old.md");
		await vi.waitFor(() => expect(row.note()).toBe(MISSING));
		await app.vault.create("Templates/Reading.md", "# {{title}}\n\n## Created\n");
		await vi.waitFor(() => expect(row.example()?.text).toContain("\n## Created\n"));
	});

	it("waits for the same pause as typing, and reads once for a burst of changes", async () => {
		const { app, row } = await previewing({ "Templates/Reading.md": TEMPLATE });
		await vi.waitFor(() => expect(row.note()).toBe(VALID));
		const read = vi.spyOn(app.vault, "cachedRead");
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
		try {
			for (const heading of ["## One", "## Two", "## Three"]) {
				await app.vault.modify(fileAt(app, "Templates/Reading.md"), TEMPLATE.replace("## Notes", heading));
				vi.advanceTimersByTime(PREVIEW_DELAY_MS - 1);
			}
			expect(read).not.toHaveBeenCalled();
			vi.advanceTimersByTime(1);
		} finally {
			vi.useRealTimers();
		}
		await vi.waitFor(() => expect(row.example()?.text).toContain("\n## Three\n"));
		expect(read).toHaveBeenCalledTimes(1);
	});

	it("leaves a change to another note alone", async () => {
		const { app, row } = await previewing({ "Templates/Reading.md": TEMPLATE, "Other.md": "x" });
		await vi.waitFor(() => expect(row.note()).toBe(VALID));
		const read = vi.spyOn(app.vault, "cachedRead");
		await app.vault.modify(fileAt(app, "Other.md"), "y");
		await new Promise((resolve) => window.setTimeout(resolve, PREVIEW_DELAY_MS + 50));
		expect(read).not.toHaveBeenCalled();
	});

	it("stops listening to the vault when the tab is closed, or the plugin unloads with it open", async () => {
		const { app, plugin } = await loadPlugin({ "Templates/Reading.md": TEMPLATE });
		const before = handlerCount(app);
		const screen = openSettings(plugin);
		expect(handlerCount(app)).toBeGreaterThan(before);
		openSettings(plugin);
		openSettings(plugin);
		expect(handlerCount(app)).toBe(before + 4);
		screen.hide();
		expect(handlerCount(app)).toBe(before);
		openSettings(plugin);
		const read = vi.spyOn(app.vault, "cachedRead");
		plugin.unload();
		await app.vault.modify(fileAt(app, "Templates/Reading.md"), TEMPLATE.replace("## Notes", "## Later"));
		await new Promise((resolve) => window.setTimeout(resolve, PREVIEW_DELAY_MS + 50));
		expect(read).not.toHaveBeenCalled();
	});
});

describe("stored settings Dossier cannot use", () => {
	it("are reset, and a notice names them as the tab does, in the interface language", async () => {
		const notices = captureNotices();
		const { plugin } = await loadPlugin({}, { version: 1, language: "zh-TW", dashboardPath: "", fileNamePattern: "{{nope}}", entitiesMentions: "some" });
		expect(plugin.settings).toMatchObject({ dashboardPath: "Analyses/Analyses.base", fileNamePattern: "{{published:YYYY-MM-DD}} {{title}}", entitiesMentions: "first" });
		expect(notices).toEqual(["Dossier：部分設定的值無法使用，已重設為預設值：要連結的提及、檔名格式、總覽檔案"]);
	});
});
