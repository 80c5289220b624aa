// Vault-wide reads hand each note over, then pause, so a batch of long notes is never one slice
// (issue 11); a note deleted while the reading paused is not handed over.
import { describe, expect, it } from "vitest";
import { App } from "obsidian-test-mocks/obsidian";
import { readInBatches } from "../../src/plugin/slices";

describe("readInBatches", () => {
	it("pauses after each note of a batch, and skips a note deleted during a pause", async () => {
		const { vault, fileManager } = App.createConfigured__({ files: { "a.md": "A", "b.md": "B", "c.md": "C", "d.md": "D" } }).asOriginalType__();
		const files = vault.getMarkdownFiles().sort((x, y) => x.path.localeCompare(y.path));
		const seen: string[] = [];
		let pauses = 0;
		const pause = async () => {
			seen.push("pause");
			if (++pauses === 1) await fileManager.trashFile(files[1]!);
		};
		await readInBatches(vault, files, 3, () => true, (file, text) => seen.push(`${file.path}: ${text}`), pause);
		expect(seen).toEqual(["a.md: A", "pause", "pause", "c.md: C", "pause", "d.md: D", "pause"]);
	});

	it("stops handing notes over as soon as it is told to stop, even inside a batch", async () => {
		const { vault } = App.createConfigured__({ files: { "a.md": "A", "b.md": "B", "c.md": "C" } }).asOriginalType__();
		const files = vault.getMarkdownFiles().sort((x, y) => x.path.localeCompare(y.path));
		const seen: string[] = [];
		let go = true;
		const pause = () => {
			go = false;
			return Promise.resolve();
		};
		await readInBatches(vault, files, 64, () => go, (file) => seen.push(file.path), pause);
		expect(seen).toEqual(["a.md"]);
	});
});
