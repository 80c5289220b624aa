/**
 * Loads the real plugin class into the in-memory Obsidian runtime (obsidian-test-mocks), the way
 * Obsidian does: construct it with the app and the manifest, then `load()` it.
 */
import { App } from "obsidian-test-mocks/obsidian";
import manifest from "../../manifest.json";
import DossierPlugin from "../../src/plugin/main";

export interface Loaded {
	readonly app: App;
	readonly plugin: DossierPlugin;
}

/** A vault holding `files` (path → text), with the plugin loaded into it and `onload` finished. */
export async function loadPlugin(files: Record<string, string> = {}, data?: unknown): Promise<Loaded> {
	const app = App.createConfigured__({ files });
	const plugin = new DossierPlugin(app.asOriginalType__(), manifest);
	if (data !== undefined) await plugin.saveData(data);
	plugin.load();
	await settle();
	return { app, plugin };
}

/** Lets pending promise chains and zero-delay timers run. */
export async function settle(): Promise<void> {
	for (let i = 0; i < 3; i++) await new Promise((resolve) => window.setTimeout(resolve, 0));
}

/** How many event handlers are attached to the app's vault, metadata cache and workspace. */
export function handlerCount(app: App): number {
	const sources: unknown[] = [app.vault, app.metadataCache, app.workspace];
	return sources.reduce<number>((sum, source) => {
		const table = (source as { _: Record<string, unknown[]> })._;
		return sum + Object.values(table).reduce((n, list) => n + list.length, 0);
	}, 0);
}
