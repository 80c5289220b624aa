/**
 * A feature plugs into the shell as data: the commands it adds and what it starts on load.
 * `main.ts` registers every feature's commands with one loop; a feature never touches another.
 *
 * A feature never holds the plugin. It is handed ports: a `FeatureContext` (the app, the current
 * settings and interface language, saving settings, telling the user) for its commands, and on
 * load a `FeatureHost`, which adds what it may register with Obsidian — each undone on unload.
 */
import type { App, Editor, MarkdownFileInfo, MarkdownView, Plugin } from "obsidian";
import type { StringKey, Translate } from "../core/i18n";
import type { DossierSettings } from "../core/settings";

/** Ties an event reference or a cleanup to the plugin's life: undone when it unloads. */
export type Lifecycle = Pick<Plugin, "register" | "registerEvent">;

/** What a command, a view or a modal reads of the plugin. */
export interface FeatureContext {
	readonly app: App;
	/** The settings now: a new object after every save. */
	readonly settings: DossierSettings;
	/** Interface strings, in the language chosen now. */
	readonly t: Translate;
	/** Saves new settings; every feature's `settingsChanged` runs after. */
	saveSettings(next: DossierSettings): Promise<void>;
	/** Shows an error message to the user (errors arrive as values, not exceptions). */
	notify(message: string): void;
}

/** What a feature's `load` may add to Obsidian, besides reading the context. */
export interface FeatureHost extends FeatureContext, Lifecycle, Pick<Plugin, "registerView" | "registerMarkdownCodeBlockProcessor" | "registerHoverLinkSource" | "addRibbonIcon"> {
	/** The plugin's name, as its manifest says it. */
	readonly name: string;
}

/** A command palette entry. Exactly one of `run`, `check` or `editor` is given. */
export interface CommandSpec {
	/** Stable id, without the plugin id. Never change it: users bind hotkeys to it. */
	readonly id: string;
	readonly name: StringKey;
	readonly icon?: string;
	/** Always available. */
	readonly run?: (context: FeatureContext) => void | Promise<void>;
	/** Available only when it returns an action (so the palette hides it elsewhere). */
	readonly check?: (context: FeatureContext) => (() => void | Promise<void>) | null;
	/** Needs the active editor. */
	readonly editor?: (context: FeatureContext, editor: Editor, view: MarkdownView | MarkdownFileInfo) => void | Promise<void>;
}

export interface Feature {
	readonly commands: readonly CommandSpec[];
	/** Registers views, events and processors. Keep it light: heavy work goes in `onLayoutReady`. */
	readonly load?: (host: FeatureHost) => void;
	/** Called after new settings are saved, so what was derived from the old ones is made again. */
	readonly settingsChanged?: () => void;
}

/** The plugin's own part of the context: what `hostOf` reads, at each use, from the plugin. */
export interface HostPlugin extends Plugin {
	readonly settings: DossierSettings;
	readonly t: Translate;
	saveSettings(next: DossierSettings): Promise<void>;
	notify(message: string): void;
}

/** The ports of one plugin for its features: each reads the plugin's state when used, and nothing else of it. */
export function hostOf(plugin: HostPlugin): FeatureHost {
	return {
		get app() {
			return plugin.app;
		},
		get settings() {
			return plugin.settings;
		},
		get t() {
			return plugin.t;
		},
		get name() {
			return plugin.manifest.name;
		},
		saveSettings: (next) => plugin.saveSettings(next),
		notify: (message) => plugin.notify(message),
		register: (cleanup) => plugin.register(cleanup),
		registerEvent: (ref) => plugin.registerEvent(ref),
		registerView: (type, creator) => plugin.registerView(type, creator),
		registerMarkdownCodeBlockProcessor: (language, handler, sortOrder) => plugin.registerMarkdownCodeBlockProcessor(language, handler, sortOrder),
		registerHoverLinkSource: (id, info) => plugin.registerHoverLinkSource(id, info),
		addRibbonIcon: (icon, title, callback) => plugin.addRibbonIcon(icon, title, callback),
	};
}
