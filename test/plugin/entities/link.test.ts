// Linking one note or a selection: preview with a checkbox per link, then one edit (issue 4, item 5).
import { afterEach, describe, expect, it, vi } from "vitest";
import { settle } from "../../support/plugin";
import { captureNotices, commandAvailable, editorWith, keepModalsOpen, runCommand } from "../../support/ui";
import { ENTITIES, analysisNote, button, entityNote, fileAt, loadVault, textAt } from "../../support/entities";

const BODY = "OpenAI 的星門計畫與創世計畫。\n\nDeepSeek 與深度求索，再提星門。\n";

/** The preview's rows: the highlighted mention and the entity, as the user reads them. */
function rows(el: HTMLElement) {
	return [...el.querySelectorAll(".dossier-entities-preview-item")].map((row) => ({
		text: row.querySelector(".dossier-entities-snippet")!.textContent,
		mark: row.querySelector("mark")!.textContent,
		entity: row.querySelector(".dossier-entities-target")!.textContent,
		box: row.querySelector("input") as HTMLInputElement,
	}));
}

function untick(box: HTMLInputElement): void {
	box.checked = false;
	box.dispatchEvent(new Event("change"));
}

describe("link entities in this note", () => {
	afterEach(() => vi.restoreAllMocks());

	it("previews each link in context; the unticked one is left; one editor edit, property included", async () => {
		const text = analysisNote(BODY, "title: Test\n");
		const { app, plugin } = await loadVault({ ...ENTITIES, "Analyses/a.md": text });
		const modals = keepModalsOpen();
		const notices = captureNotices();
		const editor = editorWith(app, fileAt(app, "Analyses/a.md"), text);
		app.workspace.activeEditor = editor.info;
		const transaction = vi.spyOn(editor.editor, "transaction");
		const process = vi.spyOn(app.vault, "process");
		await runCommand(plugin, "link-entities-in-note");

		const preview = modals[0]!.contentEl;
		expect(rows(preview).map(({ text, mark, entity }) => ({ text, mark, entity }))).toEqual([
			{ text: "OpenAI 的星門計畫與創世計畫。", mark: "星門", entity: "Stargate" },
			{ text: "OpenAI 的星門計畫與創世計畫。", mark: "創世計畫", entity: "Genesis Mission" },
			{ text: "DeepSeek 與深度求索，再提星門。", mark: "DeepSeek", entity: "DeepSeek" },
		]);
		expect(preview.querySelector("mark")!.parentElement!.className).toBe("dossier-entities-snippet");
		untick(rows(preview)[0]!.box);
		const apply = button(preview, /^Link \d+ mentions$/);
		expect(apply.textContent).toBe("Link 2 mentions");
		apply.click();
		await settle();

		expect(editor.editor.getValue()).toBe(
			analysisNote(
				"OpenAI 的星門計畫與[[Genesis Mission|創世計畫]]。\n\n[[DeepSeek]] 與深度求索，再提星門。\n",
				'title: Test\nentities:\n  - "[[DeepSeek]]"\n  - "[[Genesis Mission]]"\n',
			),
		);
		expect(transaction).toHaveBeenCalledTimes(1);
		expect(process).not.toHaveBeenCalled();
		expect(notices).toEqual(["Linked 2 mentions."]);
		plugin.unload();
	});

	it("plans again against the text as it is when applied, never writing stale text", async () => {
		const text = "星門與DeepSeek。\n";
		const { app, plugin } = await loadVault({ ...ENTITIES, "a.md": text });
		const modals = keepModalsOpen();
		const editor = editorWith(app, fileAt(app, "a.md"), text);
		app.workspace.activeEditor = editor.info;
		await runCommand(plugin, "link-entities-in-note");
		// The user types while the preview is open: a new first line, and the first mention removed.
		editor.editor.setValue("新的一行\n星門與DeepSeek。\n".replace("星門與", "關於"));
		button(modals[0]!.contentEl, "Link 2 mentions").click();
		await settle();
		expect(editor.editor.getValue()).toBe("新的一行\n關於[[DeepSeek]]。\n");
		plugin.unload();
	});

	it("writes through Vault.process when the note is not open in an editor", async () => {
		const text = "由DeepSeek開發的模型，與星門無關。\n";
		const { app, plugin } = await loadVault({ ...ENTITIES, "Notes/b.md": text });
		const modals = keepModalsOpen();
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("Notes/b.md")!);
		expect(commandAvailable(plugin, "link-entities-in-note")).toBe(true);
		const process = vi.spyOn(app.vault, "process");
		await runCommand(plugin, "link-entities-in-note");
		button(modals[0]!.contentEl, "Link 2 mentions").click();
		await settle();
		expect(process).toHaveBeenCalledTimes(1);
		expect(await textAt(app, "Notes/b.md")).toBe("由[[DeepSeek]]開發的模型，與[[Stargate|星門]]無關。\n");
		plugin.unload();
	});

	it("writes nothing when cancelled, and says when there is nothing to link", async () => {
		const text = "星門。\n";
		const { app, plugin } = await loadVault({ ...ENTITIES, "a.md": text, "b.md": "nothing here\n" });
		const modals = keepModalsOpen();
		const notices = captureNotices();
		app.workspace.activeEditor = editorWith(app, fileAt(app, "a.md"), text).info;
		await runCommand(plugin, "link-entities-in-note");
		button(modals[0]!.contentEl, "Cancel").click();
		await settle();
		expect(app.workspace.activeEditor.editor!.getValue()).toBe(text);
		app.workspace.activeEditor = editorWith(app, fileAt(app, "b.md"), "nothing here\n").info;
		await runCommand(plugin, "link-entities-in-note");
		expect(notices).toEqual(["Nothing to link."]);
		plugin.unload();
	});

	it("writes Markdown links when the vault makes Markdown links, as FileManager.generateMarkdownLink shows", async () => {
		const text = "星門與創世計畫。\n";
		const { app, plugin } = await loadVault({ ...ENTITIES, "a.md": text });
		vi.spyOn(app.fileManager, "generateMarkdownLink").mockImplementation((file) => `[${file.basename}](${encodeURI(file.path)})`);
		const modals = keepModalsOpen();
		const editor = editorWith(app, fileAt(app, "a.md"), text);
		app.workspace.activeEditor = editor.info;
		await runCommand(plugin, "link-entities-in-note");
		button(modals[0]!.contentEl, "Link 2 mentions").click();
		await settle();
		expect(editor.editor.getValue()).toBe("[星門](Stargate.md)與[創世計畫](Genesis%20Mission.md)。\n");
		plugin.unload();
	});

	it("writes wikilinks when the setting says so, whatever the vault does", async () => {
		const text = "星門。\n";
		const { app, plugin } = await loadVault({ ...ENTITIES, "a.md": text }, { version: 1, entitiesLinkStyle: "wikilink" });
		vi.spyOn(app.fileManager, "generateMarkdownLink").mockReturnValue("[x](x.md)");
		const modals = keepModalsOpen();
		const editor = editorWith(app, fileAt(app, "a.md"), text);
		app.workspace.activeEditor = editor.info;
		await runCommand(plugin, "link-entities-in-note");
		button(modals[0]!.contentEl, "Link 1 mention").click();
		await settle();
		expect(editor.editor.getValue()).toBe("[[Stargate|星門]]。\n");
		plugin.unload();
	});

	it("is not offered without an open note", async () => {
		const { plugin } = await loadVault({ ...ENTITIES });
		expect(commandAvailable(plugin, "link-entities-in-note")).toBe(false);
		plugin.unload();
	});
});

