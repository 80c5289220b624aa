/**
 * The entity timeline: a ` ```dossier-timeline``` ` code block in an entity note lists the
 * analyses that mention the entity — the notes that link it (Obsidian's `resolvedLinks`, links in
 * properties included), and the analyses that name it without a link (`MentionIndex`), marked
 * "unlinked" — newest published first, with outlet and date, and the open investigation questions
 * that mention it (when the questions feature provides them); between them, the entities named in
 * the same analyses (*Named with*, `named-with-section.ts`). Nothing here writes: an unlinked
 * mention says how to link it. It redraws (debounced) when a note's metadata, a rename, a delete,
 * the registry, the unlinked mentions or the questions change, while shown, and follows its note
 * when that is renamed.
 *
 * The block may name another entity in its body (`DeepSeek`), to show that entity's timeline in
 * any note. Text is rendered as text, never as HTML.
 */
import { Keymap, MarkdownRenderChild, TFile, debounce, type App, type MarkdownPostProcessorContext } from "obsidian";
import { buildTimeline, byNameIn, namedWith, type Entity, type QuestionSource, type Timeline, type TimelineSource } from "../../core/entities";
import type { Translate } from "../../core/i18n";
import { linkDisplayText } from "../../core/text/link-text";
import type { MentionIndex } from "./mentions";
import { renderNamedWith } from "./named-with-section";
import type { EntityService } from "./service";

/** The vault's open investigation questions; the questions feature provides them. */
export interface QuestionsProvider {
	/** Every open or investigating question, with the entities it mentions. */
	readonly openQuestions: () => readonly QuestionSource[];
	/** Calls `listener` when those questions change; returns the unsubscribe function. */
	readonly onQuestionsChange: (listener: () => void) => () => void;
}

/** Milliseconds the redraw waits for more changes. */
const REDRAW_DELAY = 300;

/** What the timeline reads. */
export interface TimelineDeps {
	readonly app: App;
	readonly t: () => Translate;
	readonly service: EntityService;
	/** The analyses that name an entity without linking it. */
	readonly mentions: MentionIndex;
	readonly questions?: QuestionsProvider;
	/** Maps the entity on a canvas (the maps feature); without it, the timeline has no map button. */
	readonly mapEntity?: (entity: Entity) => void;
}

/** The block's handler, for `registerMarkdownCodeBlockProcessor`. */
export function timelineProcessor(deps: TimelineDeps) {
	return (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		ctx.addChild(new TimelineChild(el, deps, ctx.sourcePath, source.trim()));
	};
}

/** What the timeline reads of the unlinked mentions (`MentionIndex`). */
export type UnlinkedNames = Pick<MentionIndex, "notesMentioning" | "unlinkedAt">;

/**
 * The notes that link `entity` (not entity notes), then the analyses that only name it, as the
 * timeline reads them. Each source is whole: every entity it links and every entity it names
 * unlinked, so the entities named beside `entity` (*Named with*) read the same sources.
 */
export function timelineSources(app: App, service: EntityService, entity: Entity, mentions: UnlinkedNames): TimelineSource[] {
	const sources: TimelineSource[] = [];
	const { resolvedLinks } = app.metadataCache;
	const linking = new Set(Object.keys(resolvedLinks).filter((path) => entity.path in resolvedLinks[path]!));
	const unlinked = mentions.notesMentioning(entity.name).filter((path) => !linking.has(path));
	for (const path of [...linking, ...unlinked]) {
		const file = app.vault.getFileByPath(path);
		if (service.entityAt(path) || !(file instanceof TFile)) continue;
		const entities = Object.keys(resolvedLinks[path] ?? {}).flatMap((target) => service.entityAt(target)?.name ?? []);
		const names = mentions.unlinkedAt(path);
		sources.push({ path, ...propertiesOf(app, file), entities, ...(names.length ? { unlinked: [...names] } : {}) });
	}
	return sources;
}

/** Title, outlet and published date from the note's properties. */
export function propertiesOf(app: App, file: TFile): Pick<TimelineSource, "title" | "outlet" | "published"> {
	const fm = app.metadataCache.getFileCache(file)?.frontmatter ?? {};
	const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);
	const outlet = text(fm.outlet);
	const published = text(fm.published) ?? (fm.published instanceof Date ? fm.published.toISOString().slice(0, 16) : undefined);
	return { title: text(fm.title) ?? file.basename, ...(outlet ? { outlet } : {}), ...(published ? { published } : {}) };
}

class TimelineChild extends MarkdownRenderChild {
	private readonly redraw = debounce(() => this.render(), REDRAW_DELAY, true);
	/** Set by *Show all*: every entity named with this one is listed, until the block is shown again. */
	private showAllNamed = false;

	constructor(
		el: HTMLElement,
		private readonly deps: TimelineDeps,
		/** The note the block is in; follows the note when it is renamed while shown. */
		private sourcePath: string,
		private readonly named: string,
	) {
		super(el);
	}

