/**
 * Every note that names an entity, as the timeline reads it, with all the entities it names —
 * the links Obsidian resolved (`resolvedLinks`, links in properties included) and the unlinked
 * names the `MentionIndex` found — for what reads the whole vault's connections at once (the
 * maps). The timeline itself reads only the notes naming its entity (`timelineSources`).
 */
import { TFile, type App } from "obsidian";
import type { TimelineSource } from "../../core/entities";
import type { MentionIndex } from "./mentions";
import type { EntityService } from "./service";
import { propertiesOf } from "./timeline";

/** The vault's notes that name an entity (entity notes left out), once the unlinked mentions are read. */
export async function vaultSources(app: App, service: EntityService, mentions: MentionIndex): Promise<TimelineSource[]> {
	const unlinked = await mentions.unlinkedByPath();
	const links = app.metadataCache.resolvedLinks;
	const sources: TimelineSource[] = [];
	for (const path of new Set([...Object.keys(links), ...unlinked.keys()])) {
		const file = app.vault.getFileByPath(path);
		if (!(file instanceof TFile) || service.entityAt(path)) continue;
		const entities = Object.keys(links[path] ?? {}).flatMap((target) => service.entityAt(target)?.name ?? []);
		const names = unlinked.get(path) ?? [];
		if (entities.length === 0 && names.length === 0) continue;
		sources.push({ path, ...propertiesOf(app, file), entities, ...(names.length > 0 ? { unlinked: names } : {}) });
	}
	return sources;
}
