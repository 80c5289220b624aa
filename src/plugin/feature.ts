/**
 * A feature plugs into the shell as data: the commands it adds and what it starts on load.
 * `main.ts` registers every feature's commands with one loop; a feature never touches another.
 */
import type { Editor, MarkdownFileInfo, MarkdownView } from "obsidian";
import type { StringKey } from "../core/i18n";
import type DossierPlugin from "./main";

/** A command palette entry. Exactly one of `run`, `check` or `editor` is given. */
export interface CommandSpec {
	/** Stable id, without the plugin id. Never change it: users bind hotkeys to it. */
	readonly id: string;
	readonly name: StringKey;
	readonly icon?: string;
	/** Always available. */
	readonly run?: (plugin: DossierPlugin) => void | Promise<void>;
	/** Available only when it returns an action (so the palette hides it elsewhere). */
	readonly check?: (plugin: DossierPlugin) => (() => void | Promise<void>) | null;
	/** Needs the active editor. */
	readonly editor?: (plugin: DossierPlugin, editor: Editor, context: MarkdownView | MarkdownFileInfo) => void | Promise<void>;
}

export interface Feature {
	readonly commands: readonly CommandSpec[];
	/** Registers views, events and processors. Keep it light: heavy work goes in `onLayoutReady`. */
	readonly load?: (plugin: DossierPlugin) => void;
	/** Called after new settings are saved, so what was derived from the old ones is made again. */
	readonly settingsChanged?: (plugin: DossierPlugin) => void;
}
