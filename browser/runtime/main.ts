/**
 * The page runtime: the Obsidian API of obsidian-test-mocks (the same fake the unit tests use),
 * bundled for the browser, with the built plugin `main.js` loaded into it as Obsidian loads it —
 * evaluated as CommonJS with a `require` that answers `obsidian`. Exposes `window.harness`.
 */
import * as obsidian from "obsidian-test-mocks/obsidian";
import type { PluginManifest } from "obsidian";
import { App, MarkdownRenderChild, Plugin, PluginSettingTab, SettingTab, TFile } from "obsidian-test-mocks/obsidian";
import { setup } from "obsidian-test-mocks/setup";
import { debounce } from "../../test/support/debounce";
import { DEMO_VAULT } from "../fixtures/vault";
import type { AppLanguage, BootOptions, Harness, Host, Theme } from "./api";
import { installBridge } from "./bridge";
import { execute, findCommand, installCommands } from "./commands";
import { installProbes } from "./probes";
import { buildLayout, installLeaves, openViews, type Layout } from "./workspace";

setup();
installBridge();
installProbes();

interface Booted {
	readonly app: App;
	readonly plugin: Plugin;
	readonly layout: Layout;
}
let booted: Booted | null = null;
let appLanguage: AppLanguage = "en";

function current(): Booted {
	if (!booted) throw new Error("harness: call boot() first");
	return booted;
}

/**
 * What `require("obsidian")` gives main.js: the mocks, with the app language the test chose and
 * the unit tests' `debounce` (Obsidian's documented behaviour, see test/support/debounce.ts).
 */
const obsidianModule = { ...obsidian, debounce, getLanguage: () => appLanguage };

/** Evaluates main.js as a CommonJS module and returns its default export, the plugin class. */
async function loadPluginClass(): Promise<new (app: unknown, manifest: PluginManifest) => Plugin> {
	const source = await (await fetch("/main.js")).text();
	const module = { exports: {} as Record<string, unknown> };
	const require = (name: string): unknown => {
		if (name === "obsidian") return obsidianModule;
		throw new Error(`main.js required "${name}", which Obsidian on mobile does not provide`);
	};
	const evaluate = new Function("module", "exports", "require", `${source}\n//# sourceURL=main.js`) as (...args: unknown[]) => void;
	evaluate(module, module.exports, require);
	const plugin = module.exports.default;
	if (typeof plugin !== "function") throw new Error("main.js has no default export");
	return plugin as new (app: unknown, manifest: PluginManifest) => Plugin;
}

async function boot(options: BootOptions): Promise<void> {
	if (booted) throw new Error("harness: boot() runs once per page");
	appLanguage = options.language;
	document.documentElement.lang = options.language;
	const app = App.createConfigured__({ files: { ...(options.files ?? DEMO_VAULT) } });
	resolveLinks(app);
	(app as unknown as { isDarkMode: () => boolean }).isDarkMode = () => document.body.hasClass("theme-dark");
	const layout = buildLayout(app);
	const plugins: Plugin[] = [];
	installLeaves(layout, () => plugins);
	installCommands(app, () => plugins);
	setTheme(options.theme);
	const PluginClass = await loadPluginClass();
	const manifest = (await (await fetch("/manifest.json")).json()) as PluginManifest;
	const plugin = new PluginClass(app.asOriginalType__(), manifest);
	plugins.push(plugin);
	if (options.data !== undefined) await plugin.saveData(options.data);
	booted = { app, plugin, layout };
	window.harnessPlugin = plugin;
	plugin.load();
	await settle();
	app.workspace.setLayoutReady__();
	await settle();
}

/**
 * Obsidian resolves links once the whole vault is indexed, then fires `resolved`. The mocks resolve
 * each note as it is created, so a link to a note created after it stays unresolved; resolve them
 * all again now that every note exists.
 */
function resolveLinks(app: App): void {
	const cache = app.metadataCache as unknown as { updateLinks(path: string, cache: object): void };
	for (const file of app.vault.getMarkdownFiles()) {
		const metadata = app.metadataCache.getFileCache(file);
		if (metadata) cache.updateLinks(file.path, metadata);
	}
	app.metadataCache.trigger("resolved");
}

