/**
 * A file setting's row in the settings tab (`kind: "file"`): the path is checked as the user types,
 * and — after a pause in typing — the note at the path is read (`cachedRead`, never written) and
 * the field's core `preview` says what it makes of it: a status line and an example text. While the
 * row is shown, the note at the path being modified, created, renamed or deleted elsewhere previews
 * it again, after the same pause; `close` releases those listeners.
 */
import { debounce, normalizePath, TFile, type App, type EventRef, type Setting, type TAbstractFile } from "obsidian";
import { message, say, type Language, type Translate } from "../core/i18n";
import type { DossierSettings, FilePreview, FoundFile, SettingField } from "../core/settings";

export type FileField = Extract<SettingField, { kind: "file" }>;

/** How long typing must pause before the note is read again, in milliseconds. */
export const PREVIEW_DELAY_MS = 250;

/** What the row needs from the tab, read afresh on each preview. */
export interface FileRowContext {
	readonly app: App;
	readonly t: () => Translate;
	readonly settings: () => DossierSettings;
	readonly interfaceLanguage: () => Language;
	/** Saves the path (called only when the check passes). */
	readonly save: (value: string) => Promise<void>;
}

/** What is at `value` in the vault, read without writing. */
export async function findFile(app: App, value: string): Promise<FoundFile> {
	if (value.trim() === "") return { kind: "none" };
	const path = normalizePath(value.trim());
	const file = app.vault.getFileByPath(path);
	if (file instanceof TFile) return { kind: "file", path, extension: file.extension, text: await app.vault.cachedRead(file) };
	return app.vault.getFolderByPath(path) ? { kind: "folder", path } : { kind: "missing", path };
}

export class FileRow {
	private readonly note: HTMLElement;
	private readonly details: HTMLDetailsElement;
	private readonly example: HTMLElement;
	private value: string;
	/** Previews the note once typing has paused for `PREVIEW_DELAY_MS`. */
	private readonly pendingRefresh = debounce(() => void this.refresh(), PREVIEW_DELAY_MS, true);
	/** Bumped by every refresh, so a read that finishes after newer typing is dropped. */
	private generation = 0;
	/** Whether the example shown is of the user's own note (then the block was opened for them). */
	private custom = false;
	/** The vault listeners that preview again when the note at the path changes; released by `close`. */
	private readonly events: EventRef[];

	/** The setting this row edits. */
	get key(): string {
		return this.field.key;
	}

	constructor(setting: Setting, private readonly field: FileField, private readonly context: FileRowContext, initial: string) {
		const t = context.t();
		this.value = initial;
		setting.settingEl.addClass("dossier-setting-file");
		this.note = setting.descEl.createDiv({ cls: "dossier-setting-note" });
		this.details = setting.settingEl.createEl("details", { cls: "dossier-setting-preview" });
		this.details.createEl("summary", { text: t(field.exampleLabel) });
		this.example = this.details.createEl("pre", { cls: "dossier-setting-example" });
		setting.addText((text) => text.setPlaceholder(field.placeholder ?? "").setValue(initial).onChange((next) => void this.typed(next)));
		this.events = this.watchVault(context.app);
	}

	/** Previews again, after the pause, when a vault event touches the note at the path. */
	private watchVault(app: App): EventRef[] {
		const touched = (...paths: string[]) => {
			const watched = this.watchedPath();
			if (watched !== null && paths.includes(watched)) this.pendingRefresh();
		};
		const { vault } = app;
		return [
			vault.on("modify", (file: TAbstractFile) => touched(file.path)),
			vault.on("create", (file: TAbstractFile) => touched(file.path)),
			vault.on("delete", (file: TAbstractFile) => touched(file.path)),
			vault.on("rename", (file: TAbstractFile, oldPath: string) => touched(file.path, oldPath)),
		];
	}

	/** The vault path the preview reads, or null when there is none (no path, or one not saved). */
	private watchedPath(): string | null {
		const value = this.value.trim();
		if (value === "" || (this.field.validate?.(this.value) ?? null) !== null) return null;
		return normalizePath(value);
	}

	/** Checks the path at once; saves it and previews the note after a pause when it is valid. */
	private async typed(next: string): Promise<void> {
		this.value = next;
		this.cancel();
		const problem = this.field.validate?.(next) ?? null;
		if (problem !== null) {
			return this.show({ status: message("settings.invalid", { reason: problem }), problem: true }, this.context.t());
		}
		this.pendingRefresh();
		await this.context.save(next);
	}

	/** Reads the note at the current path and shows the preview (now, without waiting). */
	async refresh(): Promise<void> {
		this.cancel();
		const generation = ++this.generation;
		const found = await findFile(this.context.app, this.value);
		if (generation !== this.generation) return;
		const preview = this.field.preview({ found, settings: this.context.settings(), interfaceLanguage: this.context.interfaceLanguage(), now: new Date() });
		this.show(preview, this.context.t());
	}

	/** Stops a pending preview; the path changed. */
	private cancel(): void {
		this.generation += 1;
		this.pendingRefresh.cancel();
	}

	/** The row is being torn down: stops a pending preview and releases the vault listeners. */
	close(): void {
		this.cancel();
		for (const ref of this.events.splice(0)) this.context.app.vault.offref(ref);
	}

	private show(preview: FilePreview, t: Translate): void {
		this.note.setText(say(t, preview.status));
		this.note.toggleClass("mod-warning", preview.problem);
		this.example.setText(preview.example ?? "");
		this.details.toggle(preview.example !== undefined);
		// A note of the user's own opens by itself once shown; the built-in template stays folded.
		const custom = preview.example !== undefined && this.value.trim() !== "";
		if (custom !== this.custom) this.details.open = custom;
		this.custom = custom;
	}
}
