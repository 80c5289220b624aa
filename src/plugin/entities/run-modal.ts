/**
 * The vault-wide run, in one modal and three steps: the dry-run summary (notes, links, links per
 * entity) with a button to start; progress with a cancel button; the report of what was linked,
 * what was left and why.
 */
import type { App } from "obsidian";
import type { FlagReason, NoteReport, SkipReason, VaultRunReport } from "../../core/entities";
import type { StringKey, Translate } from "../../core/i18n";
import { AnswerModal, buttonRow } from "./answer-modal";

/** What the modal drives. */
export interface VaultRun {
	/** Plans every note, writing nothing. */
	readonly dryRun: () => Promise<VaultRunReport>;
	/** Links `paths` (with their doubtful links too when asked), reporting progress and polling `cancelled` between notes. */
	readonly write: (paths: readonly string[], progress: (done: number, total: number) => void, cancelled: () => boolean, includeDoubtful: boolean) => Promise<VaultRunReport>;
	/** Analyses whose `entities` property was updated during the last `write`. */
	readonly propertiesUpdated: () => number;
	/** Analyses linked whose `entities` property could not be updated, with why. */
	readonly propertyFailures: () => readonly string[];
}

/** Entities listed in the summary, most linked first. */
const PER_ENTITY_SHOWN = 50;
/** Notes listed under each outcome of the report. */
const NOTES_SHOWN = 100;

export class VaultRunModal extends AnswerModal<VaultRunReport> {
	private cancelled = false;

	constructor(
		app: App,
		private readonly t: Translate,
		private readonly run: VaultRun,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(this.t("entities.vault.title"));
		this.contentEl.addClass("dossier-entities-run");
		this.contentEl.createDiv({ cls: "dossier-entities-hint", text: this.t("entities.vault.planning") });
		void this.run.dryRun().then((plan) => this.showPlan(plan));
	}

	override onClose(): void {
		this.cancelled = true;
		super.onClose();
	}

	private showPlan(plan: VaultRunReport): void {
		const { contentEl, t } = this;
		contentEl.empty();
		const planned = plan.notes.filter((note) => note.edits.length > 0);
		const links = planned.reduce((sum, note) => sum + note.edits.length, 0);
		const doubtful = plan.notes.reduce((sum, note) => sum + note.doubtful.length, 0);
		if (links === 0 && doubtful === 0) {
			contentEl.createEl("p", { text: t("entities.vault.nothing") });
			buttonRow(contentEl, [{ text: t("entities.vault.close"), onClick: () => this.close() }]);
			return;
		}
		const perEntity = Object.entries(plan.perEntity).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
		contentEl.createEl("p", { cls: "dossier-entities-summary", text: t("entities.vault.dry-run", { links, notes: planned.length, entities: perEntity.length }) });
		contentEl.createEl("h4", { text: t("entities.vault.per-entity") });
		const table = contentEl.createEl("table", { cls: "dossier-entities-table" });
		for (const [entity, count] of perEntity.slice(0, PER_ENTITY_SHOWN)) {
			const row = table.createEl("tr");
			row.createEl("td", { text: entity });
			row.createEl("td", { cls: "dossier-entities-count", text: String(count) });
		}
		this.unlinkedTable(plan.notes);
		const include = doubtful > 0 ? this.doubtfulToggle(doubtful) : undefined;
		const chosen = () => {
			const withDoubtful = include?.checked === true;
			const notes = plan.notes.filter((note) => note.edits.length > 0 || (withDoubtful && note.doubtful.length > 0));
			return { notes, links: links + (withDoubtful ? doubtful : 0), withDoubtful };
		};
		const [start] = buttonRow(contentEl, [
			{ text: "", cta: true, onClick: () => void this.write(chosen().notes.map((note) => note.path), chosen().withDoubtful) },
			{ text: t("entities.vault.cancel"), onClick: () => this.close() },
		]);
		const refresh = () => {
			const { notes, links: count } = chosen();
			start?.setText(t("entities.vault.start", { links: count, notes: notes.length }));
			if (start) start.disabled = count === 0;
		};
		include?.addEventListener("change", refresh);
		refresh();
	}

	/** The checkbox that adds the doubtful links to the run, off by default. */
	private doubtfulToggle(count: number): HTMLInputElement {
		const label = this.contentEl.createEl("label", { cls: "dossier-entities-doubtful" });
		const box = label.createEl("input", { type: "checkbox" });
		label.createSpan({ text: this.t("entities.vault.doubtful", { count }) });
		label.createDiv({ cls: "dossier-entities-hint", text: this.t("entities.vault.doubtful-desc") });
		return box;
	}

