/**
 * The investigation questions panel: an `ItemView` in the right sidebar. The header (counts,
 * filter, grouping, sorting, toggles) is built once; the list is redrawn from the core's panel
 * model, debounced, and only while the panel is visible. Every text is set as text.
 */
import { ItemView, Keymap, Menu, debounce, getLanguage, type TFile, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { Locale } from "date-fns";
import { zhCN } from "date-fns/locale/zh-CN";
import { zhTW } from "date-fns/locale/zh-TW";
import { pickLanguage, type StringKey } from "../../core/i18n";
import {
	ACTIVE_STATUSES,
	dayOf,
	GROUPINGS,
	isOverdue,
	panelModel,
	questionMarkdown,
	SORTS,
	STATUSES,
	timeLine,
	type GroupBy,
	type PanelGroup,
	type PanelModel,
	type Question,
	type QuestionQuery,
	type QuestionStatus,
	type SortBy,
} from "../../core/questions";
import { linkDisplayText } from "../../core/text/link-text";
import type { FeatureContext } from "../feature";
import { AnsweredByModal, ReviewDateModal } from "./modals";
import type { QuestionsService } from "./service";

export const QUESTIONS_VIEW = "dossier-questions";

/** How many questions the list shows at most; the rest are counted. */
const LIST_LIMIT = 200;
const REDRAW_MS = 100;

/** What the user chose in the header; saved with the workspace. */
export interface PanelState {
	filter: string;
	groupBy: GroupBy;
	sortBy: SortBy;
	showClosed: boolean;
	thisNote: boolean;
	followEntity: boolean;
	/** An entity picked by clicking its name on a question. */
	entity: string | null;
}

const DEFAULT_STATE: PanelState = { filter: "", groupBy: "note", sortBy: "published", showClosed: false, thisNote: false, followEntity: false, entity: null };

export class QuestionsView extends ItemView {
	state: PanelState = { ...DEFAULT_STATE };
	/** One redraw `REDRAW_MS` after the first of several changes in a row. */
	private readonly pendingRedraw = debounce(() => this.redrawIfDirty(), REDRAW_MS, false);
	private dirty = true;
	/** The last markdown note the user was in (the panel itself has no file). */
	private activeFile: TFile | null = null;
	private countsEl!: HTMLElement;
	private bannerEl!: HTMLElement;
	private listEl!: HTMLElement;
	/** The header's controls by state key, to show a restored state. */
	private readonly controls = new Map<keyof PanelState, HTMLInputElement | HTMLSelectElement>();
	/** The model last drawn (tests and the export commands read it). */
	model: PanelModel | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly context: FeatureContext,
		private readonly service: QuestionsService,
	) {
		super(leaf);
	}

	override getViewType(): string {
		return QUESTIONS_VIEW;
	}

	override getDisplayText(): string {
		return this.context.t("questions.view.title");
	}

	override getIcon(): string {
		return "circle-help";
	}

	private t(key: StringKey, vars?: Record<string, string | number>): string {
		return this.context.t(key, vars);
	}

	override async onOpen(): Promise<void> {
		this.activeFile = this.app.workspace.getActiveFile();
		const root = this.contentEl;
		root.empty();
		root.addClass("dossier-questions");
		this.buildHeader(root.createDiv({ cls: "dossier-questions-header" }));
		this.listEl = root.createDiv({ cls: "dossier-questions-list" });
		this.register(
			this.service.subscribe((renamed) => {
				if (renamed) this.followRenames(renamed);
				this.requestRedraw();
			}),
		);
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.onActiveChange()));
		this.registerEvent(this.app.workspace.on("layout-change", () => this.redrawIfDirty()));
		this.register(() => this.pendingRedraw.cancel());
		this.render();
		await Promise.resolve();
	}

	override async onClose(): Promise<void> {
		this.pendingRedraw.cancel();
		await Promise.resolve();
	}

	override getState(): Record<string, unknown> {
		return { ...this.state };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		if (state && typeof state === "object") this.state = { ...DEFAULT_STATE, ...readState(state as Record<string, unknown>) };
		await super.setState(state, result);
		this.syncControls();
		this.requestRedraw();
	}

	private buildHeader(header: HTMLElement): void {
		this.countsEl = header.createDiv({ cls: "dossier-questions-counts" });
		const filter = header.createEl("input", { cls: "dossier-questions-filter", type: "search", placeholder: this.t("questions.filter.placeholder") });
		this.controls.set("filter", filter);
		filter.addEventListener("input", () => this.update({ filter: filter.value }));
		const controls = header.createDiv({ cls: "dossier-questions-controls" });
		this.select(controls, "groupBy", "questions.group.label", GROUPINGS.map((g) => [g, `questions.group.${g}` as StringKey]));
		this.select(controls, "sortBy", "questions.sort.label", SORTS.map((s) => [s, `questions.sort.${s}` as StringKey]));
		const toggles = header.createDiv({ cls: "dossier-questions-toggles" });
		this.toggle(toggles, "showClosed", "questions.toggle.closed");
		this.toggle(toggles, "thisNote", "questions.toggle.thisNote");
		this.toggle(toggles, "followEntity", "questions.toggle.followEntity");
		this.bannerEl = header.createDiv({ cls: "dossier-questions-banner" });
		this.syncControls();
	}

	/** Shows the current state in the header's controls. */
	private syncControls(): void {
		for (const [key, control] of this.controls) {
			const value = this.state[key];
			if (control instanceof HTMLInputElement && control.type === "checkbox") control.checked = value === true;
			else control.value = typeof value === "string" ? value : "";
		}
	}

	private select(parent: HTMLElement, key: "groupBy" | "sortBy", label: StringKey, options: readonly (readonly [string, StringKey])[]): void {
		const wrap = parent.createEl("label", { cls: "dossier-questions-select" });
		wrap.createSpan({ text: this.t(label) });
		const select = wrap.createEl("select", { cls: "dropdown" });
		select.dataset.control = key;
		for (const [v, text] of options) select.createEl("option", { value: v, text: this.t(text) });
		this.controls.set(key, select);
		select.addEventListener("change", () => this.update({ [key]: select.value }));
	}

	private toggle(parent: HTMLElement, key: "showClosed" | "thisNote" | "followEntity", label: StringKey): void {
		const wrap = parent.createEl("label", { cls: "dossier-questions-toggle" });
		const box = wrap.createEl("input", { type: "checkbox" });
		box.dataset.control = key;
		this.controls.set(key, box);
		wrap.createSpan({ text: this.t(label) });
		box.addEventListener("change", () => this.update({ [key]: box.checked }));
	}

	private update(change: Partial<PanelState>): void {
		this.state = { ...this.state, ...change };
		this.render();
		this.app.workspace.requestSaveLayout();
	}

	private onActiveChange(): void {
		const file = this.app.workspace.getActiveFile();
		if (!file || file === this.activeFile) return;
		this.activeFile = file;
		if (this.state.thisNote || this.state.followEntity) this.requestRedraw();
	}

	/** Schedules a redraw in `REDRAW_MS`; several changes in a row cost one redraw. */
	requestRedraw(): void {
		this.dirty = true;
		this.pendingRedraw();
	}

	private redrawIfDirty(): void {
		if (this.dirty && this.containerEl.isShown()) this.render();
	}

	/** The query the header and the active note describe. */
	query(): QuestionQuery {
		const statuses = this.state.showClosed ? STATUSES : ACTIVE_STATUSES;
		const entities = this.followedEntities();
		return {
			text: this.state.filter,
			statuses,
			...(entities ? { entities } : {}),
			...(this.state.thisNote ? { note: this.activeFile?.path ?? "" } : {}),
		};
	}

	/** The entity names to filter by: a picked entity, or the active entity note's name and aliases. */
	private followedEntities(): string[] | null {
		if (this.state.entity) return [this.state.entity];
		if (!this.state.followEntity || !this.activeFile) return null;
		return this.service.entityNamesAt(this.activeFile);
	}

	/** A picked entity that was renamed is followed under its new name. */
	private followRenames(renamed: ReadonlyMap<string, string>): void {
		const picked = this.state.entity?.toLowerCase();
		if (picked === undefined) return;
		const next = [...renamed].find(([from]) => from.toLowerCase() === picked)?.[1];
		if (next === undefined) return;
		this.state = { ...this.state, entity: next };
		this.app.workspace.requestSaveLayout();
	}

	render(): void {
		this.dirty = false;
		const now = new Date();
		const model = panelModel(this.service.index, { query: this.query(), groupBy: this.state.groupBy, sortBy: this.state.sortBy, limit: LIST_LIMIT, today: dayOf(now) });
		this.model = model;
		this.renderCounts(model);
		this.renderBanner();
		this.listEl.empty();
		if (!this.service.ready && this.service.index.noteCount === 0) this.listEl.createDiv({ cls: "dossier-questions-note", text: this.t("questions.loading") });
		else if (this.service.index.noteCount === 0) this.renderEmpty();
		else if (model.matching === 0) this.listEl.createDiv({ cls: "dossier-questions-note", text: this.t("questions.empty.filtered") });
		else this.renderGroups(model, now);
	}

	private renderCounts(model: PanelModel): void {
		const c = model.counts;
		this.countsEl.empty();
		this.countsEl.createSpan({ text: this.t("questions.header.counts", { open: c.open, investigating: c.investigating }) });
		if (this.state.showClosed) this.countsEl.createSpan({ cls: "dossier-questions-closed", text: ` · ${this.t("questions.header.closed", { answered: c.answered, dropped: c.dropped })}` });
		if (model.overdue > 0) this.countsEl.createSpan({ cls: "dossier-questions-overdue-count", text: this.t("questions.header.overdue", { count: model.overdue }) });
	}

	private renderBanner(): void {
		this.bannerEl.empty();
		const entities = this.followedEntities();
		if (!entities?.[0]) return;
		this.bannerEl.createSpan({ text: this.t("questions.following", { entity: entities[0] }) });
		if (this.state.entity) {
			const clear = this.bannerEl.createEl("button", { cls: "clickable-icon dossier-questions-clear", text: "×" });
			clear.setAttribute("aria-label", this.t("questions.group.all"));
			clear.addEventListener("click", () => this.update({ entity: null }));
		}
	}

	private renderEmpty(): void {
		const empty = this.listEl.createDiv({ cls: "dossier-questions-empty" });
		empty.createEl("h4", { text: this.t("questions.empty.title") });
		empty.createEl("p", { text: this.t("questions.empty.body") });
		const button = empty.createEl("button", { cls: "mod-cta", text: this.t("questions.empty.button") });
		button.addEventListener("click", () => this.createFirstAnalysis());
	}

	/** Runs the analysis feature's "new analysis" command when it exists; otherwise explains what to do. */
	private createFirstAnalysis(): void {
		const registry = commandRegistry(this.app);
		const id = "dossier:new-analysis";
		if (registry && id in registry.commands) {
			registry.executeCommandById(id);
			return;
		}
		this.context.notify(this.t("questions.empty.noCommand"));
	}

	private renderGroups(model: PanelModel, now: Date): void {
		const locale = this.locale();
		for (const group of model.groups) {
			const el = this.listEl.createDiv({ cls: "dossier-questions-group" });
			if (this.state.groupBy !== "none") {
				const title = el.createDiv({ cls: "dossier-questions-group-title" });
				title.createSpan({ cls: "dossier-questions-group-label", text: this.groupLabel(group) });
				title.createSpan({ cls: "dossier-questions-group-count", text: String(group.count) });
			}
			for (const q of group.questions) this.renderQuestion(el, q, now, locale);
		}
		const listed = model.groups.reduce((n, g) => n + g.questions.length, 0);
		if (model.truncated) this.listEl.createDiv({ cls: "dossier-questions-note", text: this.t("questions.more", { count: Math.max(model.matching - listed, 0) }) });
	}

	groupLabel(group: PanelGroup): string {
		if (this.state.groupBy === "status") return this.statusLabel(group.key as QuestionStatus);
		if (group.label !== null) return group.label;
		const none: Record<GroupBy, StringKey> = {
			note: "questions.group.all",
			entity: "questions.group.noEntity",
			outlet: "questions.group.noOutlet",
			keyword: "questions.group.noKeyword",
			status: "questions.group.all",
			none: "questions.group.all",
		};
		return this.t(none[this.state.groupBy]);
	}

	statusLabel(status: QuestionStatus): string {
		return this.t(`questions.status.${status}`);
	}

	private renderQuestion(parent: HTMLElement, q: Question, now: Date, locale: Locale | undefined): void {
		const item = parent.createDiv({ cls: "dossier-questions-item" });
		item.dataset.status = q.status;
		item.toggleClass("is-overdue", isOverdue(q, dayOf(now)));
		const head = item.createDiv({ cls: "dossier-questions-item-title" });
		head.createSpan({ cls: `dossier-questions-status is-${q.status}`, text: this.statusLabel(q.status) });
		// Links read as Obsidian shows them (`[[Stargate|星門]]` → 星門); the note keeps them.
		head.createSpan({ cls: "dossier-questions-title-text", text: linkDisplayText(q.title) });
		if (q.detail) item.createDiv({ cls: "dossier-questions-item-detail", text: linkDisplayText(q.detail) });
		const meta = [q.note.title, q.note.outlet, q.note.published?.slice(0, 10)].filter((s): s is string => Boolean(s));
		item.createDiv({ cls: "dossier-questions-item-meta", text: meta.join(" · ") });
		const time = this.timeText(q, now, locale);
		if (time) item.createDiv({ cls: "dossier-questions-item-time", text: time });
		if (q.answeredBy) item.createDiv({ cls: "dossier-questions-item-answer", text: this.t("questions.answeredBy", { note: q.answeredBy }) });
		if (q.entities.length) this.renderEntities(item, q.entities);
		item.addEventListener("click", (evt) => void this.service.open(q, Keymap.isModEvent(evt)));
		item.addEventListener("mouseover", (evt) => this.hover(evt, item, q));
		item.addEventListener("contextmenu", (evt) => this.showMenu(evt, q));
	}

	private renderEntities(item: HTMLElement, entities: readonly string[]): void {
		const row = item.createDiv({ cls: "dossier-questions-entities" });
		for (const name of entities) {
			const chip = row.createSpan({ cls: "dossier-questions-entity", text: name });
			chip.addEventListener("click", (evt) => {
				evt.stopPropagation();
				this.update({ entity: name });
			});
		}
	}

	private timeText(q: Question, now: Date, locale: Locale | undefined): string | null {
		const line = timeLine(q, now, locale);
		if (line.kind === "none") return null;
		const key: Record<typeof line.kind, StringKey> = { age: "questions.time.age", "review-due": "questions.time.reviewDue", "review-overdue": "questions.time.reviewOverdue" };
		return this.t(key[line.kind], { distance: line.distance });
	}

	private locale(): Locale | undefined {
		const chosen = this.context.settings.language;
		const language = chosen === "auto" ? pickLanguage(getLanguage()) : chosen;
		return language === "zh-TW" ? zhTW : language === "zh-CN" ? zhCN : undefined;
	}

	private hover(event: MouseEvent, targetEl: HTMLElement, q: Question): void {
		this.app.workspace.trigger("hover-link", { event, source: QUESTIONS_VIEW, hoverParent: this, targetEl, linktext: q.path, sourcePath: q.path, state: { scroll: q.line } });
	}

	showMenu(event: MouseEvent, q: Question): Menu {
		event.preventDefault();
		const menu = new Menu();
		for (const status of STATUSES) {
			if (status === q.status) continue;
			menu.addItem((item) =>
				item
					.setTitle(this.t("questions.menu.status", { status: this.statusLabel(status) }))
					.setIcon("circle-dot")
					.onClick(() => void this.service.edit(q, { kind: "status", status })),
			);
		}
		menu.addSeparator();
		menu.addItem((item) => item.setTitle(this.t("questions.menu.review")).setIcon("calendar").onClick(() => new ReviewDateModal(this.context, q, this.service).open()));
		if (q.review) menu.addItem((item) => item.setTitle(this.t("questions.menu.reviewClear")).setIcon("calendar-x").onClick(() => void this.service.edit(q, { kind: "review", date: null })));
		menu.addItem((item) => item.setTitle(this.t("questions.menu.answered")).setIcon("link").onClick(() => new AnsweredByModal(this.context, q, this.service).open()));
		menu.addItem((item) => item.setTitle(this.t("questions.menu.copy")).setIcon("copy").onClick(() => void navigator.clipboard.writeText(questionMarkdown(q, this.words()))));
		menu.showAtMouseEvent(event);
		return menu;
	}

	/** Words for Markdown export in the interface language. */
	words() {
		return { status: (s: QuestionStatus) => this.statusLabel(s), review: this.t("questions.briefing.review"), answeredBy: this.t("questions.briefing.answeredBy") };
	}
}

