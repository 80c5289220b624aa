// Linking across the vault: dry run, progress with cancel, one Vault.process per note, a report
// (issue 4, item 5 and "Reliability").
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Modal } from "obsidian-test-mocks/obsidian";
import { captureNotices, keepModalsOpen, runCommand } from "../../support/ui";
import { ENTITIES, analysisNote, button, entityNote, loadVault, textAt, waitFor } from "../../support/entities";

const NOTES: Readonly<Record<string, string>> = {
	"Notes/a.md": "由DeepSeek開發。\n",
	"Notes/b.md": "星門與創世計畫。\n",
	"Notes/c.md": "深度求索與星門。\n",
	"Notes/plain.md": "Nothing to see.\n",
};

const LINKED: Readonly<Record<string, string>> = {
	"Notes/a.md": "由[[DeepSeek]]開發。\n",
	"Notes/b.md": "[[Stargate|星門]]與[[Genesis Mission|創世計畫]]。\n",
	"Notes/c.md": "[[DeepSeek|深度求索]]與[[Stargate|星門]]。\n",
};

async function start(files: Readonly<Record<string, string>>) {
	const loaded = await loadVault({ ...ENTITIES, ...files });
	const modals = keepModalsOpen();
	const notices = captureNotices();
	await runCommand(loaded.plugin, "link-entities-across-vault");
	const modal = modals[0]!;
	await waitFor(() => /links? in|No note/.test(modal.contentEl.textContent), "the dry run");
	return { ...loaded, modal, notices };
}

/** Starts the run from the summary and waits for the report. */
async function confirm(modal: Modal): Promise<void> {
	button(modal.contentEl, /^Link \d+ mentions? in \d+ notes?$/).click();
	await waitFor(() => [...modal.contentEl.querySelectorAll("button")].some((b) => b.textContent === "Close"), "the report");
}

describe("link entities across the vault", () => {
	afterEach(() => vi.restoreAllMocks());

	it("shows a dry run first, writing nothing, then links each note in its own write and reports", async () => {
		const { app, plugin, modal } = await start(NOTES);
		const summary = modal.contentEl.textContent;
		expect(summary).toContain("5 links in 3 notes, for 3 entities.");
		const perEntity = [...modal.contentEl.querySelectorAll("tr")].map((row) => row.textContent);
		expect(perEntity).toEqual(["DeepSeek2", "Stargate2", "Genesis Mission1"]);
		for (const [path, text] of Object.entries(NOTES)) expect(await textAt(app, path)).toBe(text);

		const process = vi.spyOn(app.vault, "process");
		await confirm(modal);
		expect(process.mock.calls.map(([file]) => file.path).sort()).toEqual(["Notes/a.md", "Notes/b.md", "Notes/c.md"]);
		for (const [path, text] of Object.entries(LINKED)) expect(await textAt(app, path)).toBe(text);
		expect(await textAt(app, "Notes/plain.md")).toBe(NOTES["Notes/plain.md"]);
		const report = modal.contentEl.textContent;
		expect(report).toContain("3 notes linked");
		expect(report).toContain("Notes/b.md — 2 links");
		plugin.unload();
	});

	it("plans a note again when it changed after the dry run, keeping the new text", async () => {
		const { app, plugin, modal } = await start(NOTES);
		const original = app.vault.process.bind(app.vault);
		vi.spyOn(app.vault, "process").mockImplementation(async (file, fn) => {
			// The user edits b.md just before the run writes it.
			if (file.path === "Notes/b.md") await app.vault.modify(file, "新增一行。\n星門與創世計畫。\n");
			return original(file, fn);
		});
		await confirm(modal);
		expect(await textAt(app, "Notes/b.md")).toBe("新增一行。\n[[Stargate|星門]]與[[Genesis Mission|創世計畫]]。\n");
		expect(modal.contentEl.textContent).toContain("1 note changed while linking and was planned again.");
		plugin.unload();
	});

	it("stops at an error: every note is untouched or fully linked, and the report says which", async () => {
		const { app, plugin, modal } = await start(NOTES);
		const original = app.vault.process.bind(app.vault);
		const order: string[] = [];
		vi.spyOn(app.vault, "process").mockImplementation(async (file, fn) => {
			order.push(file.path);
			if (order.length === 2) throw new Error("disk full");
			return original(file, fn);
		});
		await confirm(modal);
		const [first, failed] = order;
		const notReached = Object.keys(LINKED).filter((path) => !order.includes(path));
		expect(notReached).toHaveLength(1);
		expect(await textAt(app, first!)).toBe(LINKED[first!]);
		expect(await textAt(app, failed!)).toBe(NOTES[failed!]);
		expect(await textAt(app, notReached[0]!)).toBe(NOTES[notReached[0]!]);
		const report = modal.contentEl.textContent;
		expect(report).toContain("1 note linked");
		expect(report).toContain("1 note failed and is untouched");
		expect(report).toContain("1 note not reached and untouched");
		expect(report).toContain(`Stopped at ${failed}: disk full`);
		expect(report).toContain(`${failed} — disk full`);
		plugin.unload();
	});

	it("stops when cancelled, leaving the remaining notes untouched", async () => {
		const { app, plugin, modal } = await start(NOTES);
		const original = app.vault.process.bind(app.vault);
		vi.spyOn(app.vault, "process").mockImplementation(async (file, fn) => {
			button(modal.contentEl, "Cancel").click();
			return original(file, fn);
		});
		await confirm(modal);
		const paths = Object.keys(LINKED);
		const texts = await Promise.all(paths.map((path) => textAt(app, path)));
		expect(texts.filter((text, i) => text === LINKED[paths[i]!])).toHaveLength(1);
		expect(texts.filter((text, i) => text === NOTES[paths[i]!])).toHaveLength(2);
		expect(modal.contentEl.textContent).toContain("2 notes not reached and untouched");
		expect(modal.contentEl.textContent).toContain("Stopped: cancelled.");
		plugin.unload();
	});

	it("updates each linked analysis's entities property, keeping the user's entries", async () => {
		const analysis = analysisNote("由DeepSeek開發，星門。\n", 'title: A\nentities:\n  - "[[Hugging Face]]"\n  - my own note\n');
		const { app, plugin, modal } = await start({ "Analyses/x.md": analysis, "Notes/plain.md": "星門\n" });
		const frontmatter = vi.spyOn(app.fileManager, "processFrontMatter");
		await confirm(modal);
		expect(frontmatter.mock.calls.map(([file]) => file.path)).toEqual(["Analyses/x.md"]);
		const text = await textAt(app, "Analyses/x.md");
		expect(text).toContain("由[[DeepSeek]]開發，[[Stargate|星門]]。\n");
		const entities = app.metadataCache.getCache("Analyses/x.md")?.frontmatter?.entities as unknown;
		expect(entities).toEqual(["[[Hugging Face]]", "my own note", "[[DeepSeek]]", "[[Stargate]]"]);
		expect(modal.contentEl.textContent).toContain("Updated the entities property of 1 analysis.");
		expect(await textAt(app, "Notes/plain.md")).toBe("[[Stargate|星門]]\n");
		plugin.unload();
	});

	it("says when no note has anything to link", async () => {
		const { plugin, modal } = await start({ "Notes/plain.md": "Nothing to see.\n" });
		expect(modal.contentEl.textContent).toContain("No note has anything to link.");
		plugin.unload();
	});
});

