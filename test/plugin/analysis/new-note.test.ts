// "New analysis note": one pre-filled form, one write, the note opened with the cursor in the first
// empty section; collisions, duplicate sources and bad input (issue 3).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { App, Modal } from "obsidian-test-mocks/obsidian";
import type DossierPlugin from "../../../src/plugin/main";
import { loadPlugin, settle } from "../../support/plugin";
import { captureNotices, keepModalsOpen, runCommand } from "../../support/ui";
import { activeEditor, openNotesInViews } from "../../support/markdown-leaf";
import { click, field, textOf, type, values } from "./helpers";

vi.mock("../../../src/plugin/features", async () => {
	const { createAnalysisFeature } = await import("../../../src/plugin/analysis");
	const { EntityService } = await import("../../../src/plugin/entities");
	const { testPorts } = await import("./ports");
	// Only the analysis feature, with a page fetcher backed by the local test server.
	return { createFeatures: () => ({ list: [createAnalysisFeature(testPorts)], entities: new EntityService() }) };
});

const SOURCE = "https://big5.ftchinese.com/story/001108363";
const ENTITY = "---\ntype: entity\naliases:\n  - 深度求索\n---\n# DeepSeek\n";
const OLD_ANALYSIS = `---\ntype: analysis\nsource: ${SOURCE}\nkeywords:\n  - Stargate\n  - export controls\n---\n# Old\n`;

let modals: Modal[];
let notices: string[];
let app: App;
let plugin: DossierPlugin;
let opened: string[];

async function start(files: Record<string, string> = {}, data?: unknown) {
	({ app, plugin } = await loadPlugin(files, data));
	opened = openNotesInViews(app);
}

async function openForm(): Promise<Modal> {
	await runCommand(plugin, "new-analysis");
	const form = modals[modals.length - 1];
	if (!form) throw new Error("no form opened");
	return form;
}

beforeEach(() => {
	modals = keepModalsOpen();
	notices = captureNotices();
});
afterEach(() => vi.restoreAllMocks());