	/** Names found but not linked over the whole vault, by why (the doubtful ones included). */
	private unlinkedTable(notes: readonly NoteReport[]): void {
		const totals = new Map<FlagReason, number>();
		for (const note of notes) for (const u of note.unlinked) totals.set(u.flag, (totals.get(u.flag) ?? 0) + u.count);
		if (totals.size === 0) return;
		const section = this.contentEl.createDiv({ cls: "dossier-entities-section" });
		section.createEl("h4", { text: this.t("entities.vault.unlinked") });
		const table = section.createEl("table", { cls: "dossier-entities-table" });
		for (const [flag, count] of [...totals].sort((a, b) => b[1] - a[1])) {
			const row = table.createEl("tr");
			row.createEl("td", { text: this.t(`entities.flag.${flag}`) });
			row.createEl("td", { cls: "dossier-entities-count", text: String(count) });
		}
	}

	private async write(paths: readonly string[], includeDoubtful: boolean): Promise<void> {
		const { contentEl, t } = this;
		contentEl.empty();
		const status = contentEl.createDiv({ cls: "dossier-entities-summary", text: t("entities.vault.progress", { done: 0, total: paths.length }) });
		const bar = contentEl.createEl("progress", { cls: "dossier-entities-progress" });
		bar.max = paths.length;
		bar.value = 0;
		buttonRow(contentEl, [{ text: t("entities.vault.cancel"), onClick: () => (this.cancelled = true) }]);
		const progress = (done: number, total: number) => {
			bar.value = done;
			status.setText(t("entities.vault.progress", { done, total }));
		};
		const report = await this.run.write(paths, progress, () => this.cancelled, includeDoubtful);
		this.showReport(report);
	}

	private showReport(report: VaultRunReport): void {
		const { contentEl, t } = this;
		contentEl.empty();
		const byOutcome = (outcome: NoteReport["outcome"]) => report.notes.filter((note) => note.outcome === outcome);
		const summary = contentEl.createDiv({ cls: "dossier-entities-summary" });
		const line = (key: StringKey, count: number) => count > 0 && summary.createDiv({ text: t(key, { count }) });
		line("entities.vault.report.linked", byOutcome("linked").length);
		line("entities.vault.report.unchanged", byOutcome("unchanged").length);
		line("entities.vault.report.failed", byOutcome("failed").length);
		line("entities.vault.report.not-reached", byOutcome("not-reached").length);
		line("entities.vault.replanned", report.notes.filter((note) => note.replanned).length);
		line("entities.notice.property", this.run.propertiesUpdated());
		if (report.stopped) this.stoppedLine(summary, report.stopped);
		for (const failure of this.run.propertyFailures()) summary.createDiv({ cls: "dossier-entities-error", text: failure });
		this.noteList(t("entities.vault.linked-list"), byOutcome("linked"), (note) => t("entities.vault.note-links", { count: note.edits.length }));
		this.noteList(t("entities.vault.failed-list"), byOutcome("failed"), (note) => note.error ?? "");
		this.noteList(t("entities.vault.not-reached-list"), byOutcome("not-reached"), () => "");
		this.skippedTable(report.notes);
		buttonRow(contentEl, [{ text: t("entities.vault.close"), cta: true, onClick: () => this.choose(report) }]);
	}

	private stoppedLine(parent: HTMLElement, stopped: NonNullable<VaultRunReport["stopped"]>): void {
		const text =
			stopped.reason === "cancelled"
				? this.t("entities.vault.stopped-cancelled")
				: this.t("entities.vault.stopped-error", { path: stopped.path ?? "", message: stopped.message ?? "" });
		parent.createDiv({ cls: "dossier-entities-error", text });
	}

	private noteList(heading: string, notes: readonly NoteReport[], detail: (note: NoteReport) => string): void {
		if (notes.length === 0) return;
		const section = this.contentEl.createDiv({ cls: "dossier-entities-section" });
		section.createEl("h4", { text: `${heading} (${notes.length})` });
		const list = section.createEl("ul");
		for (const note of notes.slice(0, NOTES_SHOWN)) {
			const item = list.createEl("li", { text: note.path });
			const more = detail(note);
			if (more) item.createSpan({ cls: "dossier-entities-hint", text: ` — ${more}` });
		}
	}

	/** Mentions left alone over the whole run, by reason. */
	private skippedTable(notes: readonly NoteReport[]): void {
		const totals = new Map<SkipReason, number>();
		for (const note of notes) {
			for (const [reason, count] of Object.entries(note.skipped) as [SkipReason, number][]) totals.set(reason, (totals.get(reason) ?? 0) + count);
		}
		if (totals.size === 0) return;
		const section = this.contentEl.createDiv({ cls: "dossier-entities-section" });
		section.createEl("h4", { text: this.t("entities.vault.skipped") });
		const table = section.createEl("table", { cls: "dossier-entities-table" });
		for (const [reason, count] of [...totals].sort((a, b) => b[1] - a[1])) {
			const row = table.createEl("tr");
			row.createEl("td", { text: this.t(`entities.skip.${reason}`) });
			row.createEl("td", { cls: "dossier-entities-count", text: String(count) });
		}
	}
}
