/**
 * The page's workspace: a main area and a right sidebar, as in Obsidian's window, and the leaves
 * that show the plugin's views in them. The mocks keep leaves as plain records
 * (`setViewState` stores the state, nothing is drawn); here a leaf that is given a view type the
 * plugin registered creates that view, mounts it in its side and opens it, as Obsidian does.
 */
import { App, Plugin, Workspace, WorkspaceLeaf, type View } from "obsidian-test-mocks/obsidian";
import type { Host } from "./api";

/** Where each leaf was asked for. A leaf the plugin got from `getRightLeaf` shows in the sidebar. */
const leafHost = new WeakMap<WorkspaceLeaf, Host>();
/** The element each leaf draws in. */
const leafEl = new WeakMap<WorkspaceLeaf, HTMLElement>();

export interface Layout {
	readonly main: HTMLElement;
	readonly sidebar: HTMLElement;
}

/** Builds the window's layout inside the workspace's container and attaches it to the page. */
export function buildLayout(app: App): Layout {
	const root = app.workspace.containerEl;
	root.addClass("workspace");
	const main = root.createDiv({ cls: "workspace-split mod-vertical mod-root", attr: { "data-host": "main" } });
	const sidebar = root.createDiv({ cls: "workspace-split mod-horizontal mod-sidedock mod-right-split", attr: { "data-host": "sidebar" } });
	document.body.createDiv({ cls: "app-container" }).appendChild(root);
	return { main, sidebar };
}

/** Makes leaves open registered views into the layout. `plugins` are asked for view creators. */
export function installLeaves(layout: Layout, plugins: () => readonly Plugin[]): void {
	const sided = (name: "getRightLeaf" | "getLeftLeaf" | "getLeaf", host: (args: unknown[]) => Host) => {
		const table = Workspace.prototype as unknown as Record<string, (...args: unknown[]) => WorkspaceLeaf>;
		const original = table[name]!;
		table[name] = function (this: Workspace, ...args: unknown[]) {
			const leaf = original.apply(this, args);
			if (!leafHost.has(leaf)) leafHost.set(leaf, host(args));
			return leaf;
		};
	};
	sided("getRightLeaf", () => "sidebar");
	sided("getLeftLeaf", () => "sidebar");
	sided("getLeaf", () => "main");

	const setViewState = WorkspaceLeaf.prototype.setViewState;
	WorkspaceLeaf.prototype.setViewState = async function (this: WorkspaceLeaf, state, eState) {
		await setViewState.call(this, state, eState);
		const creator = plugins().map((p) => p.views__.get(state.type)).find((c) => c !== undefined);
		if (creator) await mountView(this, creator(this.asOriginalType3__()) as unknown as View, layout);
	};
	const detach = WorkspaceLeaf.prototype.detach;
	WorkspaceLeaf.prototype.detach = function (this: WorkspaceLeaf) {
		const view = this.view as unknown as View | null;
		leafEl.get(this)?.detach();
		if (view) void opened(view).onClose().then(() => view.unload());
		detach.call(this);
	};
}

async function mountView(leaf: WorkspaceLeaf, view: View, layout: Layout): Promise<void> {
	const host = leafHost.get(leaf) ?? "main";
	leafEl.get(leaf)?.detach();
	const el = (host === "sidebar" ? layout.sidebar : layout.main).createDiv({ cls: "workspace-leaf" });
	leafEl.set(leaf, el);
	view.containerEl.addClass("workspace-leaf-content");
	view.containerEl.setAttr("data-type", view.getViewType());
	const content = (view as unknown as { contentEl?: HTMLElement }).contentEl;
	content?.addClass("view-content");
	el.appendChild(view.containerEl);
	await leaf.open(view.asOriginalType2__());
	view.load();
	await opened(view).onOpen();
}

/** `onOpen`/`onClose` are protected in the API: Obsidian calls them, as the page does here. */
const opened = (view: View) => view as unknown as { onOpen(): Promise<void>; onClose(): Promise<void> };

/** Every view the page shows, for `onResize` after a width change. */
export function openViews(app: App): View[] {
	const views: View[] = [];
	app.workspace.iterateAllLeaves((leaf) => {
		if (leaf.view) views.push(leaf.view as unknown as View);
	});
	return views;
}
