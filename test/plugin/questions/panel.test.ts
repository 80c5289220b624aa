// Issue #5: the investigation questions panel, through the real plugin in the in-memory runtime —
// what the user sees in the sidebar, and the notes' Markdown before and after each action.
import { afterEach, describe, expect, it, vi } from "vitest";
import { Plugin, TFile, Vault } from "obsidian-test-mocks/obsidian";
import { analysis, SAMPLE, SAMPLE_TITLES } from "../../support/questions";
import { loadPanel, redraw, setControl, type Panel } from "../../support/questions-panel";
import { settle } from "../../support/plugin";

afterEach(() => {
	vi.restoreAllMocks();
	document.body.empty();
});

const chips = analysis({
	title: "晶片出口管制仍然有效嗎？",
	outlet: "財新",
	published: "2025-03-01",
	keywords: ["華為"],
	questions: [["中芯國際 5 奈米良率：", "追蹤 [[華為]] 手機拆解報告。"], ["雲端租用漏洞：", "中國實驗室是否向馬來西亞租用晶片？"]],
});
const edge = analysis({ title: "Edge AI", outlet: "Nikkei Asia", published: "2025-06-01", keywords: ["edge"], questions: [["Who ships 7B models on phones?", "Track handset launches."]] });

const file = (p: Panel, path: string) => {
	const found = p.app.vault.getFileByPath(path);
	if (!(found instanceof TFile)) throw new Error(`no file ${path}`);
	return found;
};
const read = (p: Panel, path: string) => p.app.vault.read(file(p, path));

describe("the questions panel", () => {
	it("opens by itself the first time, and lists every open question with its note, outlet and date", async () => {
		const p = await loadPanel({ "Analyses/chips.md": chips, "Analyses/edge.md": edge, "Notes/other.md": "# Other\n\n- not a question\n" });
		expect(p.plugin.settings.questionsPanelShown).toBe(true);
		expect(p.titles()).toEqual(["Who ships 7B models on phones?", "中芯國際 5 奈米良率", "雲端租用漏洞"]);
		const first = p.items()[1]!;
		// A link reads as Obsidian shows it; the note keeps it.
		expect(first.querySelector(".dossier-questions-item-detail")?.textContent).toBe("追蹤 華為 手機拆解報告。");
		expect(first.querySelector(".dossier-questions-item-meta")?.textContent).toBe("晶片出口管制仍然有效嗎？ · 財新 · 2025-03-01");
		expect(first.querySelector(".dossier-questions-entities")?.textContent).toBe("華為");
		expect(first.querySelector(".dossier-questions-item-time")?.textContent).toMatch(/^Opened .+ ago$/);
		expect(p.view().contentEl.querySelector(".dossier-questions-counts")?.textContent).toBe("3 open · 0 investigating");
	});
});

