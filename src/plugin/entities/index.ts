/**
 * The entities feature: its command table, the entity service started on load, and the timeline
 * code block. `features.ts` builds it with the shared `EntityService` (other features read the
 * registry through the same service) and, once the questions feature exists, its provider of
 * open questions for the timeline, and the maps' action for the timeline's map button. It lends
 * the vault's analyses, as the timeline reads them, to the maps (`analyses`).
 */
import { TFile, type App } from "obsidian";
import { TIMELINE_BLOCK, unlinkedNames, type Entity, type TimelineSource } from "../../core/entities";
import type { Feature, FeatureContext } from "../feature";
import { addStarterEntities, createForKeywords, createFromSelection } from "./create";
import { activeEditorOf, linkNote, linkSelection } from "./link";
import { MentionIndex } from "./mentions";
import { showEntityReport } from "./report-modal";
import type { EntityService } from "./service";
import { noteSource, vaultSources } from "./sources";
import { timelineProcessor, type QuestionsProvider } from "./timeline";
import { linkVault } from "./vault-run";

export { EntityService } from "./service";
export type { QuestionsProvider } from "./timeline";

/** The Markdown note shown in the active editor or view, if any. */
function activeNote(context: FeatureContext): TFile | null {
	const file = context.app.workspace.activeEditor?.file ?? context.app.workspace.getActiveFile();
	return file instanceof TFile && file.extension === "md" ? file : null;
}

/** Maps an entity on a canvas: what the timeline's map button runs (the maps feature provides it). */
export interface EntityMapper {
	readonly mapEntity: (context: FeatureContext, entity: Entity) => Promise<void>;
}

/** The entities feature, and what it lends the others. */
export interface EntitiesFeature extends Feature {
	/** Every note that names an entity, with all it names, once the unlinked mentions are read (empty before load). */
	readonly analyses: () => Promise<TimelineSource[]>;
	/** One analysis as the timeline reads it, its unlinked names read from its text now; null when it names no entity. */
	readonly analysis: (file: TFile) => Promise<TimelineSource | null>;
}

export function entitiesFeature(service: EntityService, questions?: QuestionsProvider, maps?: EntityMapper): EntitiesFeature {
	let loaded: { readonly app: App; readonly mentions: MentionIndex } | null = null;
	return {
		analyses: async () => (loaded ? vaultSources(loaded.app, service, loaded.mentions) : []),
		analysis: async (file) => {
			if (!loaded) return null;
			const { app } = loaded;
			const text = await app.vault.cachedRead(file);
			return noteSource(app, service, file.path, unlinkedNames(text, file.path, app.metadataCache.getFileCache(file)?.frontmatter?.entities, service.matcher()));
		},
		commands: [
			{ id: "create-entity-from-selection", name: "command.entities.create-from-selection", icon: "user-plus", editor: (context, editor) => createFromSelection(context, service, editor) },
			{
				id: "create-entities-for-keywords",
				name: "command.entities.create-for-keywords",
				icon: "tags",
				check: (context) => {
					const file = activeNote(context);
					return file ? () => createForKeywords(context, service, file) : null;
				},
			},
			{ id: "add-starter-entities", name: "command.entities.add-starter", icon: "library", run: (context) => addStarterEntities(context, service) },
			{
				id: "link-entities-in-note",
				name: "command.entities.link-note",
				icon: "link",
				check: (context) => {
					const file = activeNote(context);
					return file ? () => linkNote(context, service, { file, editor: activeEditorOf(context.app, file) }) : null;
				},
			},
			{ id: "link-entities-in-selection", name: "command.entities.link-selection", icon: "link", editor: (context, editor, view) => linkSelection(context, service, editor, view) },
			{ id: "link-entities-across-vault", name: "command.entities.link-vault", icon: "links-coming-in", run: (context) => linkVault(context, service) },
			{ id: "show-entity-report", name: "command.entities.report", icon: "clipboard-list", run: (context) => showEntityReport(context, service) },
		],
		settingsChanged: () => service.settingsChanged(),
		load: (host) => {
			service.start({ app: host.app, settings: () => host.settings, lifecycle: host });
			const mentions = new MentionIndex(host.app, service, host);
			loaded = { app: host.app, mentions };
			const mapEntity = maps ? (entity: Entity) => void maps.mapEntity(host, entity).catch((e: unknown) => host.notify(String(e))) : undefined;
			host.registerMarkdownCodeBlockProcessor(TIMELINE_BLOCK, timelineProcessor({ app: host.app, t: () => host.t, service, mentions, ...(questions ? { questions } : {}), ...(mapEntity ? { mapEntity } : {}) }));
		},
	};
}
