/**
 * A modal that answers: `ask()` opens it and resolves with what the user chose, or null when the
 * modal was closed without choosing (Escape, the close button, Cancel).
 */
import { Modal } from "obsidian";

export abstract class AnswerModal<T> extends Modal {
	private answer: T | null = null;
	private settle: ((answer: T | null) => void) | null = null;

	/** Opens the modal; resolves once it closes. */
	ask(): Promise<T | null> {
		return new Promise((resolve) => {
			this.settle = resolve;
			this.open();
		});
	}

	/** Records the answer and closes. */
	protected choose(answer: T): void {
		this.answer = answer;
		this.close();
	}

	override onClose(): void {
		this.contentEl.empty();
		this.settle?.(this.answer);
		this.settle = null;
	}
}

/** A row of buttons at the foot of a modal; the first given is the call to action. */
export function buttonRow(parent: HTMLElement, buttons: readonly { readonly text: string; readonly cta?: boolean; readonly onClick: () => void }[]): HTMLButtonElement[] {
	const row = parent.createDiv({ cls: "dossier-entities-buttons" });
	return buttons.map(({ text, cta, onClick }) => {
		const button = row.createEl("button", { text, cls: cta ? "mod-cta" : "" });
		button.addEventListener("click", onClick);
		return button;
	});
}