describe("New analysis note", () => {
	it("pre-fills the form, creates the note in one write in the folder, opens it with the cursor in the first empty section", async () => {
		await start({ "Entities/DeepSeek.md": ENTITY });
		const create = vi.spyOn(app.vault, "create");
		const modify = vi.spyOn(app.vault, "modify");
		const form = await openForm();
		expect(values(form)).toMatchObject({ published: "2025-12-06 09:00", lang: "en", title: "", source: "" });
		expect(textOf(form, "dossier-analysis-understood")).toBe("Understood as Saturday 6 December 2025, 09:00");

		type(form, { title: "美國在AI競賽中是否存在戰略失誤？", source: SOURCE, outlet: "Financial Times (FT中文網)", authors: "John Thornhill", published: "2025年12月5日 14:42", keywords: "Deep" });
		field(form, "lang").value = "zh-TW";
		expect(textOf(form, "dossier-analysis-understood")).toBe("Understood as Friday 5 December 2025, 14:42");
		expect(textOf(form, "dossier-analysis-suggestions")).toContain("DeepSeek");
		click(form, "dossier-analysis-suggestion");
		expect(field(form, "keywords").value).toBe("DeepSeek");
		click(form, "dossier-analysis-create");
		await vi.waitFor(() => expect(modals).toHaveLength(0));

		const path = "Analyses/2025-12-05 美國在AI競賽中是否存在戰略失誤？.md";
		expect(create).toHaveBeenCalledTimes(1);
		expect(modify).not.toHaveBeenCalled();
		expect(create.mock.calls[0]?.[0]).toBe(path);
		const text = await app.vault.adapter.read(path);
		expect(text).toContain("title: 美國在AI競賽中是否存在戰略失誤？\nsource: https://big5.ftchinese.com/story/001108363\noutlet: Financial Times (FT中文網)\nauthor:\n  - John Thornhill\npublished: 2025-12-05T14:42\ncreated: 2025-12-06T09:00\n");
		expect(text).toContain("keywords:\n  - DeepSeek\n");
		expect(text).toContain("## 4. 潛在調查方向 (Areas for Further Investigation)");
		expect(opened).toEqual([path]);
		const editor = activeEditor(app);
		const cursor = editor.getCursor();
		expect(editor.getLine(cursor.line - 1)).toBe("## 2. 核心摘要 (Executive Summary)");
		expect(notices).toContain(`Created ${path}`);
	});

	it("adds a number to a name that is taken, never overwriting", async () => {
		const taken = "Analyses/2025-12-05 Chips.md";
		await start({ [taken]: "# mine\n" });
		const form = await openForm();
		type(form, { title: "Chips", published: "2025-12-05 10:00" });
		click(form, "dossier-analysis-create");
		await vi.waitFor(() => expect(modals).toHaveLength(0));
		expect(await app.vault.adapter.read(taken)).toBe("# mine\n");
		expect(await app.vault.adapter.read("Analyses/2025-12-05 Chips 1.md")).toContain("title: Chips");
	});

	it("says when an analysis of the same article exists and offers to open it", async () => {
		await start({ "Analyses/Old.md": OLD_ANALYSIS });
		const create = vi.spyOn(app.vault, "create");
		const form = await openForm();
		type(form, { source: "http://big5.ftchinese.com/story/001108363/?utm_source=x" });
		expect(textOf(form, "dossier-analysis-duplicate")).toContain("An analysis of this article already exists: Analyses/Old.md");
		click(form, "dossier-analysis-open-existing");
		await settle();
		expect(modals).toHaveLength(0);
		expect(opened).toEqual(["Analyses/Old.md"]);
		expect(create).not.toHaveBeenCalled();
	});

	it("keeps the form open and writes nothing when the date, the URL or the template is wrong", async () => {
		await start({ "Templates/Analysis.md": "# {{title}}\n\n{{summary}}\n" });
		const create = vi.spyOn(app.vault, "create");
		const form = await openForm();
		type(form, { title: "X", published: "next Tuesday" });
		expect(textOf(form, "dossier-analysis-understood")).toContain('Cannot read "next Tuesday" as a date');
		click(form, "dossier-analysis-create");
		await vi.waitFor(() => expect(textOf(form, "dossier-analysis-status")).toContain('Cannot read "next Tuesday"'));

		type(form, { published: "2025-12-05", source: "not a url" });
		click(form, "dossier-analysis-create");
		await vi.waitFor(() => expect(textOf(form, "dossier-analysis-status")).toContain('"not a url" is not a web address'));

		await plugin.saveSettings({ ...plugin.settings, templatePath: "Templates/Analysis.md" });
		type(form, { source: "" });
		click(form, "dossier-analysis-create");
		await vi.waitFor(() => expect(textOf(form, "dossier-analysis-status")).toBe("Template Templates/Analysis.md: Line 3, column 1: Unknown placeholder {{summary}}."));
		expect(modals).toEqual([form]);
		expect(create).not.toHaveBeenCalled();
	});

	it("uses a template file from the vault, its own properties kept and filled", async () => {
		await start({ "Templates/Analysis.md": "---\nstatus: draft\nreviewed: \"{{date:YYYY-MM-DD}}\"\n---\n# {{title}} ({{published:D MMM YYYY}})\n\n## Summary\n\n## Questions\n" }, { version: 1, templatePath: "Templates/Analysis.md", analysesFolder: "Reading/Analyses", fileNamePattern: "{{date:YYYYMMDD}} {{title}}" });
		const form = await openForm();
		type(form, { title: "Genesis Mission: who gets the data?", published: "Dec 5, 2025" });
		click(form, "dossier-analysis-create");
		await vi.waitFor(() => expect(modals).toHaveLength(0));
		const text = await app.vault.adapter.read("Reading/Analyses/20251206 Genesis Mission who gets the data.md");
		expect(text.startsWith("---\nstatus: draft\nreviewed: 2025-12-06\ntype: analysis\ntitle: \"Genesis Mission: who gets the data?\"\n")).toBe(true);
		expect(text).toContain("# Genesis Mission: who gets the data? (5 Dec 2025)\n\n## Summary\n");
		expect(activeEditor(app).getCursor().line).toBe(text.split("\n").indexOf("## Summary") + 1);
	});
});
