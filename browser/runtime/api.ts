/**
 * What the page offers the tests: `window.harness`, driven with `page.evaluate(() => harness.…)`.
 * Types only, shared by the page bundle and the Node side.
 */
export type Theme = "light" | "dark";
/** Where a view shows: Obsidian's main area or its right sidebar. */
export type Host = "main" | "sidebar";
/** The app language Obsidian reports through `getLanguage()`. */
export type AppLanguage = "en" | "zh-TW" | "zh-CN";

export interface BootOptions {
	readonly theme: Theme;
	readonly language: AppLanguage;
	/** The vault, path → text; `DEMO_VAULT` of `browser/fixtures/vault.ts` when omitted. */
	readonly files?: Readonly<Record<string, string>>;
	/** What the plugin's `loadData()` returns (its `data.json`); nothing when omitted. */
	readonly data?: unknown;
}

export interface Harness {
	/** Creates the vault, loads the built main.js into it and marks the layout ready. Once per page. */
	boot(options: BootOptions): Promise<void>;
	/** Switches Obsidian's base theme (`body.theme-light` / `body.theme-dark`). */
	setTheme(theme: Theme): void;
	/** Sets a host's width in CSS pixels and tells open views they were resized. */
	setWidth(host: Host, px: number): void;
	/** Shows the plugin's settings tab in the main area, rendered from its setting definitions. */
	openSettings(): void;
	/** Opens a view type the plugin registered in a new leaf of `host` and waits for `onOpen`. */
	openView(type: string, host: Host): Promise<void>;
	/** Runs a command as the palette would (id without the plugin id). */
	runCommand(id: string): Promise<void>;
	/** Opens a note in the main area and makes it the active file (`file-open`, `active-leaf-change`). */
	openNote(path: string): Promise<void>;
	/** The note's current text in the vault. */
	readNote(path: string): Promise<string>;
	/** Renders a fenced code block of `language` with the plugin's processor into the main area. */
	renderCodeBlock(language: string, source: string, sourcePath: string): Promise<void>;
	/** What the plugin last saved with `saveData` (its `data.json`). */
	pluginData(): Promise<unknown>;
	/** Lets pending promise chains, zero-delay timers and a frame run. */
	settle(): Promise<void>;
}

declare global {
	interface Window {
		harness: Harness;
		/** The module main.js gets from `require("obsidian")`: the mocks, bridged. For the harness's own tests. */
		harnessObsidian: typeof import("obsidian-test-mocks/obsidian");
		/** The loaded plugin instance (after boot), for the harness's own tests. */
		harnessPlugin?: import("obsidian-test-mocks/obsidian").Plugin;
		/** Set by a payload of the payload vault (`<img onerror>`) if any view ever runs it. */
		dossierPayloadRan?: string;
	}
}