function setTheme(theme: Theme): void {
	document.body.toggleClass("theme-dark", theme === "dark");
	document.body.toggleClass("theme-light", theme === "light");
	booted?.app.workspace.trigger("css-change");
}

function setWidth(host: Host, px: number): void {
	document.body.style.setProperty(host === "sidebar" ? "--harness-sidebar-width" : "--harness-main-width", `${px}px`);
	if (booted) for (const view of openViews(booted.app)) view.onResize();
}

/**
 * Obsidian re-renders an open settings tab when the plugin calls `update()` (its definitions
 * changed); the mocks only store the definitions. The tab shown here does both.
 */
const update = SettingTab.prototype.update;
SettingTab.prototype.update = function (this: SettingTab) {
	update.call(this);
	if (this.containerEl.isConnected) this.renderTab__();
};

function openSettings(): void {
	const { plugin, layout } = current();
	const tab = plugin.settingTabs__[0];
	if (!(tab instanceof PluginSettingTab)) throw new Error("the plugin added no settings tab");
	const pane = layout.main.createDiv({ cls: "vertical-tab-content-container" });
	tab.containerEl.addClass("vertical-tab-content");
	pane.appendChild(tab.containerEl);
	tab.update();
}

async function openView(type: string, host: Host): Promise<void> {
	const { app } = current();
	const leaf = host === "sidebar" ? app.workspace.getRightLeaf(false) : app.workspace.getLeaf(true);
	if (!leaf) throw new Error("no leaf");
	await leaf.setViewState({ type, active: true });
	if (!leaf.view) throw new Error(`no view of type "${type}" is registered`);
	await settle();
}

async function runCommand(id: string): Promise<void> {
	const { plugin } = current();
	const command = findCommand([plugin], id);
	if (!command) throw new Error(`no command "${id}"`);
	if (!(await execute(command))) {
		throw new Error(command.callback || command.checkCallback ? `command "${id}" is not available now` : `command "${id}" needs an editor, which the harness does not provide`);
	}
	await settle();
}

async function openNote(path: string): Promise<void> {
	const { app, layout } = current();
	const file = app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`no note at "${path}"`);
	const leaf = app.workspace.getLeaf(false);
	await leaf.openFile(file);
	app.workspace.setActiveLeaf(leaf);
	app.workspace.trigger("file-open", file);
	const pane = layout.main.querySelector<HTMLElement>(".harness-note") ?? layout.main.createDiv({ cls: "harness-note markdown-source-view" });
	pane.empty();
	pane.createDiv({ cls: "inline-title", text: file.basename });
	pane.createEl("pre", { cls: "harness-note-text", text: await app.vault.read(file) });
	await settle();
}

async function readNote(path: string): Promise<string> {
	const { app } = current();
	const file = app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`no note at "${path}"`);
	return app.vault.read(file);
}

async function renderCodeBlock(language: string, source: string, sourcePath: string): Promise<void> {
	const { plugin, layout } = current();
	const processor = plugin.markdownCodeBlockProcessors__.get(language);
	if (!processor) throw new Error(`no code block processor for "${language}"`);
	const el = layout.main.createDiv({ cls: "markdown-rendered markdown-preview-view" }).createDiv({ cls: "block-language-" + language });
	const context = {
		docId: "harness",
		sourcePath,
		frontmatter: undefined,
		addChild: (child: MarkdownRenderChild) => plugin.addChild(child),
		getSectionInfo: () => null,
	};
	await processor(source, el, context as never);
	await settle();
}

async function pluginData(): Promise<unknown> {
	return current().plugin.loadData();
}

async function settle(): Promise<void> {
	for (let i = 0; i < 3; i++) await new Promise((resolve) => window.setTimeout(resolve, 0));
	await new Promise((resolve) => requestAnimationFrame(resolve));
}

const harness: Harness = { boot, setTheme, setWidth, openSettings, openView, runCommand, openNote, readNote, renderCodeBlock, pluginData, settle };
window.harness = harness;
window.harnessObsidian = obsidianModule;