describe("link entities in selection", () => {
	afterEach(() => vi.restoreAllMocks());

	it("links only inside the selection", async () => {
		const text = "星門在前。\n選取：DeepSeek 與星門。\n";
		const { app, plugin } = await loadVault({ ...ENTITIES, "a.md": text });
		const modals = keepModalsOpen();
		const from = text.indexOf("選取");
		const editor = editorWith(app, fileAt(app, "a.md"), text, [from, text.length - 1]);
		await runCommand(plugin, "link-entities-in-selection", editor);
		expect(rows(modals[0]!.contentEl).map((row) => row.mark)).toEqual(["DeepSeek", "星門"]);
		button(modals[0]!.contentEl, "Link 2 mentions").click();
		await settle();
		expect(editor.editor.getValue()).toBe("星門在前。\n選取：[[DeepSeek]] 與[[Stargate|星門]]。\n");
		plugin.unload();
	});
});

describe("doubtful links in the preview (issue 10)", () => {
	afterEach(() => vi.restoreAllMocks());

	it("offers a doubtful link unticked, saying why; ticked, it is written", async () => {
		const text = "The HQ moved to Austin; DeepSeek too.\n";
		const { app, plugin } = await loadVault({ ...ENTITIES, "Entities/HQ Trivia.md": entityNote(["HQ"]), "Notes/a.md": text });
		const modals = keepModalsOpen();
		const editor = editorWith(app, fileAt(app, "Notes/a.md"), text);
		app.workspace.activeEditor = editor.info;
		await runCommand(plugin, "link-entities-in-note");

		const preview = modals[0]!.contentEl;
		const shown = [...preview.querySelectorAll(".dossier-entities-preview-item")].map((row) => ({
			mark: row.querySelector("mark")!.textContent,
			entity: row.querySelector(".dossier-entities-target")!.textContent,
			doubt: row.querySelector(".dossier-entities-doubt")?.textContent ?? null,
			ticked: (row.querySelector("input") as HTMLInputElement).checked,
		}));
		expect(shown).toEqual([
			{ mark: "HQ", entity: "HQ Trivia", doubt: "Not sure: a short abbreviation", ticked: false },
			{ mark: "DeepSeek", entity: "DeepSeek", doubt: null, ticked: true },
		]);
		expect(button(preview, /^Link \d+ mentions?$/).textContent).toBe("Link 1 mention");
		const box = preview.querySelector(".dossier-entities-preview-item input") as HTMLInputElement;
		box.checked = true;
		box.dispatchEvent(new Event("change"));
		button(preview, /^Link \d+ mentions?$/).click();
		await settle();
		expect(editor.editor.getValue()).toBe("The [[HQ Trivia|HQ]] moved to Austin; [[DeepSeek]] too.\n");
		plugin.unload();
	});
});
