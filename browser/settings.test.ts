import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeView, interact, type ViewSpec } from "./support/scenario";

const settings: ViewSpec = {
	name: "settings",
	place: "main",
	root: ".vertical-tab-content",
	frame: ".vertical-tab-content-container",
	screenshots: [
		{ theme: "light", language: "en" },
		{ theme: "dark", language: "en" },
		{ theme: "light", language: "zh-TW" },
	],
	showsVaultText: false,
	open: async ({ page }) => {
		await page.evaluate(() => window.harness.openSettings());
	},
};

const headings = ".vertical-tab-content .setting-item-heading .setting-item-name";
/** The interface-language dropdown, found by its row's name in any of the three languages (other rows have dropdowns too). */
const languageName = /^(Interface language|介面語言|界面语言)$/;
const language = (page: Page) =>
	page.locator(".vertical-tab-content .setting-item").filter({ has: page.locator(".setting-item-name", { hasText: languageName }) }).locator("select.dropdown");

describeView(settings, (session) => {
	it("redraws every label in the language picked from the dropdown, and saves it", async () => {
		await interact(session, settings, {}, async ({ page }) => {
			await expect.poll(() => page.locator(headings).first().textContent()).toBe("General");
			await language(page).selectOption("zh-TW");
			await expect.poll(() => page.locator(headings).first().textContent()).toBe("一般");
			expect(await page.locator(".vertical-tab-content .setting-item-name").allTextContents()).toContain("介面語言");
			expect(await language(page).inputValue()).toBe("zh-TW");
			expect(await page.evaluate(() => window.harness.pluginData())).toMatchObject({ language: "zh-TW" });
		});
	});

	it("says why a file-name pattern is not saved, readably, and keeps the last good one", async () => {
		for (const theme of ["light", "dark"] as const) {
			await interact(session, settings, { theme }, async ({ page }) => {
				const row = page.locator(".vertical-tab-content .setting-item").filter({ has: page.locator(".setting-item-name", { hasText: /^File name pattern$/ }) });
				await row.locator("input").fill("{{published:YYYY-MM-DD}} {{nope}}");
				await expect.poll(() => row.locator(".dossier-setting-note").textContent()).toBe("Not saved. Unknown placeholder {{nope}}.");
				expect(await row.locator(".dossier-setting-note").getAttribute("class")).toContain("mod-warning");
				expect(await page.evaluate(() => window.harness.pluginData())).not.toMatchObject({ fileNamePattern: "{{published:YYYY-MM-DD}} {{nope}}" });
			});
		}
	});

	it("previews the template file as its path is typed: the error with its place, then the note it makes", async () => {
		for (const theme of ["light", "dark"] as const) {
			await interact(session, settings, { theme, language: "zh-TW" }, async ({ page }) => {
				const row = page.locator(".vertical-tab-content .setting-item").filter({ has: page.locator(".setting-item-name", { hasText: /^範本檔案$/ }) });
				const note = row.locator(".dossier-setting-note");
				await expect.poll(() => note.textContent()).toBe("未設定範本檔案：新分析使用繁體中文的內建範本。");
				await row.locator("input").fill("Templates/Missing.md");
				await expect.poll(() => note.textContent()).toBe("Templates/Missing.md 還沒有筆記。請建立它，或清空路徑以使用內建範本。");
				expect(await note.getAttribute("class")).toContain("mod-warning");
				await row.locator("input").fill("");
				await expect.poll(() => note.textContent()).toContain("內建範本");
				await row.locator("summary").click();
				await expect.poll(() => row.locator("pre.dossier-setting-example").isVisible()).toBe(true);
				expect(await row.locator("pre.dossier-setting-example").textContent()).toContain("## 1. 新聞履歷 (Metadata)");
			});
		}
	});

	it("follows Obsidian's language while the setting is automatic", async () => {
		await interact(session, settings, { language: "zh-CN" }, async ({ page }) => {
			await expect.poll(() => page.locator(headings).first().textContent()).toBe("常规");
			expect(await language(page).inputValue()).toBe("auto");
		});
	});
});
