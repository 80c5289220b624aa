/**
 * The form for a new entity: name, aliases and category, pre-filled from the selection — one form
 * rather than a chain of prompts. Shows the file name the note will get when the name cannot be one.
 */
import type { App } from "obsidian";
import { entityFileName } from "../../core/entities";
import type { Translate } from "../../core/i18n";
import { AnswerModal, buttonRow } from "./answer-modal";

/** What the form asks for. */
export interface EntityForm {
	readonly name: string;
	readonly aliases: readonly string[];
	readonly category: string;
}

/** One entity to create: what the form asks for, and a description when one is known. */
export interface EntitySpec extends EntityForm {
	readonly description?: string;
}

/** A category the picker offers: its value (written to the note) and its label. */
export interface CategoryOption {
	readonly value: string;
	readonly label: string;
}

export class EntityFormModal extends AnswerModal<EntityForm> {
	constructor(
		app: App,
		private readonly t: Translate,
		private readonly initial: Omit<EntityForm, "category">,
		private readonly categories: readonly CategoryOption[],
	) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl, t } = this;
		this.setTitle(t("entities.create.title"));
		contentEl.addClass("dossier-entities-form");
		const name = field(contentEl, t("entities.create.name")).createEl("input", { type: "text", value: this.initial.name });
		const fileNote = contentEl.createDiv({ cls: "dossier-entities-hint" });
		const aliasBox = field(contentEl, t("entities.create.aliases"), t("entities.create.aliases-desc"));
		const aliases = aliasBox.createEl("textarea", { text: this.initial.aliases.join("\n") });
		aliases.rows = 3;
		const category = field(contentEl, t("entities.create.category")).createEl("select");
		for (const option of this.categories) category.createEl("option", { value: option.value, text: option.label });
		const error = contentEl.createDiv({ cls: "dossier-entities-error" });
		const showFileName = () => {
			const { fileName, keepAlias } = entityFileName(name.value.trim());
			fileNote.setText(keepAlias && name.value.trim() !== "" ? t("entities.create.file-name", { file: `${fileName}.md` }) : "");
		};
		name.addEventListener("input", showFileName);
		showFileName();
		const submit = () => {
			const form = { name: name.value.trim(), aliases: lines(aliases.value), category: category.value };
			if (form.name === "") error.setText(t("entities.create.no-name"));
			else this.choose(form);
		};
		name.addEventListener("keydown", (event) => {
			if (event.key === "Enter" && !event.isComposing) submit();
		});
		buttonRow(contentEl, [
			{ text: t("entities.create.create"), cta: true, onClick: submit },
			{ text: t("entities.create.cancel"), onClick: () => this.close() },
		]);
		name.focus();
	}
}

/** A labelled field: returns the element to put the control in. */
function field(parent: HTMLElement, label: string, hint?: string): HTMLElement {
	const row = parent.createDiv({ cls: "dossier-entities-field" });
	row.createEl("label", { text: label });
	if (hint) row.createDiv({ cls: "dossier-entities-hint", text: hint });
	return row;
}

/** One alias per line. */
function lines(text: string): string[] {
	return text
		.split("\n")
		.map((line) => line.trim())
		.filter(Boolean);
}

/** Says an entity exists and offers to open it. Resolves true when the user chose to open it. */
export class ExistingEntityModal extends AnswerModal<true> {
	constructor(
		app: App,
		private readonly t: Translate,
		private readonly message: string,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(this.t("entities.create.title"));
		this.contentEl.createEl("p", { text: this.message });
		buttonRow(this.contentEl, [
			{ text: this.t("entities.create.open"), cta: true, onClick: () => this.choose(true) },
			{ text: this.t("entities.create.cancel"), onClick: () => this.close() },
		]);
	}
}
