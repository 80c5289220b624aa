/**
 * The keywords checklist: each keyword without an entity, with a checkbox and a category. Resolves
 * with the entities to create, or null when cancelled.
 */
import type { App } from "obsidian";
import type { Translate } from "../../core/i18n";
import { AnswerModal, buttonRow } from "./answer-modal";
import type { CategoryOption, EntitySpec } from "./create-modal";

export class KeywordsModal extends AnswerModal<readonly EntitySpec[]> {
	constructor(
		app: App,
		private readonly t: Translate,
		private readonly specs: readonly EntitySpec[],
		private readonly categories: readonly CategoryOption[],
	) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl, t } = this;
		this.setTitle(t("command.entities.create-for-keywords"));
		const list = contentEl.createDiv({ cls: "dossier-entities-preview-list" });
		const rows = this.specs.map((spec) => this.row(list, spec));
		buttonRow(contentEl, [
			{ text: t("entities.create.create"), cta: true, onClick: () => this.choose(rows.flatMap((read) => read() ?? [])) },
			{ text: t("entities.create.cancel"), onClick: () => this.close() },
		]);
	}

	/** One keyword: checkbox, names, category. Returns a reader of the row's entity (null when unticked). */
	private row(list: HTMLElement, spec: EntitySpec): () => EntitySpec | null {
		const row = list.createDiv({ cls: "dossier-entities-keyword" });
		const label = row.createEl("label");
		const box = label.createEl("input", { type: "checkbox" });
		box.checked = true;
		label.createSpan({ cls: "dossier-entities-surface", text: spec.name });
		if (spec.aliases.length > 0) label.createSpan({ cls: "dossier-entities-hint", text: ` (${spec.aliases.join(", ")})` });
		const category = row.createEl("select", { attr: { "aria-label": this.t("entities.create.category") } });
		for (const option of this.categories) category.createEl("option", { value: option.value, text: option.label });
		category.value = spec.category;
		return () => (box.checked ? { ...spec, category: category.value } : null);
	}
}