describe("panel behaviour", () => {
	it.skipIf(!SAMPLE.exists)(`lists the sample's four open questions as-is ${SAMPLE.exists ? "" : SAMPLE.skip}`, async () => {
		const p = await loadPanel({ "us-ai-race-analysis.zh-TW.md": SAMPLE.text });
		expect(p.titles()).toEqual(SAMPLE_TITLES);
		for (const item of p.items()) {
			expect(SAMPLE.text).toContain(item.querySelector(".dossier-questions-item-detail")?.textContent ?? "∅");
			expect(item.querySelector(".dossier-questions-item-meta")?.textContent).toMatch(/ · Financial Times \(FT中文網\) · 2025-12-05$/);
		}
	});

	it("filters by text and groups by status, outlet and keyword", async () => {
		const p = await loadPanel({ "Analyses/chips.md": chips, "Analyses/edge.md": edge });
		setControl(p.view(), "filter", "馬來西亞");
		expect(p.titles()).toEqual(["雲端租用漏洞"]);
		setControl(p.view(), "filter", "");
		setControl(p.view(), "groupBy", "outlet");
		const groups = () => [...p.view().contentEl.querySelectorAll(".dossier-questions-group-title")].map((g) => g.textContent);
		expect(groups()).toEqual(["財新2", "Nikkei Asia1"]);
		setControl(p.view(), "groupBy", "keyword");
		expect(groups()).toEqual(["華為2", "edge1"]);
		setControl(p.view(), "groupBy", "status");
		expect(groups()).toEqual(["Open3"]);
		setControl(p.view(), "sortBy", "title");
		expect(p.titles()).toEqual(["Who ships 7B models on phones?", "中芯國際 5 奈米良率", "雲端租用漏洞"]);
	});

	it("opens the note at the question's line on click, in a new tab with Ctrl/Cmd", async () => {
		const p = await loadPanel({ "Analyses/chips.md": chips });
		const line = chips.split("\n").indexOf("2. 雲端租用漏洞：");
		p.items()[1]!.click();
		await settle();
		expect(p.opened.at(-1)).toMatchObject({ path: "Analyses/chips.md", line });
		const sameLeaf = p.opened.at(-1)!.leaf;
		p.items()[1]!.dispatchEvent(new MouseEvent("click", { ctrlKey: true, metaKey: true, bubbles: true }));
		await settle();
		expect(p.opened.at(-1)?.leaf).not.toBe(sameLeaf);
	});

	it("asks Obsidian's page preview on hover", async () => {
		const p = await loadPanel({ "Analyses/chips.md": chips });
		const hovers: unknown[] = [];
		p.app.workspace.on("hover-link", (info: unknown) => hovers.push(info));
		p.items()[0]!.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(hovers).toMatchObject([{ source: "dossier-questions", linktext: "Analyses/chips.md", sourcePath: "Analyses/chips.md" }]);
	});

	it("sets a status from the context menu, writes it on the question's line only, and shows it after the re-read", async () => {
		const p = await loadPanel({ "Analyses/chips.md": chips });
		p.items()[1]!.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true }));
		const menu = p.menus.at(-1)!;
		expect(menu.menuItems__.map((i) => i.title__)).toEqual(["Mark as Investigating", "Mark as Answered", "Mark as Dropped", "Set review date…", "Add answered-by link…", "Copy as Markdown"]);
		menu.menuItems__[0]!.onClick__!(new MouseEvent("click"));
		await settle();
		const after = await read(p, "Analyses/chips.md");
		expect(after).toBe(chips.replace("2. 雲端租用漏洞：", "2. 雲端租用漏洞： [status:: investigating]"));
		await redraw();
		expect(p.items()[1]?.dataset.status).toBe("investigating");
		expect(p.view().contentEl.querySelector(".dossier-questions-counts")?.textContent).toBe("1 open · 1 investigating");
	});

	it("writes a checkbox instead when the setting asks for one", async () => {
		const p = await loadPanel({ "Analyses/chips.md": chips }, { version: 1, questionsStatusSyntax: "checkbox", questionsPanelShown: false });
		p.items()[0]!.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true }));
		p.menus.at(-1)!.menuItems__.find((i) => i.title__ === "Mark as Answered")!.onClick__!(new MouseEvent("click"));
		await settle();
		expect(await read(p, "Analyses/chips.md")).toBe(chips.replace("1. 中芯國際", "1. [x] 中芯國際"));
	});

	it("updates live after a file change, a rename and a delete", async () => {
		const p = await loadPanel({ "Analyses/chips.md": chips, "Analyses/edge.md": edge });
		await p.app.vault.modify(file(p, "Analyses/edge.md"), edge.replace("Who ships 7B models on phones?", "Who ships 3B models on phones?"));
		await redraw();
		expect(p.titles()).toContain("Who ships 3B models on phones?");
		await p.app.vault.create("Analyses/new.md", analysis({ title: "New", published: "2025-09-01", questions: [["新問題", "d"]] }));
		await redraw();
		expect(p.titles()[0]).toBe("新問題");
		await p.app.vault.rename(file(p, "Analyses/chips.md"), "Archive/chips.md");
		await redraw();
		p.items().find((el) => el.textContent?.includes("雲端租用漏洞"))!.click();
		await settle();
		expect(p.opened.at(-1)?.path).toBe("Archive/chips.md");
		await p.app.fileManager.trashFile(file(p, "Archive/chips.md"));
		await redraw();
		expect(p.titles()).toEqual(["新問題", "Who ships 3B models on phones?"]);
	});

	it("redraws only while visible, and catches up when shown again", async () => {
		const p = await loadPanel({ "Analyses/edge.md": edge });
		p.view().containerEl.hide();
		await p.app.vault.modify(file(p, "Analyses/edge.md"), edge.replace("7B", "1B"));
		await redraw();
		expect(p.titles()).toEqual(["Who ships 7B models on phones?"]);
		p.view().containerEl.show();
		p.app.workspace.trigger("layout-change");
		expect(p.titles()).toEqual(["Who ships 1B models on phones?"]);
	});

	it("shows only the active note's questions, or those of the active entity", async () => {
		const entity = "---\ntype: entity\naliases:\n  - 華為技術\n---\n# 華為\n";
		const p = await loadPanel({ "Analyses/chips.md": chips, "Analyses/edge.md": edge, "Entities/華為.md": entity });
		await p.app.workspace.getLeaf(false).openFile(file(p, "Analyses/edge.md"));
		p.app.workspace.setActiveLeaf(p.opened.at(-1)!.leaf);
		setControl(p.view(), "thisNote", true);
		expect(p.titles()).toEqual(["Who ships 7B models on phones?"]);
		setControl(p.view(), "thisNote", false);
		setControl(p.view(), "followEntity", true);
		const leaf = p.app.workspace.getLeaf(true);
		await leaf.openFile(file(p, "Entities/華為.md"));
		p.app.workspace.setActiveLeaf(leaf);
		await redraw();
		expect(p.titles()).toEqual(["中芯國際 5 奈米良率"]);
		expect(p.view().contentEl.querySelector(".dossier-questions-banner")?.textContent).toBe("Questions mentioning 華為");
	});

	it("shows what the panel is for in an empty vault, and runs the new-analysis command when there is one", async () => {
		const p = await loadPanel({ "Notes/a.md": "# Just a note\n" });
		const empty = p.view().contentEl.querySelector(".dossier-questions-empty");
		expect(empty?.querySelector("h4")?.textContent).toBe("No investigation questions yet");
		empty?.querySelector("button")?.click();
		expect(p.notices.at(-1)).toMatch(/Areas for further investigation/);
		const run = vi.fn(() => true);
		Object.assign(p.app, { commands: { commands: { "dossier:new-analysis": {} }, executeCommandById: run } });
		empty?.querySelector("button")?.click();
		expect(run).toHaveBeenCalledWith("dossier:new-analysis");
	});

	it("copies the shown questions as Markdown and creates a briefing note linking back to each note", async () => {
		const p = await loadPanel({ "Analyses/chips.md": chips, "Analyses/edge.md": edge });
		const writes: string[] = [];
		Object.defineProperty(navigator, "clipboard", { value: { writeText: async (t: string) => void writes.push(t) }, configurable: true });
		setControl(p.view(), "filter", "馬來西亞");
		const command = (id: string) => Plugin.fromOriginalType2__(p.plugin).commands__.get(id)!;
		command("copy-open-questions").callback!();
		await settle();
		expect(writes.at(-1)).toMatch(/^# Open questions — \d{4}-\d{2}-\d{2}\n\n## \[\[Analyses\/chips\|晶片出口管制仍然有效嗎？\]\]\n\n- \*\*雲端租用漏洞\*\*\n {4}中國實驗室是否向馬來西亞租用晶片？\n$/);
		command("create-briefing").callback!();
		await settle();
		const briefing = p.app.vault.getMarkdownFiles().find((f) => f.path.startsWith("Briefing "));
		expect(briefing && (await p.app.vault.read(briefing))).toBe(writes.at(-1));
		expect(p.notices.at(-1)).toMatch(/^Created Briefing /);
	});
});

