// The entity report: shared aliases, entities never mentioned, frequent names without an entity (issue 4, item 5).
import { afterEach, describe, expect, it, vi } from "vitest";
import { settle } from "../../support/plugin";
import { captureNotices, keepModalsOpen, runCommand } from "../../support/ui";
import { ENTITIES, button, entityNote, loadVault, textAt, waitFor } from "../../support/entities";

const VAULT: Readonly<Record<string, string>> = {
	...ENTITIES,
	"Entities/DeepSeek.md": entityNote(["深度求索", "DS"]),
	"Entities/Dassault Systèmes.md": entityNote(["DS"]),
	"Notes/a.md": "DeepSeek 與星門。報告提到「人形機器人」。\n",
	"Notes/b.md": "「人形機器人」又出現了，還有深度求索。\n",
};

/** The rows of the section whose heading starts with `heading`. */
function section(el: HTMLElement, heading: string): string[] {
	const found = [...el.querySelectorAll(".dossier-entities-section")].find((s) => s.querySelector("h4")?.textContent.startsWith(heading));
	return [...(found?.querySelectorAll("li") ?? [])].map((li) => li.textContent);
}

describe("entity report", () => {
	afterEach(() => vi.restoreAllMocks());

	it("lists shared aliases, entities never mentioned and frequent names without an entity", async () => {
		const { app, plugin } = await loadVault({ ...VAULT });
		const modals = keepModalsOpen();
		const notices = captureNotices();
		await runCommand(plugin, "show-entity-report");
		const report = modals[0]!.contentEl;
		await waitFor(() => report.querySelector(".dossier-entities-section") !== null, "the report");
		expect(section(report, "Aliases shared by two entities")).toEqual(["DS — Dassault Systèmes, DeepSeek"]);
		expect(section(report, "Entities no note mentions")).toEqual(expect.arrayContaining(["Genesis Mission", "Dassault Systèmes"]));
		expect(section(report, "Entities no note mentions")).not.toContain("DeepSeek");
		const candidates = section(report, "Frequent names without an entity");
		expect(candidates[0]).toMatch(/^人形機器人 — 2 times/);

		button(report, "Create entity").click();
		await settle();
		const form = modals.at(-1)!;
		expect((form.contentEl.querySelector("input[type=text]") as HTMLInputElement).value).toBe("人形機器人");
		button(form.contentEl, "Create").click();
		await waitFor(() => notices.length > 0, "the new entity");
		expect(await textAt(app, "Entities/人形機器人.md")).toContain("type: entity");
		plugin.unload();
	});
});
