/**
 * The entities feature: its command table, the entity service started on load, and the timeline
 * code block. `features.ts` builds it with the shared `EntityService` (other features read the
 * registry through the same service) and, once the questions feature exists, its provider of
 * open questions for the timeline.
 */
import { TFile } from "obsidian";
import { TIMELINE_BLOCK } from "../../core/entities";
import type { Feature } from "../feature";
import type DossierPlugin from "../main";
import { addStarterEntities, createForKeywords, createFromSelection } from "./create";
import { activeEditorOf, linkNote, linkSelection } from "./link";
import { MentionIndex } from "./mentions";
import { showEntityReport } from "./report-modal";
import type { EntityService } from "./service";
import { timelineProcessor, type QuestionsProvider } from "./timeline";
import { linkVault } from "./vault-run";

export { EntityService } from "./service";
export type { QuestionsProvider } from "./timeline";

/** The Markdown note shown in the active editor or view, if any. */
function activeNote(plugin: DossierPlugin): TFile | null {
	const file = plugin.app.workspace.activeEditor?.file ?? plugin.app.workspace.getActiveFile();
	return file instanceof TFile && file.extension === "md" ? file : null;
}

export function entitiesFeature(service: EntityService, questions?: QuestionsProvider): Feature {
	return {
		commands: [
			{ id: "create-entity-from-selection", name: "command.entities.create-from-selection", icon: "user-plus", editor: (plugin, editor) => createFromSelection(plugin, service, editor) },
			{
				id: "create-entities-for-keywords",
				name: "command.entities.create-for-keywords",
				icon: "tags",
				check: (plugin) => {
					const file = activeNote(plugin);
					return file ? () => createForKeywords(plugin, service, file) : null;
				},
			},
			{ id: "add-starter-entities", name: "command.entities.add-starter", icon: "library", run: (plugin) => addStarterEntities(plugin, service) },
			{
				id: "link-entities-in-note",
				name: "command.entities.link-note",
				icon: "link",
				check: (plugin) => {
					const file = activeNote(plugin);
					return file ? () => linkNote(plugin, service, { file, editor: activeEditorOf(plugin.app, file) }) : null;
				},
			},
			{ id: "link-entities-in-selection", name: "command.entities.link-selection", icon: "link", editor: (plugin, editor, context) => linkSelection(plugin, service, editor, context) },
			{ id: "link-entities-across-vault", name: "command.entities.link-vault", icon: "links-coming-in", run: (plugin) => linkVault(plugin, service) },
			{ id: "show-entity-report", name: "command.entities.report", icon: "clipboard-list", run: (plugin) => showEntityReport(plugin, service) },
		],
		settingsChanged: () => service.settingsChanged(),
		load: (plugin) => {
			service.start({ app: plugin.app, settings: () => plugin.settings, plugin });
			const mentions = new MentionIndex(plugin.app, service, plugin);
			plugin.registerMarkdownCodeBlockProcessor(TIMELINE_BLOCK, timelineProcessor({ app: plugin.app, t: () => plugin.t, service, mentions, ...(questions ? { questions } : {}) }));
		},
	};
}
