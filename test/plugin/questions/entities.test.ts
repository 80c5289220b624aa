// Issue #5 ("the entities it mentions": links and names the entity matcher finds; "follow the active
// entity") against issue #4's registry: when entity notes are created, renamed, deleted or their
// aliases change, the panel shows the questions' entities as they are now, without the analyses
// being edited — through the real plugin, what the user sees in the sidebar.
import { afterEach, describe, expect, it, vi } from "vitest";
import { TFile } from "obsidian-test-mocks/obsidian";
import { EntityService } from "../../../src/plugin/entities";
import { entityNote, waitFor } from "../../support/entities";
import { analysis } from "../../support/questions";
import { loadPanel, redraw, setControl, type Panel } from "../../support/questions-panel";

afterEach(() => {
	vi.restoreAllMocks();
	document.body.empty();
});

const questions = analysis({
	title: "Open weights",
	published: "2025-03-01",
	questions: [
		["深度求索會繼續開源嗎？", "比較 Qwen 的授權。"],
		["星際之門的資金從哪裡來？", "追蹤軟銀的財報。"],
		["Who audits the chips?", "Nothing named here."],
	],
});

const file = (p: Panel, path: string) => {
	const found = p.app.vault.getFileByPath(path);
	if (!(found instanceof TFile)) throw new Error(`no file ${path}`);
	return found;
};

/** Each listed question: its title and the entity chips it shows. */
const chips = (p: Panel) => p.items().map((el) => [el.querySelector(".dossier-questions-title-text")?.textContent, [...el.querySelectorAll(".dossier-questions-entity")].map((c) => c.textContent).join(",")].join(" → "));

/** Waits until the panel shows `expected`, past the registry's quiet time and the redraw. */
async function expectChips(p: Panel, expected: readonly string[]): Promise<void> {
	await waitFor(() => JSON.stringify(chips(p)) === JSON.stringify(expected), `chips ${JSON.stringify(expected)}, shown ${JSON.stringify(chips(p))}`);
}

const banner = (p: Panel) => p.view().contentEl.querySelector(".dossier-questions-banner")?.textContent ?? "";

