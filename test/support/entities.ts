/**
 * Builders for the entities feature's plugin tests: entity notes and analyses as text, and a
 * vault with the plugin loaded and the layout ready (when the entity service builds its registry).
 */
import type { EntityService } from "../../src/plugin/entities";
import { App } from "obsidian-test-mocks/obsidian";
import type { TFile } from "obsidian";
import { loadPlugin, settle, type Loaded } from "./plugin";

/** An entity note's text. */
export function entityNote(aliases: readonly string[] = [], extra = ""): string {
	const list = aliases.length === 0 ? " []" : aliases.map((alias) => `\n  - ${alias}`).join("");
	return `---\ntype: entity\naliases:${list}\ncategory: organization\n${extra}---\n`;
}

/** An analysis note's text. */
export function analysisNote(body: string, properties = ""): string {
	return `---\ntype: analysis\n${properties}---\n${body}`;
}

/** The entities most tests use. */
export const ENTITIES: Readonly<Record<string, string>> = {
	"Entities/DeepSeek.md": entityNote(["深度求索"]),
	"Entities/Stargate.md": entityNote(["星門"]),
	"Entities/Genesis Mission.md": entityNote(["創世計畫"]),
};

/** A vault of `files`, the plugin loaded, the layout ready. */
export async function loadVault(files: Record<string, string>, data?: unknown): Promise<Loaded> {
	const loaded = await loadPlugin(files, data);
	lastLoaded = loaded;
	App.fromOriginalType__(loaded.app.asOriginalType__()).workspace.setLayoutReady__();
	await settle();
	return loaded;
}

let lastLoaded: Loaded | null = null;

/** The entity service of the plugin `loadVault` loaded last. */
export function entityService(): EntityService {
	if (!lastLoaded) throw new Error("loadVault has not run");
	return lastLoaded.plugin.features.entities;
}

/** The file at `path`, or a failed test. */
export function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`No file at ${path}`);
	return file.asOriginalType2__();
}

/** The text of the note at `path`. */
export async function textAt(app: App, path: string): Promise<string> {
	return app.vault.read(app.vault.getFileByPath(path)!);
}

/** Waits (up to ~2 s) until `done()` holds. */
export async function waitFor(done: () => boolean, what = "condition"): Promise<void> {
	for (let i = 0; i < 200; i++) {
		if (done()) return;
		await new Promise((resolve) => window.setTimeout(resolve, 10));
	}
	throw new Error(`Timed out waiting for ${what}`);
}

/** The button whose text is `text` inside `el`. */
export function button(el: HTMLElement, text: string | RegExp): HTMLButtonElement {
	const found = [...el.querySelectorAll("button")].find((b) => (typeof text === "string" ? b.textContent === text : text.test(b.textContent ?? "")));
	if (!found) throw new Error(`No button ${String(text)} in: ${el.textContent ?? ""}`);
	return found;
}
