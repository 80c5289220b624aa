// Issue #4: a vault run writes each note whole or not at all, and says which.
import { describe, expect, test } from "vitest";
import { linkNote, registryOf, runVaultLinking, type LinkPolicy, type VaultPort } from "../../../src/core/entities";
import { entity, matcherOf } from "./support";

const matcher = matcherOf(registryOf(["DeepSeek: 深度求索", "Stargate: 星門"].map((s) => entity(s))));
const policy: LinkPolicy = { mentions: "first", skipHeadings: true, style: "wikilink" };

/** An in-memory vault; `beforeWrite(path)` runs inside `update` before the change is computed. */
function memoryVault(files: Record<string, string>, beforeWrite: (path: string, files: Record<string, string>) => void = () => undefined): VaultPort & { files: Record<string, string> } {
	return {
		files,
		list: () => Promise.resolve(Object.keys(files).sort()),
		read: (path) => Promise.resolve(files[path]!),
		update: (path, change) => {
			beforeWrite(path, files);
			const next = change(files[path]!);
			if (next === null) return Promise.resolve(null);
			files[path] = next;
			return Promise.resolve(next);
		},
	};
}

const notes = () => Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`n${i}.md`, `# Note ${i}\n\n由DeepSeek開發，星門計畫。DeepSeek again.\n`]));

describe("vault run (issue #4)", () => {
	test("an error thrown mid-run leaves every note untouched or fully linked, and the report says which", async () => {
		const before = notes();
		const port = memoryVault({ ...before }, (path) => {
			if (path === "n3.md") throw new Error("disk full");
		});
		const report = await runVaultLinking(port, matcher, policy, { write: true });
		expect(report.stopped).toEqual({ reason: "error", path: "n3.md", message: "disk full" });
		expect(report.notes.map((n) => n.outcome)).toEqual(["linked", "linked", "linked", "failed", "not-reached", "not-reached"]);
		for (const note of report.notes) {
			const fully = linkNote(before[note.path]!, note.path, matcher, policy, true).text;
			expect(port.files[note.path]).toBe(note.outcome === "linked" ? fully : before[note.path]);
		}
	});

	test("a note edited between planning and writing is planned again, the edit kept", async () => {
		const port = memoryVault(notes(), (path, files) => {
			if (path === "n1.md") files[path] = files[path]!.replace("# Note 1", "# Note 1\n\nA new line about 星門 first.");
		});
		const report = await runVaultLinking(port, matcher, policy, { write: true, paths: ["n1.md"] });
		expect(report.notes[0]!.replanned).toBe(true);
		expect(port.files["n1.md"]).toContain("A new line about [[Stargate|星門]] first.");
		expect(port.files["n1.md"]).toContain("由[[DeepSeek]]開發，星門計畫。DeepSeek again.");
		expect(report.notes[0]!.edits.map((e) => e.surface)).toEqual(["星門", "DeepSeek"]);
	});

	test("with onNote each note's report is handed over as it is made, in run order, and the run keeps none", async () => {
		const kept = await runVaultLinking(memoryVault(notes()), matcher, policy, { write: false, cancelled: () => false });
		const handed: string[] = [];
		const seen: unknown[] = [];
		let calls = 0;
		const report = await runVaultLinking(memoryVault(notes()), matcher, policy, {
			write: false,
			cancelled: () => ++calls > 4,
			onNote: (note) => seen.push(note),
			onProgress: (_done, _total, path) => handed.push(`${path} ${seen.length}`),
		});
		expect(report.notes).toEqual([]);
		expect(seen).toEqual([...kept.notes.slice(0, 4), ...kept.notes.slice(4).map((n) => ({ ...n, outcome: "not-reached", edits: [], skipped: {}, doubtful: [], unlinked: [] }))]);
		expect(handed).toEqual(["n0.md 1", "n1.md 2", "n2.md 3", "n3.md 4"]);
		expect(report.perEntity).toEqual({ DeepSeek: 4, Stargate: 4 });
		expect(kept.perEntity).toEqual({ DeepSeek: 6, Stargate: 6 });
	});

	test("a dry run writes nothing and reports the plan; cancel stops between notes", async () => {
		const before = notes();
		const port = memoryVault({ ...before });
		let calls = 0;
		const report = await runVaultLinking(port, matcher, policy, { write: false, cancelled: () => ++calls > 2 });
		expect(port.files).toEqual(before);
		expect(report.stopped).toEqual({ reason: "cancelled" });
		expect(report.notes.map((n) => n.outcome)).toEqual(["planned", "planned", "not-reached", "not-reached", "not-reached", "not-reached"]);
		expect(report.perEntity).toEqual({ DeepSeek: 2, Stargate: 2 });
	});

	test("reads run ahead of the planning, a few at a time; a failed read stops the run at its own note", async () => {
		const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`n${String(i).padStart(2, "0")}.md`, `由DeepSeek開發 ${i}\n`]));
		let open = 0;
		let most = 0;
		const port: VaultPort = {
			list: () => Promise.resolve(Object.keys(files).sort()),
			read: async (path) => {
				most = Math.max(most, ++open);
				await new Promise((resolve) => setTimeout(resolve, 1));
				open--;
				if (path === "n20.md") throw new Error("unreadable");
				if (path === "n21.md") return Promise.reject(new Error("never awaited"));
				return files[path]!;
			},
			update: () => Promise.reject(new Error("a dry run writes nothing")),
		};
		const report = await runVaultLinking(port, matcher, policy, { write: false });
		expect(most).toBeGreaterThan(1);
		expect(most).toBeLessThanOrEqual(9);
		expect(report.stopped).toEqual({ reason: "error", path: "n20.md", message: "unreadable" });
		expect(report.notes.map((n) => n.outcome)).toEqual([...Array<string>(20).fill("planned"), "failed", ...Array<string>(9).fill("not-reached")]);
	});

	test("pauses after each note, its progress told, before the next; a cancel during a pause stops the run (issue 11)", async () => {
		const events: string[] = [];
		const port = memoryVault(notes(), (path) => events.push(`write ${path}`));
		let stop = false;
		const report = await runVaultLinking(port, matcher, policy, {
			write: true,
			onProgress: (done) => events.push(`progress ${done}`),
			cancelled: () => stop,
			pause: () => {
				events.push("pause");
				stop = events.filter((e) => e === "pause").length === 3;
				return Promise.resolve();
			},
		});
		const note = (i: number) => [`write n${i}.md`, `progress ${i + 1}`, "pause"];
		expect(events).toEqual([...note(0), ...note(1), ...note(2)]);
		expect(report.stopped).toEqual({ reason: "cancelled" });
		expect(report.notes.map((n) => n.outcome)).toEqual(["linked", "linked", "linked", "not-reached", "not-reached", "not-reached"]);
	});

	test("a linked analysis lists its entities in its entities property, once; another note gets no property", () => {
		const text = "---\ntype: analysis\nentities:\n  - mine\n---\n由DeepSeek開發\n";
		const once = linkNote(text, "a.md", matcher, policy, true).text!;
		expect(once).toBe('---\ntype: analysis\nentities:\n  - mine\n  - "[[DeepSeek]]"\n---\n由[[DeepSeek]]開發\n');
		expect(linkNote(once, "a.md", matcher, policy, true).text).toBeNull();
		expect(linkNote("由DeepSeek開發\n", "b.md", matcher, policy, true).text).toBe("由[[DeepSeek]]開發\n");
	});
});
