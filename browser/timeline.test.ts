import { expect, it } from "vitest";
import { describeView, interact, type ViewSpec } from "./support/scenario";

/** The timeline block as it sits in an entity note: no body, so it is the note's own entity. */
const timeline: ViewSpec = {
	name: "timeline",
	place: "main",
	root: ".block-language-dossier-timeline",
	frame: ".markdown-rendered",
	showsVaultText: true,
	open: async ({ page }) => {
		await page.evaluate(() => window.harness.renderCodeBlock("dossier-timeline", "", "Entities/DeepSeek.md"));
		await page.locator(".block-language-dossier-timeline .dossier-entities-unlinked").first().waitFor({ timeout: 5000 });
	},
};

const NOT_ENTITY = "This timeline shows in an entity note (type: entity).";

describeView(timeline, (session) => {
	it("lists the analyses that link or name the entity, newest published first, with date and outlet, then its open questions", async () => {
		await interact(session, timeline, {}, async ({ page }) => {
			const lists = page.locator(".block-language-dossier-timeline .dossier-entities-timeline-list");
			const rows = () => lists.nth(0).locator("li").evaluateAll((items) => items.map((li) => [...li.children].map((child) => child.textContent)));
			// The analysis that names DeepSeek without a link shows once the unlinked mentions are read.
			await expect.poll(rows).toEqual([
				["2025-12-18", "Who rents out the restricted GPUs?", "Example Compute Monitor", "Unlinked"],
				["2025-11-20", "Do chip export controls still bind?", "Example Policy Review"],
				["2025-10-02", "开源模型的下载量说明了什么", "示例观察"],
			]);
			expect(await lists.nth(1).locator("li").allTextContents()).toEqual(["How quickly does DeepSeek's next model follow a new control?"]);
		});
	});

	it("lists who is named with the entity, most shared analyses first, and says which ones on hover", async () => {
		await interact(session, timeline, {}, async ({ page }) => {
			const named = page.locator(".block-language-dossier-timeline .dossier-entities-named-with-list li");
			await expect.poll(() => named.allTextContents()).toEqual([
				"Nvidia · 2 analyses · 2025-12-18",
				"ASPI · 1 analysis · 2025-11-20",
				"Huawei · 1 analysis · 2025-11-20",
			]);
			// Obsidian shows an element's aria-label as its tooltip on hover.
			expect(await named.first().locator(".dossier-entities-named-with-count").getAttribute("aria-label")).toBe(
				["Named together in 2 analyses:", "2025-12-18 · Who rents out the restricted GPUs?", "2025-11-20 · Do chip export controls still bind?"].join("\n"),
			);
			await named.first().locator("a", { hasText: "Nvidia" }).click();
			await expect.poll(() => page.evaluate(() => window.harnessPlugin!.app.workspace.getActiveFile()?.path)).toBe("Entities/Nvidia.md");
		});
	});

	it("opens an analysis from its title", async () => {
		await interact(session, timeline, {}, async ({ page }) => {
			await page.locator(".block-language-dossier-timeline a", { hasText: "开源模型的下载量说明了什么" }).click();
			await expect.poll(() => page.evaluate(() => window.harnessPlugin!.app.workspace.getActiveFile()?.path)).toBe("Analyses/2025-10-02 开源模型下载量.md");
		});
	});

	it("names another entity in its body, and says when a note is no entity", async () => {
		await interact(session, timeline, {}, async ({ page }) => {
			await page.evaluate(() => window.harness.renderCodeBlock("dossier-timeline", "星門", "Analyses/2025-12-05 美國AI路線.md"));
			const blocks = page.locator(".block-language-dossier-timeline");
			await expect.poll(() => blocks.nth(1).locator("li").allTextContents()).toEqual([
				expect.stringContaining("美國在 AI 競賽中的路線選擇"),
				"ASPI · 1 analysis · 2025-12-05",
				"Genesis Mission · 1 analysis · 2025-12-05",
				"星門資料中心的電力來源與建設進度如何？",
			]);
			await page.evaluate(() => window.harness.renderCodeBlock("dossier-timeline", "", "Analyses/2025-12-05 美國AI路線.md"));
			await expect.poll(() => blocks.nth(2).textContent()).toBe(NOT_ENTITY);
		});
	});
});