describe("panel reliability", () => {
	it("says so, and writes nothing, when the note was deleted while shown", async () => {
		const p = await loadPanel({ "Analyses/chips.md": chips });
		const item = p.items()[0]!;
		item.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true }));
		const menu = p.menus.at(-1)!;
		await p.app.vault.adapter.remove("Analyses/chips.md");
		p.app.vault.reconcile__();
		menu.menuItems__[0]!.onClick__!(new MouseEvent("click"));
		await settle();
		item.click();
		await settle();
		expect(p.notices.filter((n) => n.includes("no longer exists"))).toHaveLength(2);
		await redraw();
		expect(p.titles()).toEqual([]);
	});

	it("writes nothing and says why when the question changed between the click and the write", async () => {
		const p = await loadPanel({ "Analyses/chips.md": chips });
		p.items()[0]!.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true }));
		const edited = chips.replace("中芯國際 5 奈米良率", "中芯國際 3 奈米良率");
		await p.app.vault.adapter.write("Analyses/chips.md", edited);
		p.menus.at(-1)!.menuItems__[0]!.onClick__!(new MouseEvent("click"));
		await settle();
		expect(await read(p, "Analyses/chips.md")).toBe(edited);
		expect(p.notices.at(-1)).toMatch(/“中芯國際 5 奈米良率” is no longer in 晶片出口管制仍然有效嗎？; nothing was changed\./);
	});

	it("opens at the question's new line when lines were added above it after it was listed", async () => {
		const p = await loadPanel({ "Analyses/chips.md": chips });
		await p.app.vault.adapter.write("Analyses/chips.md", chips.replace("摘要段落。", "摘要段落。\n\n新增。\n\n再一段。"));
		p.items()[1]!.click();
		await settle();
		expect(p.opened.at(-1)?.line).toBe(chips.split("\n").indexOf("2. 雲端租用漏洞：") + 4);
	});

	it("keeps the newer text of a note changed while the index build was reading it", async () => {
		const cachedRead = Vault.prototype.cachedRead;
		vi.spyOn(Vault.prototype, "cachedRead").mockImplementation(async function (this: Vault, read: TFile) {
			const text = await cachedRead.call(this, read);
			// The user edits the note between the read and the indexing of its batch.
			if (read.path === "Analyses/edge.md" && text === edge) await this.modify(read, edge.replace("7B", "3B"));
			return text;
		});
		const p = await loadPanel({ "Analyses/chips.md": chips, "Analyses/edge.md": edge });
		await redraw();
		expect(p.titles()).toContain("Who ships 3B models on phones?");
		expect(p.titles()).not.toContain("Who ships 7B models on phones?");
	});

	it("lists 200 of 1,000 questions in one note and counts the rest", async () => {
		const many = analysis({ questions: Array.from({ length: 1000 }, (_, i) => [`問題 ${i}`, `說明 ${i}`] as const) });
		const p = await loadPanel({ "Analyses/many.md": many });
		expect(p.items()).toHaveLength(200);
		expect(p.view().contentEl.querySelector(".dossier-questions-group-count")?.textContent).toBe("1000");
		expect(p.view().contentEl.textContent).toContain("800 more not listed");
	});

	it("reads a 5 MB note and one with malformed frontmatter", async () => {
		const filler = Array.from({ length: 25_000 }, (_, i) => `段落 ${i}：${"中文內容與 English text ".repeat(8)}`).join("\n\n");
		const big = analysis({ title: "Big", questions: [["最後的問題", "在很長的筆記之後。"]] }).replace("摘要段落。", filler);
		const broken = ["---", "title: [unclosed", "---", "", "## Open questions", "", "- 仍然讀得到？"].join("\n");
		const p = await loadPanel({ "big.md": big, "broken.md": broken });
		expect(p.titles().sort()).toEqual(["仍然讀得到？", "最後的問題"]);
	});

	it("does not take a heading inside a code block for the section", async () => {
		const fenced = ["# Notes", "", "```markdown", "## Open questions", "- fenced, not a question", "```"].join("\n");
		const p = await loadPanel({ "fenced.md": fenced });
		expect(p.items()).toEqual([]);
		expect(p.view().contentEl.querySelector(".dossier-questions-empty")).not.toBeNull();
	});

	it("renders question text as text", async () => {
		const p = await loadPanel({ "x.md": ["## Open questions", "", "- <img src=x onerror=alert(1)> who pays?", "", "  <b>detail</b>"].join("\n") });
		expect(p.titles()).toEqual(["<img src=x onerror=alert(1)> who pays?"]);
		expect(p.view().contentEl.querySelector("img, b")).toBeNull();
	});
});
