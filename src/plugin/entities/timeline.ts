/**
 * The entity timeline: a ` ```dossier-timeline``` ` code block in an entity note lists the notes
 * that link the entity (its analyses), newest published first, with outlet and date, and the open
 * investigation questions that mention it (when the questions feature provides them). It redraws
 * (debounced) when a note's metadata, a rename, a delete or the registry changes, while shown.
 *
 * The block may name another entity in its body (`DeepSeek`), to show that entity's timeline in
 * any note. Text is rendered as text, never as HTML.
 */
import { Keymap, MarkdownRenderChild, TFile, debounce, type App, type MarkdownPostProcessorContext } from "obsidian";
import { buildTimeline, type Entity, type QuestionSource, type Timeline, type TimelineSource } from "../../core/entities";
import type { Translate } from "../../core/i18n";
import { linkDisplayText } from "../../core/text/link-text";
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
	readonly questions?: QuestionsProvider;
}

/** The block's handler, for `registerMarkdownCodeBlockProcessor`. */
export function timelineProcessor(deps: TimelineDeps) {
	return (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		ctx.addChild(new TimelineChild(el, deps, ctx.sourcePath, source.trim()));
	};
}

/** The notes that link `entity` (not entity notes), as the timeline reads them. */
export function timelineSources(app: App, service: EntityService, entity: Entity): TimelineSource[] {
	const sources: TimelineSource[] = [];
	for (const [path, targets] of Object.entries(app.metadataCache.resolvedLinks)) {
		if (!(entity.path in targets) || service.entityAt(path)) continue;
		const file = app.vault.getFileByPath(path);
		if (!(file instanceof TFile)) continue;
		const entities = Object.keys(targets).flatMap((target) => service.entityAt(target)?.name ?? []);
		sources.push({ path, ...propertiesOf(app, file), entities });
	}
	return sources;
}

/** Title, outlet and published date from the note's properties. */
function propertiesOf(app: App, file: TFile): Pick<TimelineSource, "title" | "outlet" | "published"> {
	const fm = app.metadataCache.getFileCache(file)?.frontmatter ?? {};
	const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);
	const outlet = text(fm.outlet);
	const published = text(fm.published) ?? (fm.published instanceof Date ? fm.published.toISOString().slice(0, 16) : undefined);
	return { title: text(fm.title) ?? file.basename, ...(outlet ? { outlet } : {}), ...(published ? { published } : {}) };
}

class TimelineChild extends MarkdownRenderChild {
	private readonly redraw = debounce(() => this.render(), REDRAW_DELAY, true);

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
		if (!entity) return void el.createDiv({ cls: "dossier-entities-hint", text: t("entities.timeline.not-entity") });
		const { app, service, questions } = this.deps;
		const timeline = buildTimeline(entity, timelineSources(app, service, entity), questions?.openQuestions() ?? [], service.matcher());
		this.analyses(el, timeline, t);
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
		}
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
