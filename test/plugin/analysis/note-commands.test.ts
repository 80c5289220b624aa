// Insert sections, add a question, normalize, convert a clipping, create the dashboard — driven
// through the plugin's commands in the fake runtime, markdown in and markdown out (issue 3).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseYaml } from "obsidian";
import type { App } from "obsidian-test-mocks/obsidian";
import type DossierPlugin from "../../../src/plugin/main";
import { loadPlugin } from "../../support/plugin";
import { captureNotices, commandAvailable, editorWith, keepModalsOpen, runCommand } from "../../support/ui";
import { fileAt } from "../../support/entities";
import { openNotesInViews } from "../../support/markdown-leaf";
import { readInvalidFrontmatterAsObsidianDoes } from "../../support/invalid-yaml";

vi.mock("../../../src/plugin/features", async () => {
	const { createAnalysisFeature } = await import("../../../src/plugin/analysis");
	const { EntityService } = await import("../../../src/plugin/entities");
	const { testPorts } = await import("./ports");
	// Only the analysis feature, with a page fetcher backed by the local test server.
	return { createFeatures: () => ({ list: [createAnalysisFeature(testPorts)], entities: new EntityService() }) };
});

const SAMPLE = path.resolve(__dirname, "../../../../shared/samples/us-ai-race-analysis.zh-TW.md");

let app: App;
let plugin: DossierPlugin;
let notices: string[];

async function start(files: Record<string, string>) {
	({ app, plugin } = await loadPlugin(files));
	openNotesInViews(app);
}

async function activate(filePath: string) {
	const file = app.vault.getFileByPath(filePath);
	if (!file) throw new Error(`no ${filePath}`);
	await app.workspace.getLeaf(false).openFile(file);
}

function frontmatter(text: string): Record<string, unknown> {
	const match = /^---\n([\s\S]*?)\n---/.exec(text);
	return (match ? parseYaml(match[1] ?? "") : {}) as Record<string, unknown>;
}

beforeEach(() => {
	keepModalsOpen();
	notices = captureNotices();
});
afterEach(() => vi.restoreAllMocks());

describe("Insert analysis sections", () => {
	it("inserts only the missing sections, in order, in the note's language", async () => {
		const text = "# 晶片筆記\n\n## 2. 核心摘要 (Executive Summary)\n\n這篇文章討論晶片出口管制。\n\n## 4. 潛在調查方向 (Areas for Further Investigation)\n\n1. 良率？\n";
		await start({ "Notes/chips.md": text });
		const editor = editorWith(app, fileAt(app, "Notes/chips.md"), text);
		await runCommand(plugin, "insert-analysis-sections", editor);
		expect(editor.editor.getValue()).toBe(
			"# 晶片筆記\n\n## 1. 新聞履歷 (Metadata)\n\n## 2. 核心摘要 (Executive Summary)\n\n這篇文章討論晶片出口管制。\n\n## 3. 深度架構分析 (Structural Analysis)\n\n## 4. 潛在調查方向 (Areas for Further Investigation)\n\n1. 良率？\n",
		);
		await runCommand(plugin, "insert-analysis-sections", editor);
		expect(notices).toContain("The note already has all four sections.");
	});
});

describe("Add investigation question", () => {
	it("appends the next numbered item to the section and puts the cursor after its number", async () => {
		const text = "## Areas for further investigation\n\n1. SMIC yields:\n\n    Track teardowns.\n\n2. Cloud loophole:\n\n    Rented accelerators?\n\n---\n\nFooter\n";
		await start({ "a.md": text });
		const editor = editorWith(app, fileAt(app, "a.md"), text);
		await runCommand(plugin, "add-investigation-question", editor);
		expect(editor.editor.getValue()).toBe("## Areas for further investigation\n\n1. SMIC yields:\n\n    Track teardowns.\n\n2. Cloud loophole:\n\n    Rented accelerators?\n\n3. \n\n---\n\nFooter\n");
		expect(editor.editor.getCursor()).toEqual({ line: 10, ch: 3 });
	});

	it("creates the section when the note has none", async () => {
		await start({ "b.md": "# Notes\n\nSome text.\n" });
		const editor = editorWith(app, fileAt(app, "b.md"), "# Notes\n\nSome text.\n");
		await runCommand(plugin, "add-investigation-question", editor);
		expect(editor.editor.getValue()).toBe("# Notes\n\nSome text.\n\n## Areas for further investigation\n\n1. \n");
	});
});

