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
import { analysisNote, entityNames, generateVault, type GeneratedNote } from "./corpus";
import type { Bench } from "./harness";

/** Analyses in the generated vault, and characters in each. */
const NOTES = 10_000;
const SIZE = 1_700;
/** Entities, each with a Latin name and a Han alias: 15,000 names, as in the vaults we measured. */
const ENTITIES = 7_500;
/** The one note whose plan is a single slice. */
const HUGE = 1_000_000;

export const pluginBench: Bench = {
	name: "Plugin: vault-wide runs (longest slice holding the interface)",
	run: async () => {
		const window = await installWindow();
		try {
			// Imported only now: the fake runtime needs the window when it loads.
			const { measureRuns } = await import("./plugin-runs");
			const { notes, mentioned } = presentCorpus();
			const rows = await measureRuns(window, notes, mentioned, `generated vault (corpus.ts), ${describe(notes)}`);
			const huge = analysisNote(0, HUGE, mentionNames());
			rows.push(...(await measureRuns(window, [...notes.slice(0, ENTITIES), huge], mentioned, `${ENTITIES.toLocaleString("en")} entities and one ${(HUGE / 1e6).toFixed(0)} MB analysis`, huge)));
			return rows;
		} finally {
			await uninstallWindow(window);
		}
	},
};

/** How many notes and how much text, for the rows' names. */
function describe(notes: readonly GeneratedNote[]): string {
	const bytes = notes.reduce((sum, note) => sum + Buffer.byteLength(note.text), 0);
	return `${notes.length.toLocaleString("en")} notes (${ENTITIES.toLocaleString("en")} entities, ${(ENTITIES * 2).toLocaleString("en")} names), ${(bytes / 1e6).toFixed(1)} MB`;
}

function mentionNames(): string[] {
	const { latin, han } = entityNames(ENTITIES);
	return [...latin.slice(0, 2_000), ...han.slice(0, 2_000)];
}

/** The generated vault of `corpus.ts`: entity notes, then the analyses that mention them. */
function presentCorpus(): { notes: GeneratedNote[]; mentioned: string } {
	const { latin, han } = entityNames(ENTITIES);
	const entities = latin.map((name, i) => ({ path: `Entities/${name}.md`, text: `---\ntype: entity\naliases:\n  - ${han[i]!}\n---\n` }));
	return { notes: [...entities, ...generateVault(NOTES, SIZE, mentionNames())], mentioned: latin[0]! };
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
