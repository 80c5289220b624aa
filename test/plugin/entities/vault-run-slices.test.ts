// Linking across the vault lets the interface run between notes (issue 11): a read from Obsidian's
// cache resolves at once, so a run that never paused would hold Obsidian from its first note to its
// last. The run's pause is a fake the test holds, so each yield is seen without timing anything.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Modal } from "obsidian-test-mocks/obsidian";
import { VaultRunModal } from "../../../src/plugin/entities/run-modal";
import { vaultRun } from "../../../src/plugin/entities/vault-run";
import { keepModalsOpen } from "../../support/ui";
import { ENTITIES, button, entityService, loadVault, textAt, waitFor } from "../../support/entities";

const NOTES: Readonly<Record<string, string>> = {
	"Notes/a.md": "由DeepSeek開發。\n",
	"Notes/b.md": "星門與創世計畫。\n",
	"Notes/c.md": "深度求索與星門。\n",
	"Notes/plain.md": "Nothing to see.\n",
};

/** Pauses that wait until the test releases them, each call recorded with what `seen()` returned then. */
function heldPauses(seen: () => string) {
	const calls: string[] = [];
	let release: (() => void) | null = null;
	const pause = () =>
		new Promise<void>((resolve) => {
			calls.push(seen());
			release = resolve;
		});
	const held = {
		calls,
		pauses: () => pause,
		/** Waits for the run to ask for its next pause. */
		asked: () => waitFor(() => release !== null, "the next pause"),
		/** Releases every pause until `done()` holds. */
		releaseUntil: async (done: () => boolean) => {
			await waitFor(() => {
				if (done()) return true;
				held.release();
				return false;
			}, "the run");
		},
		release: () => {
			const resolve = release;
			release = null;
			resolve?.();
		},
	};
	return held;
}

async function loaded() {
	const { app, plugin } = await loadVault({ ...ENTITIES, ...NOTES });
	return { app, plugin, service: entityService(), notes: app.vault.getMarkdownFiles().length };
}

describe("link entities across the vault, in slices", () => {
	afterEach(() => vi.restoreAllMocks());

	it("pauses after every note of the dry run, and goes on only when the pause is over", async () => {
		const { plugin, service, notes } = await loaded();
		const held = heldPauses(() => "");
		let finished = false;
		const dryRun = vaultRun(plugin.host, service, held.pauses)
			.dryRun()
			.finally(() => (finished = true));
		for (let i = 1; i <= notes; i++) {
			await held.asked();
			expect(held.calls).toHaveLength(i);
			expect(finished).toBe(false);
			held.release();
		}
		const report = await dryRun;
		expect(held.calls).toHaveLength(notes);
		expect(report.notes).toHaveLength(notes);
		expect(report.notes.filter((note) => note.edits.length > 0).map((note) => note.path)).toEqual(["Notes/a.md", "Notes/b.md", "Notes/c.md"]);
		plugin.unload();
	});

	it("draws its progress before each pause while writing, and a cancel made during a pause stops it", async () => {
		const { app, plugin, service } = await loaded();
		const modals = keepModalsOpen();
		let modal: Modal | undefined;
		const status = () => modal?.contentEl.querySelector(".dossier-entities-summary")?.textContent ?? "";
		const held = heldPauses(status);
		new VaultRunModal(app.asOriginalType__(), plugin.host.t, vaultRun(plugin.host, service, held.pauses)).open();
		modal = modals[0]!;
		await held.releaseUntil(() => /links? in/.test(status()));
		const written = vi.spyOn(app.vault, "process");
		held.calls.length = 0;
		button(modal.contentEl, "Link 5 mentions in 3 notes").click();
		await held.asked();
		expect(held.calls).toEqual(["Linking 1 of 3 notes…"]);
		expect(written).toHaveBeenCalledTimes(1);
		held.release();
		await held.asked();
		expect(held.calls).toEqual(["Linking 1 of 3 notes…", "Linking 2 of 3 notes…"]);
		expect(modal.contentEl.querySelector("progress")?.value).toBe(2);
		button(modal.contentEl, "Cancel").click();
		held.release();
		await waitFor(() => /Stopped: cancelled/.test(modal.contentEl.textContent), "the report");
		expect(written).toHaveBeenCalledTimes(2);
		expect(modal.contentEl.textContent).toContain("1 note not reached and untouched");
		const untouched = written.mock.calls.map(([file]) => file.path);
		const last = ["Notes/a.md", "Notes/b.md", "Notes/c.md"].find((path) => !untouched.includes(path))!;
		expect(await textAt(app, last)).toBe(NOTES[last]);
		plugin.unload();
	});
});
