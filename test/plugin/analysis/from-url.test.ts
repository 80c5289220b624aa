// "New analysis from URL": the page is fetched only when asked, from a local server (never the
// internet); every failure keeps the form open with what is known and says why (issue 3).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { App, Modal } from "obsidian-test-mocks/obsidian";
import type DossierPlugin from "../../../src/plugin/main";
import { loadPlugin } from "../../support/plugin";
import { captureNotices, keepModalsOpen, runCommand } from "../../support/ui";
import { openNotesInViews } from "../../support/markdown-leaf";
import { closedPort, servePages, type PageServer } from "../../support/page-server";
import { click, textOf, type, values } from "./helpers";

vi.mock("../../../src/plugin/features", async () => {
	const { createAnalysisFeature } = await import("../../../src/plugin/analysis");
	const { EntityService } = await import("../../../src/plugin/entities");
	const { testPorts } = await import("./ports");
	// Only the analysis feature, with a page fetcher backed by the local test server.
	return { createFeatures: () => ({ list: [createAnalysisFeature(testPorts)], entities: new EntityService() }) };
});

const ARTICLE = `<!doctype html><html lang="zh-Hant"><head><title>FT中文網</title>
<meta property="og:title" content="美國在AI競賽中是否存在戰略失誤？">
<meta property="og:site_name" content="FT中文網">
<meta property="article:published_time" content="2025-12-05T14:42:00+08:00">
<meta name="author" content="John Thornhill">
<meta name="keywords" content="DeepSeek,星門,創世計畫">
</head><body><p>…</p></body></html>`;

let server: PageServer;
let modals: Modal[];
let app: App;
let plugin: DossierPlugin;

beforeAll(async () => {
	server = await servePages({
		"/article": { body: ARTICLE },
		"/report.pdf": { type: "application/pdf", body: "%PDF-1.7" },
		"/slow": { hang: true },
	});
});
afterAll(() => server.close());
beforeEach(async () => {
	modals = keepModalsOpen();
	captureNotices();
	({ app, plugin } = await loadPlugin());
	openNotesInViews(app);
});
afterEach(() => vi.restoreAllMocks());

async function openForm(): Promise<Modal> {
	await runCommand(plugin, "new-analysis-from-url");
	return modals[modals.length - 1]!;
}

describe("New analysis from URL", () => {
	it("fetches nothing until asked, then fills the empty fields from the page's metadata", async () => {
		const form = await openForm();
		expect(server.requests).toEqual([]);
		type(form, { source: `${server.base}/article`, outlet: "Financial Times (FT中文網)" });
		expect(server.requests).toEqual([]);
		click(form, "dossier-analysis-fetch");
		await vi.waitFor(() => expect(textOf(form, "dossier-analysis-status")).toBe("Filled in from the page. Check the fields before creating the note."));
		expect(server.requests).toEqual(["/article"]);
		expect(values(form)).toMatchObject({
			title: "美國在AI競賽中是否存在戰略失誤？", outlet: "Financial Times (FT中文網)", authors: "John Thornhill",
			published: "2025-12-05 14:42", keywords: "DeepSeek, 星門, 創世計畫", lang: "zh-TW",
		});
		click(form, "dossier-analysis-create");
		await vi.waitFor(() => expect(modals).toHaveLength(0));
		const text = await app.vault.adapter.read("Analyses/2025-12-05 美國在AI競賽中是否存在戰略失誤？.md");
		expect(text).toContain(`source: ${server.base}/article\n`);
		expect(text).toContain("lang: zh-TW\n");
	});

	it.each([
		{ name: "404", path: "/missing", message: "The page answered with error 404" },
		{ name: "not HTML", path: "/report.pdf", message: "The address is not a web page (application/pdf)" },
		{ name: "timeout", path: "/slow", message: "The page did not answer within 0.3 seconds" },
	])("keeps the form open with what is known on $name", async ({ path, message }) => {
		const form = await openForm();
		type(form, { source: `${server.base}${path}`, title: "Known title" });
		click(form, "dossier-analysis-fetch");
		await vi.waitFor(() => expect(textOf(form, "dossier-analysis-status")).toContain(message), { timeout: 3000 });
		expect(modals).toEqual([form]);
		expect(values(form)).toMatchObject({ title: "Known title", source: `${server.base}${path}` });
	});

	it("says when the page cannot be reached at all (offline)", async () => {
		const form = await openForm();
		type(form, { source: `${await closedPort()}/article` });
		click(form, "dossier-analysis-fetch");
		await vi.waitFor(() => expect(textOf(form, "dossier-analysis-status")).toContain("Could not reach the page"));
		expect(modals).toEqual([form]);
	});

	it("asks for a URL before fetching", async () => {
		const form = await openForm();
		const before = server.requests.length;
		click(form, "dossier-analysis-fetch");
		await vi.waitFor(() => expect(textOf(form, "dossier-analysis-status")).toBe("Enter the article's URL first."));
		expect(server.requests).toHaveLength(before);
	});
});
