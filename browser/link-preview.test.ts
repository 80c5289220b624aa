import { expect, it } from "vitest";
import { describeView, interact, type ViewSpec } from "./support/scenario";

/** The Chinese analysis: 創世計畫 and 澳洲戰略政策研究所 unlinked in its summary, 星門 linked in a question. */
const NOTE = "Analyses/2025-12-05 美國AI路線.md";

/**
 * The command runs on the note open in the main area. The harness has no editor, so the plugin
 * takes its other path — plan, preview, then one `Vault.process` write — as it does for a note
 * shown in reading view.
 */
const preview: ViewSpec = {
	name: "link-preview",
	place: "modal",
	root: ".modal",
	showsVaultText: true,
	open: async ({ page }) => {
		await page.evaluate((path) => window.harness.openNote(path), NOTE);
		await page.evaluate(() => window.harness.runCommand("link-entities-in-note"));
		await page.locator(".modal .dossier-entities-preview").waitFor();
	},
	screenshots: [
		{ theme: "light", language: "en" },
		{ theme: "dark", language: "en" },
		{ theme: "light", language: "zh-TW" },
	],
};

const row = (entity: string) => `.dossier-entities-preview-item:has(.dossier-entities-target:text-is("${entity}"))`;

describeView(preview, (session) => {
	it("proposes each unlinked mention in its context, with the entity it links to", async () => {
		await interact(session, preview, {}, async ({ page }) => {
			expect(await page.locator(".dossier-entities-target").allTextContents()).toEqual(["Genesis Mission", "ASPI"]);
			expect(await page.locator(".dossier-entities-surface").allTextContents()).toEqual(["創世計畫", "澳洲戰略政策研究所"]);
			expect(await page.locator(".modal button.mod-cta").textContent()).toBe("Link 2 mentions");
		});
	});

	it("writes every link but the one unticked, and lists only the linked entities in the note's properties", async () => {
		// The modal closes on apply; what is left to read is the notice.
		await interact(session, { ...preview, root: ".notice-container" }, {}, async ({ page }) => {
			const before = await page.evaluate((path) => window.harness.readNote(path), NOTE);
			await page.locator(row("Genesis Mission")).locator("input[type=checkbox]").uncheck();
			await expect.poll(() => page.locator(".modal button.mod-cta").textContent()).toBe("Link 1 mention");
			await page.locator(".modal button.mod-cta").click();
			await expect.poll(() => page.evaluate((path) => window.harness.readNote(path), NOTE)).not.toBe(before);
			const after = await page.evaluate((path) => window.harness.readNote(path), NOTE);
			const expected = before
				.replace("。澳洲戰略政策研究所的報告", "。[[ASPI|澳洲戰略政策研究所]]的報告")
				.replace("tags:\n  - analysis\n---", 'tags:\n  - analysis\nentities:\n  - "[[ASPI]]"\n  - "[[Stargate]]"\n---');
			expect(after).toBe(expected);
			expect(after).toContain("\n創世計畫試圖");
			expect(await page.locator(".notice").last().textContent()).toBe("Linked 1 mention.");
		});
	});

	it("writes nothing when cancelled", async () => {
		await interact(session, { ...preview, root: "[data-host=main]", place: "main" }, {}, async ({ page }) => {
			const before = await page.evaluate((path) => window.harness.readNote(path), NOTE);
			await page.locator(".modal button", { hasText: "Cancel" }).click();
			await expect.poll(() => page.locator(".modal").count()).toBe(0);
			expect(await page.evaluate((path) => window.harness.readNote(path), NOTE)).toBe(before);
		});
	});
});
