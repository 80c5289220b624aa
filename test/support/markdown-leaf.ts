/**
 * An honest fake for opening a note: the mock `WorkspaceLeaf.openFile` only records the file,
 * while Obsidian shows it in a `MarkdownView` whose editor holds the note's text. This makes the
 * leaf do that, so a test can see where the cursor was put.
 */
import { vi } from "vitest";
import { App, MarkdownView, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";

/** After the call, opening a Markdown file shows it in a `MarkdownView`; returns the files opened, in order. */
export function openNotesInViews(app: App): string[] {
	const opened: string[] = [];
	const original = WorkspaceLeaf.prototype.openFile;
	vi.spyOn(WorkspaceLeaf.prototype, "openFile").mockImplementation(async function (this: WorkspaceLeaf, file, state) {
		await original.call(this, file, state);
		opened.push(file.path);
		if (file.extension !== "md") return;
		const view = new MarkdownView(this);
		view.file = file;
		view.setViewData(await app.vault.read(file), true);
		this.view = view.asOriginalType7__();
	});
	return opened;
}

/** The editor of the active leaf's Markdown view. */
export function activeEditor(app: App) {
	const view: unknown = app.workspace.activeLeaf?.view;
	if (!(view instanceof MarkdownView)) throw new Error("no Markdown view is open");
	return view.editor;
}
