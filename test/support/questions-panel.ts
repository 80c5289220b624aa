/**
 * Test support for the questions panel in the in-memory Obsidian runtime. The runtime records
 * registered views but never builds them; `installViews` makes `setViewState` do what Obsidian
 * does — build the registered view, attach it and call `onOpen` — and gives its container the
 * `isShown` Obsidian's DOM has (happy-dom has no layout, so "shown" means attached and not hidden).
 */
import { vi } from "vitest";
import { App, Menu, MetadataCache, Notice, Plugin, WorkspaceLeaf, type TFile } from "obsidian-test-mocks/obsidian";
import type { ViewState } from "obsidian";
import type DossierPlugin from "../../src/plugin/main";
import type { QuestionsFeature } from "../../src/plugin/questions/feature";
import { QuestionsView, QUESTIONS_VIEW } from "../../src/plugin/questions/view";
import { loadPlugin, settle } from "./plugin";

export interface Panel {
	readonly app: App;
	readonly plugin: DossierPlugin;
	/** Messages of every Notice shown since loading. */
	readonly notices: string[];
	/** Every `openFile` call: the path and the line it asked for, and whether it used a new leaf. */
	readonly opened: { path: string; line: number | undefined; leaf: WorkspaceLeaf }[];
	/** Every menu shown. */
	readonly menus: Menu[];
	view(): QuestionsView;
	/** The list's visible text of each question item, as the user reads it. */
	items(): HTMLElement[];
	titles(): string[];
}

function installViews(plugin: DossierPlugin): void {
	const creators = Plugin.fromOriginalType2__(plugin).views__;
	const original = WorkspaceLeaf.prototype.setViewState;
	vi.spyOn(WorkspaceLeaf.prototype, "setViewState").mockImplementation(async function (this: WorkspaceLeaf, state: ViewState, eState?: Record<string, unknown>) {
		await original.call(this, state, eState);
		const create = creators.get(state.type);
		if (!create || this.view?.getViewType() === state.type) return;
		const view = create(this.asOriginalType3__());
		const el = view.containerEl;
		document.body.appendChild(el);
		Object.defineProperty(el, "isShown", { value: () => el.isConnected && el.style.display !== "none", configurable: true });
		this.view = view;
		view.load();
		await (view as unknown as { onOpen(): Promise<void> }).onOpen();
		if (state.state) await view.setState(state.state, { history: false });
	});
}

/**
 * The runtime's metadata cache throws on frontmatter that is not valid YAML; Obsidian does not — it
 * caches the note without frontmatter and still reports the change. Do the same.
 */
function tolerateBadYaml(): void {
	const proto = MetadataCache.prototype as unknown as { parseFileMetadata(file: TFile): void };
	const parse = proto.parseFileMetadata;
	vi.spyOn(proto, "parseFileMetadata").mockImplementation(function (this: MetadataCache, file: TFile) {
		try {
			parse.call(this, file);
		} catch (error) {
			if (!(error instanceof Error) || error.name !== "YAMLParseError") throw error;
			this.trigger("changed", file, this.app__.vault.readSync__(file), {});
		}
	});
}

/** The plugin loaded over `files`, the layout made ready (the index built, the panel opened). */
export async function loadPanel(files: Record<string, string>, data?: unknown): Promise<Panel> {
	tolerateBadYaml();
	const notices: string[] = [];
	vi.spyOn(Notice.prototype, "constructor__").mockImplementation((message: string | DocumentFragment) => {
		notices.push(typeof message === "string" ? message : (message.textContent ?? ""));
	});
	const menus: Menu[] = [];
	vi.spyOn(Menu.prototype, "showAtMouseEvent").mockImplementation(function (this: Menu) {
		menus.push(this);
		return this;
	});
	const opened: Panel["opened"] = [];
	const openFile = WorkspaceLeaf.prototype.openFile;
	vi.spyOn(WorkspaceLeaf.prototype, "openFile").mockImplementation(async function (this: WorkspaceLeaf, file, state) {
		opened.push({ path: file.path, line: (state?.eState as { line?: number } | undefined)?.line, leaf: this });
		await openFile.call(this, file, state);
	});
	const { app, plugin } = await loadPlugin(files, data);
	installViews(plugin);
	const built = indexBuilt(plugin);
	app.workspace.setLayoutReady__();
	await built;
	// The build yields to the interface as it reads, so the panel may have drawn part of it.
	await redraw();
	const view = (): QuestionsView => {
		const found = app.workspace.getLeavesOfType(QUESTIONS_VIEW)[0]?.view;
		if (!(found instanceof QuestionsView)) throw new Error("the questions panel is not open");
		return found;
	};
	const items = () => [...view().contentEl.querySelectorAll<HTMLElement>(".dossier-questions-item")];
	const titles = () => items().map((el) => el.querySelector(".dossier-questions-title-text")?.textContent ?? "");
	return { app, plugin, notices, opened, menus, view, items, titles };
}

/** Resolves when the questions index has been built (the feature's first change). */
function indexBuilt(plugin: DossierPlugin): Promise<void> {
	const feature = plugin.features.list.find((f): f is QuestionsFeature => "onQuestionsChange" in f);
	if (!feature) throw new Error("no questions feature");
	return new Promise((resolve) => {
		const off = feature.onQuestionsChange(() => {
			off();
			resolve();
		});
	});
}

/** Waits past the panel's debounced redraw. */
export async function redraw(): Promise<void> {
	await new Promise((resolve) => window.setTimeout(resolve, 150));
	await settle();
}

/** Sets a control of the header and fires the event the user's action would. */
export function setControl(view: QuestionsView, name: string, value: string | boolean): void {
	const control = view.contentEl.querySelector<HTMLInputElement | HTMLSelectElement>(name === "filter" ? ".dossier-questions-filter" : `[data-control="${name}"]`);
	if (!control) throw new Error(`no control ${name}`);
	if (typeof value === "boolean" && control instanceof HTMLInputElement) control.checked = value;
	else control.value = String(value);
	control.dispatchEvent(new Event(name === "filter" ? "input" : "change"));
}
