// Issue #4, "Done when", through the plugin: the real sample, the starter entities added by the
// command, linked from the preview; a second run has nothing to link. Skipped when ../shared is absent.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { settle } from "../../support/plugin";
import { captureNotices, editorWith, keepModalsOpen, runCommand } from "../../support/ui";
import { button, fileAt, loadVault, waitFor } from "../../support/entities";
import { sharedPath } from "../../core/parse/shared";

const sample = sharedPath("samples/us-ai-race-analysis.zh-TW.md");
const EXPECTED = ["DeepSeek", "Qwen", "Alibaba", "OpenAI", "Google", "Stargate", "Genesis Mission", "ASPI", "Airbnb", "Hugging Face", "MIT", "Harvard University"];

describe.skipIf(!sample.exists)("the sample analysis through the plugin (needs ../shared/samples)", () => {
	afterEach(() => vi.restoreAllMocks());

	it("adds the starter entities, links each expected one at its first mention, then has nothing left", async () => {
		const text = readFileSync(sample.path, "utf8");
		const path = "Analyses/us-ai-race-analysis.zh-TW.md";
		const { app, plugin } = await loadVault({ [path]: text });
		const modals = keepModalsOpen();
		const notices = captureNotices();
		await runCommand(plugin, "add-starter-entities");
		await waitFor(() => notices.length > 0, "the starter entities");

		const editor = editorWith(app, fileAt(app, path), text);
		app.workspace.activeEditor = editor.info;
		await runCommand(plugin, "link-entities-in-note");
		const preview = modals.at(-1)!.contentEl;
		const entities = [...preview.querySelectorAll(".dossier-entities-target")].map((el) => el.textContent);
		expect(entities).toEqual(expect.arrayContaining(EXPECTED));
		expect(new Set(entities).size).toBe(entities.length);
		button(preview, /^Link \d+ mentions$/).click();
		await settle();

		const linked = editor.editor.getValue();
		const urlLine = text.split("\n")[0]!;
		expect(linked.split("\n")[0]).toBe(urlLine);
		expect(linked).toContain("[[Genesis Mission|創世計畫]]");
		expect(linked).toContain("[[ASPI|澳洲戰略政策研究所]]");
		notices.length = 0;
		await runCommand(plugin, "link-entities-in-note");
		expect(notices).toEqual(["Nothing to link."]);
		plugin.unload();
	});
});