describe.skipIf(!existsSync(SAMPLE))("Normalize note into an analysis (skipped without ../shared/samples)", () => {
	it("sets the properties through processFrontMatter, then moves the lines through vault.process", async () => {
		const input = readFileSync(SAMPLE, "utf8");
		await start({ "Analyses/sample.md": input });
		await activate("Analyses/sample.md");
		const frontmatterWrites = vi.spyOn(app.fileManager, "processFrontMatter");
		const bodyWrites = vi.spyOn(app.vault, "process");
		await runCommand(plugin, "normalize-analysis");
		await vi.waitFor(() => expect(bodyWrites).toHaveBeenCalledTimes(1));
		expect(frontmatterWrites).toHaveBeenCalledTimes(1);
		const text = await app.vault.adapter.read("Analyses/sample.md");
		expect(frontmatter(text)).toMatchObject({
			type: "analysis", title: "美國在AI競賽中是否存在戰略失誤？", outlet: "Financial Times (FT中文網)", author: ["John Thornhill", "約翰·桑希爾"],
			published: "2025-12-05T14:42", source: "https://big5.ftchinese.com/story/001108363", lang: "zh-TW",
		});
		expect(text).not.toContain("- **標題：**");
		expect(text).toContain("#### 4. 潛在調查方向 (Areas for Further Investigation)");
		expect(notices.some((n) => n.startsWith("Normalized: 10 properties set, 5 lines moved"))).toBe(true);

		await runCommand(plugin, "normalize-analysis");
		await vi.waitFor(() => expect(notices).toContain("Nothing to change: the note is already in analysis form."));
		expect(await app.vault.adapter.read("Analyses/sample.md")).toBe(text);
	});
});

describe("Normalize a note whose properties are not valid YAML", () => {
	const NOTE = "---\ntitle: 星門\ntitle: Stargate\n---\n\n正文。\n";

	it.each([
		{ language: "zh-TW", expected: "筆記的屬性在第 3 行不是有效的 YAML，因此沒有任何變更：同一個屬性名稱出現了兩次，請只保留一個" },
		{ language: "zh-CN", expected: "笔记的属性在第 3 行不是有效的 YAML，因此没有任何更改：同一个属性名称出现了两次，请只保留一个" },
		{ language: "en", expected: "The note's properties are not valid YAML on line 3, so nothing was changed: a property name is used twice; keep only one of them" },
	])("says what to fix in $language, on which line, and writes nothing", async ({ language, expected }) => {
		readInvalidFrontmatterAsObsidianDoes();
		({ app, plugin } = await loadPlugin({ "Notes/stargate.md": NOTE }, { version: 1, language }));
		openNotesInViews(app);
		await activate("Notes/stargate.md");
		await runCommand(plugin, "normalize-analysis");
		await vi.waitFor(() => expect(notices).toContain(expected));
		expect(notices.join("\n")).not.toContain("Map keys must be unique");
		expect(await app.vault.adapter.read("Notes/stargate.md")).toBe(NOTE);
	});
});

describe("Convert web clipping into an analysis", () => {
	const CLIPPING = `---\ntitle: "Stargate's power problem"\nsource: https://example.org/stargate-power\nauthor:\n  - "[[Jane Doe]]"\npublished: 2025-11-30\ncreated: 2025-12-01\ndescription: Data centres need firm power.\ntags:\n  - clippings\n---\n\nThe article text, paragraph one.\n\n## A heading from the article\n\nParagraph two.\n`;

	it("is offered for clippings only, keeps the Clipper's properties and the whole body, adds sections", async () => {
		await start({ "Clippings/stargate.md": CLIPPING, "Notes/plain.md": "# Plain\n" });
		await activate("Notes/plain.md");
		expect(commandAvailable(plugin, "convert-web-clipping")).toBe(false);
		await activate("Clippings/stargate.md");
		expect(commandAvailable(plugin, "convert-web-clipping")).toBe(true);
		await runCommand(plugin, "convert-web-clipping");
		await vi.waitFor(() => expect(notices).toContain("Converted into an analysis."));
		const text = await app.vault.adapter.read("Clippings/stargate.md");
		const props = frontmatter(text);
		expect(Object.keys(props)).toEqual(["title", "source", "author", "published", "created", "description", "tags", "type", "outlet", "keywords", "entities", "lang"]);
		expect(props).toMatchObject({ title: "Stargate's power problem", author: ["[[Jane Doe]]"], tags: ["clippings"], type: "analysis", lang: "en" });
		expect(text).toContain("## 1. Metadata\n\n## 2. Executive summary\n\n## 3. Structural analysis\n\n## 4. Areas for further investigation\n\n## Clipped article\n\nThe article text, paragraph one.\n\n## A heading from the article\n\nParagraph two.\n");
	});
});

describe("Create analyses dashboard", () => {
	it("writes the .base file once and never overwrites it", async () => {
		await start({});
		await runCommand(plugin, "create-analyses-dashboard");
		const base = await app.vault.adapter.read("Analyses/Analyses.base");
		const parsed = parseYaml(base) as { filters: unknown; views: { type: string; order: string[]; sort: unknown[] }[] };
		expect(parsed.filters).toEqual({ and: ['type == "analysis"'] });
		expect(parsed.views[0]).toMatchObject({ type: "table", name: "Analyses by published date", order: ["file.name", "published", "outlet", "keywords", "entities"], sort: [{ property: "published", direction: "DESC" }] });
		expect(parsed.views.every((v) => ["table", "list", "cards"].includes(v.type))).toBe(true);
		await app.vault.adapter.write("Analyses/Analyses.base", "# edited by me\n");
		await runCommand(plugin, "create-analyses-dashboard");
		expect(await app.vault.adapter.read("Analyses/Analyses.base")).toBe("# edited by me\n");
		expect(notices).toContain("Analyses/Analyses.base already exists and was left as it is.");
	});
});
