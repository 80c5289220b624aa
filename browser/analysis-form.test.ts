import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { PAYLOAD_VAULT, payload } from "./fixtures/vault";
import { describeView, interact, type ViewSpec } from "./support/scenario";

const form: ViewSpec = {
	name: "form",
	place: "modal",
	root: ".modal",
	showsVaultText: false,
	open: async ({ page }) => {
		await page.evaluate(() => window.harness.runCommand("new-analysis"));
		await page.locator(".modal .dossier-analysis-form").waitFor();
	},
	screenshots: [
		{ theme: "light", language: "en" },
		{ theme: "dark", language: "en" },
		{ theme: "light", language: "zh-TW" },
	],
};

const field = (page: Page, name: string) => page.locator(`.dossier-analysis-form [name="${name}"]`);

/** What a researcher types for a new article. */
async function fillArticle(page: Page): Promise<void> {
	await field(page, "source").fill("https://example.org/2026/01/12/hbm-supply");
	await field(page, "title").fill("Who controls HBM supply?");
	await field(page, "outlet").fill("Example Policy Review");
	await field(page, "authors").fill("Jane Doe, 王小明");
	await field(page, "published").fill("2026年1月12日 08:05");
	await field(page, "keywords").fill("HBM, DeepSeek");
}

describeView(form, (session) => {
	it("reads the published date as the user types it, and says when it cannot", async () => {
		await interact(session, form, {}, async ({ page }) => {
			const understood = page.locator(".dossier-analysis-understood");
			await field(page, "published").fill("5 December 2025");
			await expect.poll(() => understood.textContent()).toMatch(/^Understood as .*2025/);
			await field(page, "published").fill("next Tuesdayish");
			await expect.poll(() => understood.textContent()).toBe('Cannot read "next Tuesdayish" as a date. Try 2025-12-05 14:42.');
			expect(await understood.getAttribute("class")).toContain("mod-warning");
		});
	});

	it("says how it understood the date in the interface language", async () => {
		await interact(session, form, { language: "zh-TW" }, async ({ page }) => {
			await field(page, "published").fill("2025年12月5日 14:42");
			await expect.poll(() => page.locator(".dossier-analysis-understood").textContent()).toBe("解讀為 2025年12月5日 星期五 14:42");
		});
	});

	it("refuses a source that is not a web address, keeps the form open, and writes nothing", async () => {
		await interact(session, form, {}, async ({ page }) => {
			await fillArticle(page);
			await field(page, "source").fill("example dot org");
			await page.locator(".dossier-analysis-create").click();
			await expect.poll(() => page.locator(".dossier-analysis-status").textContent()).toBe('"example dot org" is not a web address.');
			expect(await page.locator(".modal").count()).toBe(1);
			const paths = await page.evaluate(() => window.harnessPlugin!.app.vault.getFiles().map((f) => f.path));
			expect(paths.filter((p) => p.includes("HBM"))).toEqual([]);
		});
	});

	it("creates the note from the filled form, with the fields as properties and the analysis sections", async () => {
		// The form closes; what is left to read is the notice naming the new note.
		await interact(session, { ...form, root: ".notice-container" }, {}, async ({ page }) => {
			await fillArticle(page);
			await page.locator(".dossier-analysis-create").click();
			await expect.poll(() => page.locator(".modal").count()).toBe(0);
			const path = "Analyses/2026-01-12 Who controls HBM supply.md";
			const text = await page.evaluate((p) => window.harness.readNote(p), path);
			expect(text).toMatch(/^---\n/);
			for (const line of [
				"type: analysis",
				"source: https://example.org/2026/01/12/hbm-supply",
				"outlet: Example Policy Review",
				"published: 2026-01-12T08:05",
				"lang: en",
				"  - Jane Doe",
				"  - 王小明",
				"  - HBM",
				"  - DeepSeek",
			]) {
				expect(text.split("\n")).toContain(line);
			}
			expect(text).toMatch(/^title: "?Who controls HBM supply\?"?$/m);
			expect(text).toContain("## 4. Areas for further investigation");
			expect(await page.locator(".notice").textContent()).toContain(path);
		});
	});

	it("suggests keywords from the vault's notes and entities, showing their text as text", async () => {
		await interact(session, { ...form, showsVaultText: true, boot: { files: PAYLOAD_VAULT } }, {}, async ({ page }) => {
			await field(page, "keywords").fill("ASP");
			const chips = page.locator(".dossier-analysis-suggestion");
			await expect.poll(() => chips.allTextContents()).toContain(`ASPI ${payload("alias")}`);
			await chips.filter({ hasText: /^ASPI$/ }).click();
			expect(await field(page, "keywords").inputValue()).toBe("ASPI");
		});
	});
});
