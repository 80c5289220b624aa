/**
 * Writes a map into its canvas file: `vault.create` for a new file (its folder made first),
 * `Vault.process` for an existing one, the new text computed inside by the core's `renderMap` from
 * the file's text at write time — so the cards the user moved keep their place and the ones they
 * added stay. A file that is no JSON Canvas (or maps another note) is left as it is: the reason
 * comes back as a value, and nothing is written.
 */
import { TFile, normalizePath, type App } from "obsidian";
import type { Message } from "../../core/i18n";
import { renderMap, type MapDraft } from "../../core/map";

/** The canvas file written, or why nothing was. */
export type Written = { readonly ok: true; readonly file: TFile } | { readonly ok: false; readonly reason: Message };

/** Writes `draft` at `path` (a vault path ending in `.canvas`). */
export async function writeMap(app: App, path: string, draft: MapDraft): Promise<Written> {
	const at = normalizePath(path);
	const file = app.vault.getFileByPath(at);
	if (file) return updateMap(app, file, draft);
	const first = renderMap(draft, null);
	if (!first.ok) return first;
	const folder = at.includes("/") ? at.slice(0, at.lastIndexOf("/")) : "";
	if (folder !== "" && !app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
	return { ok: true, file: await app.vault.create(at, first.text) };
}

/** Rewrites an existing canvas through `Vault.process`; a canvas Dossier cannot read is never written. */
async function updateMap(app: App, file: TFile, draft: MapDraft): Promise<Written> {
	const before = renderMap(draft, await app.vault.read(file));
	if (!before.ok) return before;
	let refused = null as Message | null;
	await app.vault.process(file, (text) => {
		const result = renderMap(draft, text);
		if (result.ok) return result.text;
		// Changed into something else since it was read: keep it as it is now.
		refused = result.reason;
		return text;
	});
	return refused ? { ok: false, reason: refused } : { ok: true, file };
}
