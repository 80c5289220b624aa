/**
 * Notes as the timeline reads them, with all the entities each names — the links Obsidian resolved
 * (`resolvedLinks`, links in properties included) and the unlinked names the `MentionIndex` found
 * — for what reads connections beyond one entity's timeline (the maps). The timeline itself reads
 * only the notes naming its entity (`timelineSources`).
 */
import { TFile, type App } from "obsidian";
import type { TimelineSource } from "../../core/entities";
import type { MentionIndex } from "./mentions";
import type { EntityService } from "./service";
import { propertiesOf } from "./timeline";

/** The note at `path` as the timeline reads it, naming `unlinked` besides its links; null for an entity note or a note that names none. */
export function noteSource(app: App, service: EntityService, path: string, unlinked: readonly string[]): TimelineSource | null {
	const file = app.vault.getFileByPath(path);
	if (!(file instanceof TFile) || service.entityAt(path)) return null;
	const entities = Object.keys(app.metadataCache.resolvedLinks[path] ?? {}).flatMap((target) => service.entityAt(target)?.name ?? []);
	if (entities.length === 0 && unlinked.length === 0) return null;
	return { path, ...propertiesOf(app, file), entities, ...(unlinked.length > 0 ? { unlinked } : {}) };
}

/** The vault's notes that name an entity (entity notes left out), once the unlinked mentions are read. */
export async function vaultSources(app: App, service: EntityService, mentions: MentionIndex): Promise<TimelineSource[]> {
	const unlinked = await mentions.unlinkedByPath();
	const paths = new Set([...Object.keys(app.metadataCache.resolvedLinks), ...unlinked.keys()]);
	return [...paths].flatMap((path) => noteSource(app, service, path, unlinked.get(path) ?? []) ?? []);
}