/** The app's command registry (not in the public typings), when present. */
interface CommandRegistry {
	readonly commands: Record<string, unknown>;
	executeCommandById(id: string): boolean;
}

function commandRegistry(app: object): CommandRegistry | null {
	const registry: unknown = Reflect.has(app, "commands") ? Reflect.get(app, "commands") : null;
	if (!registry || typeof registry !== "object") return null;
	const commands: unknown = Reflect.get(registry, "commands");
	const execute: unknown = Reflect.get(registry, "executeCommandById");
	if (!commands || typeof commands !== "object" || typeof execute !== "function") return null;
	return { commands: commands as Record<string, unknown>, executeCommandById: (id) => Boolean(Reflect.apply(execute, registry, [id])) };
}

function readState(raw: Record<string, unknown>): Partial<PanelState> {
	const state: Partial<PanelState> = {};
	if (typeof raw.filter === "string") state.filter = raw.filter;
	if (GROUPINGS.includes(raw.groupBy as GroupBy)) state.groupBy = raw.groupBy as GroupBy;
	if (SORTS.includes(raw.sortBy as SortBy)) state.sortBy = raw.sortBy as SortBy;
	for (const key of ["showClosed", "thisNote", "followEntity"] as const) if (typeof raw[key] === "boolean") state[key] = raw[key];
	if (typeof raw.entity === "string") state.entity = raw.entity;
	return state;
}
