/**
 * The link preview: each proposed link in its context — a snippet of its line with the mention
 * highlighted and the entity it links to — with a checkbox each; a doubtful link starts unticked
 * and says why. Resolves with the keys of the links the user kept, or null when cancelled.
 */
import type { App } from "obsidian";
import type { Translate } from "../../core/i18n";
import type { Snippet } from "../../core/text/snippet";
import { AnswerModal, buttonRow } from "./answer-modal";

/** One proposed link as the preview shows it. */
export interface PreviewItem {
	/** Identifies the link across a re-plan (see `editKeys`). */
	readonly key: string;
	readonly snippet: Snippet;
	/** The entity linked to. */
	readonly entity: string;
	/** Set for a doubtful link (offered unticked): why, in the user's language. */
	readonly doubt?: string;
}

export class LinkPreviewModal extends AnswerModal<ReadonlySet<string>> {
	private readonly kept = new Set<string>();

	constructor(
		app: App,
		private readonly t: Translate,
		private readonly items: readonly PreviewItem[],
		/** Mentions the plan leaves alone (already linked, protected, …). */
		private readonly skipped: number,
	) {
		super(app);
		for (const item of items) if (item.doubt === undefined) this.kept.add(item.key);
	}

	override onOpen(): void {
		const { contentEl, t } = this;
		this.setTitle(t("entities.preview.title"));
		contentEl.addClass("dossier-entities-preview");
		const list = contentEl.createDiv({ cls: "dossier-entities-preview-list" });
		const boxes = this.items.map((item) => this.row(list, item));
		if (this.skipped > 0) contentEl.createDiv({ cls: "dossier-entities-hint", text: t("entities.preview.skipped", { count: this.skipped }) });
		const [apply] = buttonRow(contentEl, [
			{ text: "", cta: true, onClick: () => this.choose(new Set(this.kept)) },
			{ text: t("entities.preview.all"), onClick: () => setAll(true) },
			{ text: t("entities.preview.none"), onClick: () => setAll(false) },
			{ text: t("entities.preview.cancel"), onClick: () => this.close() },
		]);
		const refresh = () => {
			apply?.setText(t("entities.preview.apply", { count: this.kept.size }));
			if (apply) apply.disabled = this.kept.size === 0;
		};
		const setAll = (checked: boolean) => {
			boxes.forEach((box, i) => {
				box.checked = checked;
				this.toggle(this.items[i]?.key ?? "", checked);
			});
			refresh();
		};
		for (const box of boxes) box.addEventListener("change", refresh);
		refresh();
	}

	/** One proposed link: checkbox, snippet with the mention highlighted, the target. */
	private row(list: HTMLElement, item: PreviewItem): HTMLInputElement {
		const label = list.createEl("label", { cls: "dossier-entities-preview-item" });
		const box = label.createEl("input", { type: "checkbox" });
		box.checked = item.doubt === undefined;
		box.addEventListener("change", () => this.toggle(item.key, box.checked));
		const snippet = label.createSpan({ cls: "dossier-entities-snippet" });
		snippet.appendText(item.snippet.before);
		snippet.createEl("mark", { cls: "dossier-entities-surface", text: item.snippet.match });
		snippet.appendText(item.snippet.after);
		label.createSpan({ cls: "dossier-entities-target", text: item.entity });
		if (item.doubt !== undefined) label.createSpan({ cls: "dossier-entities-doubt", text: this.t("entities.preview.doubtful", { reason: item.doubt }) });
		return box;
	}

	private toggle(key: string, checked: boolean): void {
		if (checked) this.kept.add(key);
		else this.kept.delete(key);
	}
}