describe("doubtful links across the vault (issue 10)", () => {
	afterEach(() => vi.restoreAllMocks());

	const FILES = {
		"Entities/HQ Trivia.md": entityNote(["HQ"]),
		"Entities/Target.md": entityNote(),
		"Notes/a.md": "The HQ moved; DeepSeek too.\n",
		"Notes/b.md": "The price target rose.\n",
	};

	it("leaves doubtful links out, says what was found but not linked and why", async () => {
		const { app, plugin, modal } = await start(FILES);
		const text = modal.contentEl.textContent;
		expect(text).toContain("1 link in 1 note, for 1 entity.");
		expect(text).toContain("Found but not linked");
		expect(text).toContain("an ordinary word written in lower case1");
		expect(text).toContain("a short abbreviation1");
		const box = modal.contentEl.querySelector(".dossier-entities-doubtful input") as HTMLInputElement;
		expect(box.checked).toBe(false);
		expect(modal.contentEl.querySelector(".dossier-entities-doubtful")!.textContent).toContain("Also link 1 doubtful mention");
		await confirm(modal);
		expect(await textAt(app, "Notes/a.md")).toBe("The HQ moved; [[DeepSeek]] too.\n");
		expect(await textAt(app, "Notes/b.md")).toBe(FILES["Notes/b.md"]);
		plugin.unload();
	});

	it("writes them too when asked", async () => {
		const { app, plugin, modal } = await start(FILES);
		const box = modal.contentEl.querySelector(".dossier-entities-doubtful input") as HTMLInputElement;
		box.checked = true;
		box.dispatchEvent(new Event("change"));
		expect(button(modal.contentEl, /^Link \d+ mentions? in \d+ notes?$/).textContent).toBe("Link 2 mentions in 1 note");
		button(modal.contentEl, /^Link \d+ mentions? in \d+ notes?$/).click();
		await waitFor(() => [...modal.contentEl.querySelectorAll("button")].some((b) => b.textContent === "Close"), "the report");
		expect(await textAt(app, "Notes/a.md")).toBe("The [[HQ Trivia|HQ]] moved; [[DeepSeek]] too.\n");
		plugin.unload();
	});
});