describe("questions follow the entity registry", () => {
	it("finds names again when an entity note is created, its aliases change, it is renamed or deleted", async () => {
		const p = await loadPanel({ "Analyses/weights.md": questions, "Entities/Stargate.md": entityNote(["星門"]) });
		setControl(p.view(), "sortBy", "title");
		const untagged = ["Who audits the chips? → ", "星際之門的資金從哪裡來？ → ", "深度求索會繼續開源嗎？ → "];
		expect(chips(p)).toEqual(untagged);

		await p.app.vault.create("Entities/DeepSeek.md", entityNote(["深度求索"]));
		await expectChips(p, [untagged[0]!, untagged[1]!, "深度求索會繼續開源嗎？ → DeepSeek"]);

		await p.app.vault.modify(file(p, "Entities/Stargate.md"), entityNote(["星門", "星際之門"]));
		await expectChips(p, [untagged[0]!, "星際之門的資金從哪裡來？ → Stargate", "深度求索會繼續開源嗎？ → DeepSeek"]);

		await p.app.vault.rename(file(p, "Entities/DeepSeek.md"), "Entities/DeepSeek AI.md");
		await expectChips(p, [untagged[0]!, "星際之門的資金從哪裡來？ → Stargate", "深度求索會繼續開源嗎？ → DeepSeek AI"]);

		await p.app.fileManager.trashFile(file(p, "Entities/DeepSeek AI.md"));
		await p.app.vault.modify(file(p, "Entities/Stargate.md"), entityNote(["星門"]));
		await expectChips(p, untagged);
		// The analysis itself was never written.
		expect(await p.app.vault.read(file(p, "Analyses/weights.md"))).toBe(questions);
	});

	it("keeps a question's links when the registry changes, and finds names in its detail too", async () => {
		const linked = analysis({ title: "Links", questions: [["Does [[Alibaba]] fund it?", "See 千問 and Qwen."]] });
		const p = await loadPanel({ "Analyses/linked.md": linked });
		expect(chips(p)).toEqual(["Does Alibaba fund it? → Alibaba"]);
		await p.app.vault.create("Entities/Qwen.md", entityNote(["千問"]));
		await expectChips(p, ["Does Alibaba fund it? → Alibaba,Qwen"]);
	});

	it("reads each question once for a burst of registry changes (a vault load, a bulk rename)", async () => {
		const p = await loadPanel({ "Analyses/weights.md": questions });
		const names = vi.spyOn(EntityService.prototype, "entityNames");
		for (let i = 0; i < 20; i++) await p.app.vault.create(`Entities/Lab ${i}.md`, entityNote([`Lab${i}`]));
		await p.app.vault.create("Entities/DeepSeek.md", entityNote(["深度求索"]));
		await expectChips(p, ["深度求索會繼續開源嗎？ → DeepSeek", "星際之門的資金從哪裡來？ → ", "Who audits the chips? → "]);
		expect(names).toHaveBeenCalledTimes(3);
	});

	it("finds names again when the settings change what the matcher finds", async () => {
		const simplified = analysis({ title: "Genesis", questions: [["创世计划的执行效率", "预算从哪里来？"]] });
		const p = await loadPanel({ "Analyses/genesis.md": simplified, "Entities/Genesis Mission.md": entityNote(["創世計畫"]) });
		expect(chips(p)).toEqual(["创世计划的执行效率 → Genesis Mission"]);
		await p.plugin.saveSettings({ ...p.plugin.settings, entitiesVariants: false });
		await expectChips(p, ["创世计划的执行效率 → "]);
		await p.plugin.saveSettings({ ...p.plugin.settings, entitiesVariants: true });
		await expectChips(p, ["创世计划的执行效率 → Genesis Mission"]);
	});

	it("keeps following a picked entity after its note is renamed", async () => {
		const p = await loadPanel({ "Analyses/weights.md": questions, "Entities/DeepSeek.md": entityNote(["深度求索"]) });
		p.items()[0]!.querySelector<HTMLElement>(".dossier-questions-entity")!.click();
		expect(banner(p)).toBe("Questions mentioning DeepSeek×");
		expect(p.titles()).toEqual(["深度求索會繼續開源嗎？"]);
		await p.app.vault.rename(file(p, "Entities/DeepSeek.md"), "Entities/深度求索公司.md");
		await waitFor(() => banner(p) === "Questions mentioning 深度求索公司×", `the banner to follow the rename, shown ${banner(p)}`);
		expect(p.titles()).toEqual(["深度求索會繼續開源嗎？"]);
		expect(p.view().getState().entity).toBe("深度求索公司");
	});

	it("follows the active entity as the registry knows it: by folder, and under its new name", async () => {
		// In the entities folder, a note is an entity without `type: entity`.
		const p = await loadPanel({ "Analyses/weights.md": questions, "Entities/Stargate.md": "---\naliases: [星際之門]\n---\n# Stargate\n" });
		setControl(p.view(), "followEntity", true);
		const leaf = p.app.workspace.getLeaf(true);
		await leaf.openFile(file(p, "Entities/Stargate.md"));
		p.app.workspace.setActiveLeaf(leaf);
		await redraw();
		expect(p.titles()).toEqual(["星際之門的資金從哪裡來？"]);
		expect(banner(p)).toBe("Questions mentioning Stargate");
		await p.app.vault.rename(file(p, "Entities/Stargate.md"), "Entities/Stargate LLC.md");
		await waitFor(() => banner(p) === "Questions mentioning Stargate LLC", `the banner to follow the rename, shown ${banner(p)}`);
		expect(p.titles()).toEqual(["星際之門的資金從哪裡來？"]);
	});
});