	override onload(): void {
		const { app, service } = this.deps;
		this.render();
		this.registerEvent(app.metadataCache.on("changed", () => this.redraw()));
		this.registerEvent(app.metadataCache.on("resolved", () => this.redraw()));
		this.registerEvent(
			app.vault.on("rename", (file, oldPath) => {
				if (oldPath === this.sourcePath) this.sourcePath = file.path;
				this.redraw();
			}),
		);
		this.registerEvent(app.vault.on("delete", () => this.redraw()));
		this.register(service.onChange(() => this.redraw()));
		this.register(this.deps.mentions.subscribe(() => this.redraw()));
		if (this.deps.questions) this.register(this.deps.questions.onQuestionsChange(() => this.redraw()));
		this.register(() => this.redraw.cancel());
	}

	private entity(): Entity | null {
		const { service } = this.deps;
		return this.named ? service.entityForName(this.named) : (service.entityAt(this.sourcePath) ?? null);
	}

	render(): void {
		const t = this.deps.t();
		const el = this.containerEl;
		el.empty();
		el.addClass("dossier-entities-timeline");
		const entity = this.entity();
		// A named entity may be gone (renamed, deleted): say so rather than that this is no entity note.
		const missing = this.named ? t("entities.timeline.unknown", { name: this.named }) : t("entities.timeline.not-entity");
		if (!entity) return void el.createDiv({ cls: "dossier-entities-hint", text: missing });
		const { app, service, mentions, questions, mapEntity } = this.deps;
		if (mapEntity) el.createEl("button", { cls: "dossier-entities-map", text: t("entities.timeline.map") }).addEventListener("click", () => mapEntity(entity));
		const sources = timelineSources(app, service, entity, mentions);
		const timeline = buildTimeline(entity, sources, questions?.openQuestions() ?? [], service.matcher());
		this.analyses(el, timeline, t);
		if (mentions.pending) el.createDiv({ cls: "dossier-entities-hint", text: t("entities.timeline.reading") });
		this.namedWith(el, entity, sources, t);
		if (questions) this.questions(el, timeline, t);
	}

	private analyses(el: HTMLElement, timeline: Timeline, t: Translate): void {
		el.createEl("h4", { text: t("entities.timeline.analyses") });
		if (timeline.analyses.length === 0) return void el.createDiv({ cls: "dossier-entities-hint", text: t("entities.timeline.empty") });
		const list = el.createEl("ul", { cls: "dossier-entities-timeline-list" });
		for (const analysis of timeline.analyses) {
			const item = list.createEl("li");
			item.createSpan({ cls: "dossier-entities-date", text: analysis.published?.slice(0, 10) ?? t("entities.timeline.undated") });
			this.link(item, analysis.title, analysis.path);
			if (analysis.outlet) item.createSpan({ cls: "dossier-entities-outlet", text: analysis.outlet });
			// Said, never done: linking stays the user's command.
			if (analysis.unlinked) item.createSpan({ cls: "dossier-entities-unlinked", text: t("entities.timeline.unlinked"), attr: { "aria-label": t("entities.timeline.unlinked-hint") } });
		}
	}

	/** The entities named in the same analyses (`named-with-section.ts`). */
	private namedWith(el: HTMLElement, entity: Entity, sources: readonly TimelineSource[], t: Translate): void {
		const named = namedWith(entity, sources, byNameIn(this.deps.service.registry));
		renderNamedWith(el, named, {
			t,
			link: (parent, text, path) => this.link(parent, text, path),
			showAll: this.showAllNamed,
			onShowAll: () => {
				this.showAllNamed = true;
				this.render();
			},
		});
	}

	private questions(el: HTMLElement, timeline: Timeline, t: Translate): void {
		el.createEl("h4", { text: t("entities.timeline.questions") });
		if (timeline.questions.length === 0) return void el.createDiv({ cls: "dossier-entities-hint", text: t("entities.timeline.no-questions") });
		const list = el.createEl("ul", { cls: "dossier-entities-timeline-list" });
		// Links in a question read as Obsidian shows them (`[[Stargate|星門]]` → 星門).
		for (const question of timeline.questions) this.link(list.createEl("li"), linkDisplayText(question.text), question.path, question.line);
	}

	/** A link that opens the note (at `line`); Ctrl/Cmd-click opens it in a new tab. */
	private link(parent: HTMLElement, text: string, path: string, line?: number): void {
		const link = parent.createEl("a", { cls: "internal-link", text, href: path, attr: { "data-href": path } });
		link.addEventListener("click", (event) => {
			event.preventDefault();
			const state = line === undefined ? undefined : { eState: { line } };
			void this.deps.app.workspace.openLinkText(path, this.sourcePath, Keymap.isModEvent(event), state);
		});
	}
}
