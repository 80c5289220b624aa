/**
 * Small, honest fakes for the parts of Obsidian's interface the mocks leave out, typed against
 * `obsidian.d.ts`:
 * - `keepModalsOpen`: the mock `Modal.open` closes every modal on the next tick; real modals stay
 *   open until the user (or the code) closes them. This keeps them open and lists them.
 * - `captureNotices`: records the text of every `Notice` shown.
 * - `editorWith`: an `Editor` holding a text and a selection, with the `MarkdownFileInfo` an editor
 *   command receives.
 * - `runCommand`: runs a registered command the way the palette does and waits for it.
 * - `renderCodeBlock`: runs a registered code block processor on a fresh element, with a context
 *   that loads the render children it is given (as Obsidian does when the block is shown).
 */
import { vi } from "vitest";
import type { Editor as EditorOriginal, MarkdownFileInfo, MarkdownPostProcessorContext, MarkdownRenderChild, TFile } from "obsidian";
import { App, Editor, Modal, Notice, Plugin } from "obsidian-test-mocks/obsidian";
import type DossierPlugin from "../../src/plugin/main";
import { settle } from "./plugin";

/** Modals opened since the call, newest last; each stays open until `close()`. */
export function keepModalsOpen(): Modal[] {
	const open: Modal[] = [];
	vi.spyOn(Modal.prototype, "open").mockImplementation(function (this: Modal) {
		open.push(this);
		this.onOpen();
	});
	vi.spyOn(Modal.prototype, "close").mockImplementation(function (this: Modal) {
		const index = open.indexOf(this);
		if (index >= 0) open.splice(index, 1);
		this.onClose();
	});
	return open;
}

/** The text of every notice shown since the call. */
export function captureNotices(): string[] {
	const messages: string[] = [];
	vi.spyOn(Notice.prototype, "constructor__").mockImplementation((message: string | DocumentFragment) => {
		messages.push(typeof message === "string" ? message : (message.textContent ?? ""));
	});
	return messages;
}

/** The mock `Editor` is declared abstract only because Obsidian's is; every method is implemented. */
class TestEditor extends Editor {}

/** An editor on `file` holding `text`, with `selection` (offsets) selected. */
export function editorWith(app: App, file: TFile, text: string, selection?: readonly [number, number]): { editor: EditorOriginal; info: MarkdownFileInfo } {
	const editor = new TestEditor().asOriginalType__();
	editor.setValue(text);
	const [from, to] = selection ?? [0, 0];
	editor.setSelection(editor.offsetToPos(from), editor.offsetToPos(to));
	const info: MarkdownFileInfo = { app: app.asOriginalType__(), file, editor, hoverPopover: null };
	return { editor, info };
}

/** Runs the command `id` (without the plugin id) and lets what it started settle. */
export async function runCommand(plugin: DossierPlugin, id: string, editor?: { editor: EditorOriginal; info: MarkdownFileInfo }): Promise<void> {
	const command = Plugin.fromOriginalType2__(plugin).commands__.get(`dossier:${id}`) ?? Plugin.fromOriginalType2__(plugin).commands__.get(id);
	if (!command) throw new Error(`No command ${id}`);
	if (editor) {
		if (!command.editorCallback) throw new Error(`${id} is not an editor command`);
		await command.editorCallback(editor.editor, editor.info);
	} else if (command.checkCallback) {
		if (!command.checkCallback(true)) throw new Error(`${id} is not available`);
		command.checkCallback(false);
	} else if (command.callback) {
		await command.callback();
	} else throw new Error(`${id} needs an editor`);
	await settle();
}

/** True when the command `id` is offered in the palette right now. */
export function commandAvailable(plugin: DossierPlugin, id: string): boolean {
	const command = Plugin.fromOriginalType2__(plugin).commands__.get(`dossier:${id}`) ?? Plugin.fromOriginalType2__(plugin).commands__.get(id);
	if (!command) throw new Error(`No command ${id}`);
	return command.checkCallback ? command.checkCallback(true) === true : true;
}

/** Renders the code block `language` holding `source`, as it would appear in the note at `sourcePath`. */
export async function renderCodeBlock(plugin: DossierPlugin, language: string, source: string, sourcePath: string): Promise<{ el: HTMLElement; children: MarkdownRenderChild[] }> {
	const processor = Plugin.fromOriginalType2__(plugin).markdownCodeBlockProcessors__.get(language);
	if (!processor) throw new Error(`No code block processor for ${language}`);
	const el = createDiv();
	const children: MarkdownRenderChild[] = [];
	const ctx: MarkdownPostProcessorContext = {
		docId: "test",
		sourcePath,
		frontmatter: undefined,
		addChild: (child) => {
			children.push(child);
			child.load();
		},
		getSectionInfo: () => null,
	};
	await processor(source, el, ctx);
	await settle();
	return { el, children };
}
