import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { DEMO_VAULT } from "./fixtures/vault";
import { describeView, interact, type ViewSpec } from "./support/scenario";

const panel: ViewSpec = {
	name: "panel",
	place: "sidebar",
	root: '.workspace-leaf-content[data-type="dossier-questions"]',
	showsVaultText: true,
	open: async ({ page }) => {
		// The panel opens itself the first time; the command reveals it.
		await page.evaluate(() => window.harness.runCommand("open-questions"));
		await page.locator(".dossier-questions-item").first().waitFor();
	},
	screenshots: [
		{ theme: "light", language: "en" },
		{ theme: "dark", language: "en" },
		{ theme: "light", language: "zh-TW" },
		{ theme: "dark", language: "zh-TW" },
	],
};

const CHIP_NOTE = "Analyses/2025-11-20 Chip export controls.md";

const titles = (page: Page) => page.locator(".dossier-questions-title-text").allTextContents();
const groupLabels = (page: Page) => page.locator(".dossier-questions-group-label").allTextContents();
const control = (page: Page, key: string) => page.locator(`[data-control="${key}"]`);

describeView(panel, (session) => {
	it("lists every open question of the vault, grouped by note, newest publication first", async () => {
		await interact(session, panel, {}, async ({ page }) => {
			expect(await groupLabels(page)).toEqual([
				"美國在 AI 競賽中的路線選擇",
				"Do chip export controls still bind?",
				"开源模型的下载量说明了什么",
			]);
			expect(await page.locator(".dossier-questions-item").count()).toBe(8);
			expect(await page.locator(".dossier-questions-counts").textContent()).toBe("8 open · 0 investigating");
		});
	});

	it("narrows the list to the questions whose text matches the filter", async () => {
		await interact(session, panel, {}, async ({ page }) => {
			await page.locator(".dossier-questions-filter").fill("loophole");
			await expect.poll(() => titles(page)).toEqual(["Cloud rental loophole"]);
			await page.locator(".dossier-questions-filter").fill("nothing like this");
			await expect.poll(() => page.locator(".dossier-questions-note").textContent()).toBe("No question matches these filters.");
			await page.locator(".dossier-questions-filter").fill("");
			await expect.poll(() => page.locator(".dossier-questions-item").count()).toBe(8);
		});
	});

	it("groups by outlet and sorts by title when asked", async () => {
		await interact(session, panel, {}, async ({ page }) => {
			await control(page, "groupBy").selectOption("outlet");
			// Outlets by how many questions they hold, then by name.
			await expect.poll(() => groupLabels(page)).toEqual(["Example Policy Review", "範例評論", "示例观察"]);
			await control(page, "groupBy").selectOption("none");
			await control(page, "sortBy").selectOption("title");
			await expect.poll(() => page.locator(".dossier-questions-group-label").count()).toBe(0);
			const sorted = await titles(page);
			expect(sorted).toHaveLength(8);
			expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b)));
		});
	});

	it("marks a question as investigating from its context menu and writes it into the note", async () => {
		await interact(session, panel, {}, async ({ page }) => {
			const before = await page.evaluate((path) => window.harness.readNote(path), CHIP_NOTE);
			await page.locator(".dossier-questions-item", { hasText: "Cloud rental loophole" }).click({ button: "right" });
			await page.locator(".menu-item", { hasText: "Mark as Investigating" }).click();
			await expect.poll(() => page.evaluate((path) => window.harness.readNote(path), CHIP_NOTE)).not.toBe(before);
			const after = await page.evaluate((path) => window.harness.readNote(path), CHIP_NOTE);
			expect(after).toBe(before.replace("1. Cloud rental loophole:\n", "1. Cloud rental loophole: [status:: investigating]\n"));
			// The panel reads the note again and shows the new status.
			const item = page.locator(".dossier-questions-item", { hasText: "Cloud rental loophole" });
			await expect.poll(() => item.getAttribute("data-status")).toBe("investigating");
			expect(await item.locator(".dossier-questions-status").textContent()).toBe("Investigating");
			expect(await page.locator(".dossier-questions-counts").textContent()).toBe("7 open · 1 investigating");
		});
	});

	it("follows the entity note the user opens, by its name and its aliases", async () => {
		await interact(session, panel, { language: "zh-TW" }, async ({ page }) => {
			await control(page, "followEntity").check();
			await page.evaluate(() => window.harness.openNote("Entities/DeepSeek.md"));
			await expect.poll(() => page.locator(".dossier-questions-banner").textContent()).toBe("提及 DeepSeek 的問題");
			expect(await titles(page)).toEqual(["How quickly does DeepSeek's next model follow a new control?"]);
			await page.evaluate(() => window.harness.openNote("Entities/Stargate.md"));
			await expect.poll(() => titles(page)).toEqual(["星門資料中心的電力來源與建設進度如何？"]);
			expect(await page.locator(".dossier-questions-banner").textContent()).toBe("提及 Stargate 的問題");
			// An analysis is not an entity: opening one leaves the list as it was.
			await page.evaluate(() => window.harness.openNote("Analyses/2025-11-20 Chip export controls.md"));
			await expect.poll(async () => (await titles(page)).length).toBe(8);
			expect(await page.locator(".dossier-questions-banner").textContent()).toBe("");
		});
	});

	it("flags a question whose review date has passed, readably, in both themes", async () => {
		const files = { ...DEMO_VAULT, [CHIP_NOTE]: DEMO_VAULT[CHIP_NOTE]!.replace("1. Cloud rental loophole:", "1. Cloud rental loophole: [review:: 2026-01-05]") };
		for (const theme of ["light", "dark"] as const) {
			await interact(session, { ...panel, boot: { files } }, { theme }, async ({ page }) => {
				const item = page.locator(".dossier-questions-item.is-overdue");
				expect(await item.locator(".dossier-questions-title-text").textContent()).toBe("Cloud rental loophole");
				expect(await item.locator(".dossier-questions-item-time").textContent()).toBe("Review overdue by 10 days");
				expect(await page.locator(".dossier-questions-overdue-count").textContent()).toBe("1 overdue");
			});
		}
	});

	it("shows how to begin in a vault without analyses", async () => {
		const empty: ViewSpec = {
			...panel,
			boot: { files: { "Welcome.md": "# Welcome\n\nNothing to investigate yet.\n" } },
			open: async ({ page }) => {
				await page.evaluate(() => window.harness.runCommand("open-questions"));
				await page.locator(".dossier-questions-empty").waitFor();
			},
			showsVaultText: false,
		};
		await interact(session, empty, {}, async ({ page }) => {
			expect(await page.locator(".dossier-questions-empty h4").textContent()).toBe("No investigation questions yet");
			await page.locator(".dossier-questions-empty button").click();
			// The button runs the new-analysis command: its form opens.
			await expect.poll(() => page.locator(".modal .modal-title").textContent()).toBe("New analysis");
		});
	});
});
