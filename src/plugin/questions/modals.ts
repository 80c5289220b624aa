/**
 * The two small dialogs of the question menu: a review date, and the note that answers a
 * question. Both hand the change to the service, which writes it through `Vault.process`.
 */
import { FuzzySuggestModal, Modal, Setting, type TFile } from "obsidian";
import { normalizeDate, type Question } from "../../core/questions";
import type { FeatureContext } from "../feature";
import type { QuestionsService } from "./service";

export class ReviewDateModal extends Modal {
	constructor(
		private readonly context: FeatureContext,
		private readonly question: Question,
		private readonly service: QuestionsService,
	) {
		super(context.app);
	}

	override onOpen(): void {
		const t = this.context.t;
		this.setTitle(t("questions.modal.review.title"));
		this.contentEl.createEl("p", { cls: "dossier-questions-modal-title", text: this.question.title });
		let value = this.question.review ?? "";
		const problem = this.contentEl.createDiv({ cls: "dossier-setting-note mod-warning" });
		const save = () => {
			const date = normalizeDate(value)?.slice(0, 10) ?? null;
			if (!date) {
				problem.setText(t("questions.modal.review.invalid"));
				return;
			}
			this.close();
			void this.service.edit(this.question, { kind: "review", date });
		};
		new Setting(this.contentEl)
			.setName(t("questions.modal.review.title"))
			.setDesc(t("questions.modal.review.desc"))
			.addText((text) => {
				text.inputEl.type = "date";
				text.setValue(value).onChange((next) => (value = next));
			});
		new Setting(this.contentEl).addButton((button) => button.setButtonText(t("questions.modal.save")).setCta().onClick(save));
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** Picks the note that answers the question; the link is written as `[[linktext]]`. */
export class AnsweredByModal extends FuzzySuggestModal<TFile> {
	constructor(
		private readonly context: FeatureContext,
		private readonly question: Question,
		private readonly service: QuestionsService,
	) {
		super(context.app);
		this.setPlaceholder(context.t("questions.modal.answered.placeholder"));
	}

	override getItems(): TFile[] {
		return this.app.vault.getMarkdownFiles().filter((f) => f.path !== this.question.path);
	}

	override getItemText(file: TFile): string {
		return file.path.replace(/\.md$/, "");
	}

	override onChooseItem(file: TFile): void {
		const target = this.app.metadataCache.fileToLinktext(file, this.question.path, true);
		void this.service.edit(this.question, { kind: "answered", target });
	}
}
