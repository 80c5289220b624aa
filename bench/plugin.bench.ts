/**
 * The plugin's vault-wide runs, through the plugin's own code in the fake Obsidian runtime the
 * tests use (obsidian-test-mocks in a happy-dom window; `obsidian` is aliased to
 * `test/support/obsidian.ts` in the bench's build): the questions index at start-up, the
 * timeline's first read (`MentionIndex`) and the dry run of *Link entities across the vault*
 * (`vaultRun` in its modal, up to the summary drawn).
 *
 * Each run prints its total time beside reading and line-splitting the same notes through the
 * same fake vault, and the longest slice: the longest stretch it held the interface between two
 * yields (every yield goes through `window.setTimeout`, which the bench wraps), beside the longest
 * delay an independent 1 ms timer saw in the same run (`perf_hooks`), which also counts what no
 * yield marks (a collection of garbage, work outside the slicer). A single note's plan cannot be
 * split: one 1 MB note is measured on its own.
 *
 * The window and the fake runtime are installed only when this bench runs, and removed after.
 */
import { Window } from "happy-dom";
import { entityNames, generateVault, type GeneratedNote } from "./corpus";
import type { Bench, Row } from "./harness";
import { describeShape, realCorpus } from "./real-corpus";

/** The real-shaped vault, as the CLI bench has it. */
const REAL = { notes: 10_000, entityNotes: 3_000, names: 15_000 };
/** The older generated vault: analyses of 1,700 characters and entities with a Latin name and a Han alias, as the CLI bench has it. */
const OLDER = { notes: 10_000, size: 1_700, entities: 10_000 };
/** The one note whose plan is a single slice. */
const HUGE = 1_000_000;

export const pluginBench: Bench = {
	name: "Plugin: vault-wide runs (longest slice holding the interface)",
	run: async () => {
		const window = await installWindow();
		try {
			// Imported only now: the fake runtime needs the window when it loads.
			const { measureRuns } = await import("./plugin-runs");
			const real = realCorpus(REAL);
			console.log(`\nReal-shaped vault: ${describeShape(real.shape)}.`);
			const entities = real.notes.slice(0, REAL.entityNotes);
			const mentioned = basename(entities[0]!);
			const huge = hugeNote(real.notes.slice(REAL.entityNotes));
			const rows: Row[] = [
				...(await measureRuns(window, real.notes, mentioned, "real-shaped")),
				...(await measureRuns(window, olderCorpus(), entityNames(OLDER.entities).latin[0]!, "older generated")),
				...(await measureRuns(window, [...entities, huge], mentioned, `real-shaped entities and one ${(HUGE / 1e6).toFixed(0)} MB analysis`, huge)),
			];
			return rows;
		} finally {
			await uninstallWindow(window);
		}
	},
};

function basename(note: GeneratedNote): string {
	return note.path.slice(note.path.lastIndexOf("/") + 1, -".md".length);
}

/** The older generated vault of `corpus.ts`: entity notes, then the analyses that mention them. */
function olderCorpus(): GeneratedNote[] {
	const { latin, han } = entityNames(OLDER.entities);
	const entities = latin.map((name, i) => ({ path: `Entities/${name}.md`, text: `---\ntype: entity\naliases:\n  - ${han[i]!}\n---\n` }));
	return [...entities, ...generateVault(OLDER.notes, OLDER.size, [...latin.slice(0, 2_000), ...han.slice(0, 2_000)])];
}

/** One analysis of `HUGE` characters: the bodies of real-shaped notes, one after another. */
function hugeNote(notes: readonly GeneratedNote[]): GeneratedNote {
	const parts = ["---", "type: analysis", 'title: "One long analysis"', "---", ""];
	let size = 0;
	for (const note of notes) {
		if (size >= HUGE) break;
		const body = note.text.replace(/^---\n[\s\S]*?\n---\n/, "");
		parts.push(body);
		size += body.length;
	}
	return { path: "Analyses/one long analysis.md", text: parts.join("\n").slice(0, HUGE) };
}

type Globals = Record<string, unknown>;

/** Keys this bench added to `globalThis`, to take away after. */
const added: string[] = [];

/** A happy-dom window as the global `window`, its DOM classes as globals, and Obsidian's DOM helpers (as the unit tests have them). */
async function installWindow(): Promise<Window> {
	const window = new Window({ url: "http://localhost/" });
	const g = globalThis as Globals;
	const add = (key: string, value: () => unknown) => {
		Object.defineProperty(g, key, { configurable: true, get: value });
		added.push(key);
	};
	add("window", () => window);
	add("document", () => window.document);
	for (const key of Object.getOwnPropertyNames(window)) if (!(key in g)) add(key, () => (window as unknown as Globals)[key]);
	(await import("obsidian-test-mocks/setup")).setup();
	return window;
}

async function uninstallWindow(window: Window): Promise<void> {
	(await import("obsidian-test-mocks/setup")).teardown();
	for (const key of added.splice(0)) delete (globalThis as Globals)[key];
	void window.happyDOM.close();
}
