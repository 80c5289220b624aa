/**
 * The entities feature's access to the vault: the link style the vault uses, the file port a
 * vault-wide run writes through, and the `entities` property of an analysis.
 */
import { TFile, type App } from "obsidian";
import { mergeEntitiesProperty, ENTITIES_PROPERTY, type VaultPort } from "../../core/entities";

/**
 * True when new links in this vault are Markdown links. Obsidian's "Use [[Wikilinks]]" option is
 * not public API, but `FileManager.generateMarkdownLink` follows it: we ask it for a link to `file`
 * and look at what it wrote.
 */
export function vaultUsesMarkdownLinks(app: App, file: TFile | null): boolean {
	const target = file ?? app.vault.getMarkdownFiles()[0];
	if (!target) return false;
	const link = app.fileManager.generateMarkdownLink(target, target.path);
	return !link.startsWith("[[") && !link.startsWith("![[");
}

/** The note at `path`, or an error naming it (the run reports it as failed). */
export function noteAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`${path} no longer exists`);
	return file;
}

/**
 * The file port of a vault run over `Vault`: reads with `cachedRead`, writes with `Vault.process`,
 * whose callback hands the note's text as it is at write time to the run's `change`.
 * `afterWrite` runs after each note written (e.g. to update its `entities` property); it must not
 * throw, since the note itself is written by then.
 */
export function vaultPort(app: App, paths: () => readonly string[], afterWrite?: (file: TFile, text: string) => Promise<void>): VaultPort {
	return {
		list: () => Promise.resolve(paths()),
		read: (path) => app.vault.cachedRead(noteAt(app, path)),
		update: async (path, change) => {
			const file = noteAt(app, path);
			let written: string | null = null;
			await app.vault.process(file, (current) => {
				written = change(current);
				return written ?? current;
			});
			if (written !== null && afterWrite) await afterWrite(file, written);
			return written;
		},
	};
}

/** True when the note is an analysis (`type: analysis`), whose `entities` property lists what it links. */
export function isAnalysis(app: App, file: TFile): boolean {
	const type: unknown = app.metadataCache.getFileCache(file)?.frontmatter?.type;
	return type === "analysis";
}

/**
 * Sets the analysis's `entities` property to every entity it links (`linked`), keeping what the
 * user listed. Written through `FileManager.processFrontMatter`; nothing is written when the
 * list would not change.
 */
export async function updateEntitiesProperty(app: App, file: TFile, linked: readonly string[]): Promise<boolean> {
	const current: unknown = app.metadataCache.getFileCache(file)?.frontmatter?.[ENTITIES_PROPERTY];
	if (sameList(current, mergeEntitiesProperty(current, linked))) return false;
	let changed = false;
	await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		const next = mergeEntitiesProperty(frontmatter[ENTITIES_PROPERTY], linked);
		changed = !sameList(frontmatter[ENTITIES_PROPERTY], next);
		if (changed) frontmatter[ENTITIES_PROPERTY] = next;
	});
	return changed;
}

function sameList(value: unknown, list: readonly string[]): boolean {
	return Array.isArray(value) && value.length === list.length && value.every((item, i) => item === list[i]);
}
