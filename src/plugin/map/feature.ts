/**
 * The maps feature: *Map this entity on a canvas* (in an entity note, and from its timeline) and
 * *Map this analysis on a canvas* (in an analysis note). Each reads what the timeline reads — the
 * analyses with every entity they name, lent by the entities feature, and the open questions lent
 * by the questions feature — has the core draw the map (`entityMap`, `analysisMap`) in the
 * interface language, writes it into the maps folder (`writeMap`) and opens the canvas. A canvas
 * Dossier cannot read is left as it is, and a notice says why.
 */
import { FileView, Notice, TFile, type App } from "obsidian";
import { ANALYSIS_TYPE } from "../../core/analysis/model";
import type { Entity, TimelineSource } from "../../core/entities";
import { message, say } from "../../core/i18n";
import { analysisMap, entityMap, mapOptionsOf, mapPath, type MapDraft } from "../../core/map";
import type { EntityMapper } from "../entities";
import type { EntityService } from "../entities/service";
import type { QuestionsProvider } from "../entities/timeline";
import type { Feature, FeatureContext } from "../feature";
import { writeMap } from "./write";

/** What a map is read from: the other features' services. */
export interface MapDeps {
	readonly entities: EntityService;
	/** Every note that names an entity, with all it names (the entities feature's `analyses`). */
	readonly analyses: () => Promise<readonly TimelineSource[]>;
	/** One analysis as the timeline reads it (the entities feature's `analysis`). */
	readonly analysis: (file: TFile) => Promise<TimelineSource | null>;
	readonly questions?: QuestionsProvider;
}

/** The maps feature, and the action it lends the timeline. */
export type MapFeature = Feature & EntityMapper;

/** The Markdown note in the active editor or view, if any. */
function activeNote(context: FeatureContext): TFile | null {
	const file = context.app.workspace.activeEditor?.file ?? context.app.workspace.getActiveFile();
	return file instanceof TFile && file.extension === "md" ? file : null;
}

function isAnalysis(app: App, file: TFile): boolean {
	return app.metadataCache.getFileCache(file)?.frontmatter?.type === ANALYSIS_TYPE;
}

export function mapFeature(deps: MapDeps): MapFeature {
	const mapEntity = async (context: FeatureContext, entity: Entity) => {
		const sources = await reading(context, deps.analyses());
		const input = { entity, sources, questions: deps.questions?.openQuestions() ?? [], matcher: deps.entities.matcher() };
		await draw(context, entityMap(input, mapOptionsOf(context.settings, context.t)), entity.name);
	};
	const mapAnalysis = async (context: FeatureContext, file: TFile) => {
		const analysis = (await deps.analysis(file)) ?? { path: file.path, title: file.basename, entities: [] };
		const questions = (deps.questions?.openQuestions() ?? []).filter((question) => question.path === file.path);
		await draw(context, analysisMap({ analysis, questions, registry: deps.entities.matcher().registry }, mapOptionsOf(context.settings, context.t)), file.basename);
	};
	return {
		mapEntity,
		commands: [
			{
				id: "map-entity",
				name: "command.map.entity",
				icon: "network",
				check: (context) => {
					const file = activeNote(context);
					const entity = file ? deps.entities.entityAt(file.path) : undefined;
					return entity ? () => mapEntity(context, entity) : null;
				},
			},
			{
				id: "map-analysis",
				name: "command.map.analysis",
				icon: "network",
				check: (context) => {
					const file = activeNote(context);
					return file && isAnalysis(context.app, file) ? () => mapAnalysis(context, file) : null;
				},
			},
		],
	};
}

/** Milliseconds of reading before a notice says the map is on its way. */
const READING_NOTICE_MS = 400;

/** `work`, with a notice while it takes long (the first map reads every analysis for unlinked mentions). */
async function reading<T>(context: FeatureContext, work: Promise<T>): Promise<T> {
	let notice: Notice | null = null;
	const timer = window.setTimeout(() => (notice = new Notice(context.t("map.notice.reading"), 0)), READING_NOTICE_MS);
	try {
		return await work;
	} finally {
		window.clearTimeout(timer);
		(notice as Notice | null)?.hide();
	}
}

/** Writes the map named `name` into the maps folder and opens it; a notice says why when it cannot. */
async function draw(context: FeatureContext, draft: MapDraft, name: string): Promise<void> {
	const path = mapPath(context.settings.mapsFolder, name);
	const written = await writeMap(context.app, path, draft).catch((error: unknown) => {
		// The vault refused the write (a folder at that path, a read-only file…): say which file.
		context.notify(context.t("map.notice.failed", { path, reason: error instanceof Error ? error.message : String(error) }));
		return null;
	});
	if (!written) return;
	if (!written.ok) return context.notify(say(context.t, message("map.invalid", { path, reason: written.reason })));
	await reveal(context.app, written.file);
}

/** Shows the canvas: its tab when it is open already, else a new tab. */
async function reveal(app: App, file: TFile): Promise<void> {
	let shown: Parameters<App["workspace"]["revealLeaf"]>[0] | null = null;
	app.workspace.iterateAllLeaves((leaf) => {
		if (!shown && leaf.view instanceof FileView && leaf.view.file === file) shown = leaf;
	});
	if (shown) await app.workspace.revealLeaf(shown);
	else await app.workspace.getLeaf("tab").openFile(file);
}
