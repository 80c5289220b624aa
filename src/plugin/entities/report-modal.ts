/**
 * *Show entity report*: names two entities share, names found but not linked and why, entities
 * no note mentions, and names that recur without an entity (with a button to create one). Reads every note once, a few at a time.
 */
import { Notice, TFile, type App } from "obsidian";
import { entityReport, type Candidate, type EntityReport, type ReportNote } from "../../core/entities";
import type { Translate } from "../../core/i18n";
import { parseNote } from "../../core/parse";
import type { FeatureContext } from "../feature";
import { AnswerModal, buttonRow } from "./answer-modal";
import { categoryOptions, createEntityNote } from "./create";
import { EntityFormModal } from "./create-modal";
import type { EntityService } from "./service";

/** Notes read at the same time. */
const CONCURRENT_READS = 8;
/** Rows shown per section. */
const ROWS_SHOWN = 100;

/** Every Markdown note's text and parse, read `CONCURRENT_READS` at a time. */
export async function readNotes(app: App): Promise<ReportNote[]> {
	const files = app.vault.getMarkdownFiles();
	const notes: ReportNote[] = [];
	for (let i = 0; i < files.length; i += CONCURRENT_READS) {
		const batch = files.slice(i, i + CONCURRENT_READS);
		const texts = await Promise.all(batch.map((file) => app.vault.cachedRead(file)));
		batch.forEach((file, j) => {
			const text = texts[j] ?? "";
			notes.push({ path: file.path, text, parsed: parseNote(text) });
		});
	}
	return notes;
}

export function showEntityReport(context: FeatureContext, service: EntityService): void {
	if (service.registry.byPath.size === 0) return void new Notice(context.t("entities.notice.no-entities"));
	new EntityReportModal(context, service).open();
}

export class EntityReportModal extends AnswerModal<never> {
	private readonly t: Translate;

	constructor(
		private readonly context: FeatureContext,
		private readonly service: EntityService,
	) {
		super(context.app);
		this.t = context.t;
	}

	override onOpen(): void {
		this.setTitle(this.t("entities.report.title"));
		this.contentEl.addClass("dossier-entities-report");
		this.contentEl.createDiv({ cls: "dossier-entities-hint", text: this.t("entities.report.reading") });
		void readNotes(this.app).then((notes) => this.show(entityReport(this.service.matcher(), notes)));
	}

	private show(report: EntityReport): void {
		const { contentEl, t } = this;
		contentEl.empty();
		if (report.sharedAliases.length + report.neverMentioned.length + report.candidates.length + report.unlinked.length === 0) {
			contentEl.createEl("p", { text: t("entities.report.none") });
		}
		this.section(t("entities.report.shared"), report.sharedAliases, (row, shared) => {
			row.createSpan({ cls: "dossier-entities-surface", text: shared.alias });
			row.createSpan({ cls: "dossier-entities-hint", text: ` — ${shared.entities.join(", ")}` });
		});
		this.section(t("entities.report.unlinked"), report.unlinked, (row, name) => {
			this.entityLink(row, name.entity);
			row.createSpan({ cls: "dossier-entities-hint", text: ` — ${t("entities.report.unlinked-row", { count: name.count, reason: t(`entities.flag.${name.flag}`), example: name.example })}` });
		});
		if (report.unlinked.length > 0) contentEl.createDiv({ cls: "dossier-entities-hint", text: t("entities.report.unlinked-hint") });
		this.section(t("entities.report.never-mentioned"), report.neverMentioned, (row, name) => this.entityLink(row, name));
		this.section(t("entities.report.candidates"), report.candidates, (row, candidate) => this.candidate(row, candidate));
		buttonRow(contentEl, [{ text: t("entities.vault.close"), onClick: () => this.close() }]);
	}

	private section<T>(heading: string, rows: readonly T[], render: (row: HTMLElement, item: T) => void): void {
		if (rows.length === 0) return;
		const section = this.contentEl.createDiv({ cls: "dossier-entities-section" });
		section.createEl("h4", { text: `${heading} (${rows.length})` });
		const list = section.createEl("ul");
		for (const item of rows.slice(0, ROWS_SHOWN)) render(list.createEl("li"), item);
	}

	/** An entity's name that opens its note. */
	private entityLink(row: HTMLElement, name: string): void {
		const entity = [...this.service.registry.byPath.values()].find((e) => e.name === name);
		const link = row.createEl("a", { text: name, cls: "internal-link", href: "#" });
		link.addEventListener("click", (event) => {
			event.preventDefault();
			const file = entity && this.app.vault.getFileByPath(entity.path);
			if (file instanceof TFile) void this.app.workspace.getLeaf(false).openFile(file);
		});
	}

	private candidate(row: HTMLElement, candidate: Candidate): void {
		row.createSpan({ cls: "dossier-entities-surface", text: candidate.gloss ? `${candidate.gloss} (${candidate.name})` : candidate.name });
		row.createSpan({ cls: "dossier-entities-hint", text: ` — ${this.t("entities.report.candidate-count", { count: candidate.count })} ` });
		const button = row.createEl("button", { text: this.t("entities.report.create"), cls: "dossier-entities-inline-button" });
		button.addEventListener("click", () => void this.create(candidate, button));
	}

	/** The new-entity form, pre-filled with the candidate (a gloss names the entity, the bracketed name is an alias). */
	private async create(candidate: Candidate, button: HTMLButtonElement): Promise<void> {
		const { context } = this;
		const initial = candidate.gloss ? { name: candidate.gloss, aliases: [candidate.name] } : { name: candidate.name, aliases: [] };
		const form = await new EntityFormModal(this.app, this.t, initial, categoryOptions(context.settings, this.t)).ask();
		if (!form) return;
		const created = await createEntityNote(this.app, context.settings, form);
		if (created.kind === "created") {
			button.disabled = true;
			new Notice(this.t("entities.notice.created", { name: created.file.basename }));
		} else new Notice(this.t("entities.create.exists", { name: form.name }));
	}
}
