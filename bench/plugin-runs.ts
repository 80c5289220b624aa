/**
 * The runs of the plugin bench (`plugin.bench.ts`), each through the plugin's own classes in the
 * fake runtime: load the plugin over a vault, then time each run and the slices it cut.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { Window } from "happy-dom";
import { App, MetadataCache, TFile, type Vault } from "obsidian-test-mocks/obsidian";
import manifest from "../manifest.json";
import { buildMatcher, matcherBuild, planNote, unlinkedMentions, type VaultRunReport } from "../src/core/entities";
import { investigationHeadingMatcher, readNoteQuestions } from "../src/core/questions";
import { linkPolicyOf, matchOptionsOf } from "../src/core/settings/entities";
import { MentionIndex } from "../src/plugin/entities/mentions";
import { VaultRunModal } from "../src/plugin/entities/run-modal";
import { vaultRun } from "../src/plugin/entities/vault-run";
import DossierPlugin from "../src/plugin/main";
import type { QuestionsFeature } from "../src/plugin/questions/feature";
import type { GeneratedNote } from "./corpus";
import { median, medianMs, medianMsAsync, type Row } from "./harness";

/** Goal: no run holds the interface longer than this, in ms. */
const HOLD_GOAL = 50;
/** Each vault is loaded this often and every run measured each time; rows give the medians. */
const RUNS = 3;
/** Quiet time, in ms, around each run, so the event-loop monitor sees its first and last slices. */
const MONITOR_MARGIN = 10;

/** What one run took and how it was cut. */
interface Measured {
	/** Wall time of the whole run, in ms. */
	readonly ms: number;
	/** The longest stretch between two yields to the interface, in ms. */
	readonly longest: number;
	/** Yields to the interface (zero-delay timers) during the run. */
	readonly yields: number;
	/** The longest delay a 1 ms timer saw during the run, in ms (counts what no yield marks). */
	readonly loopDelay: number;
}

/** Waits `ms` on Node's own timers (not the window's, which the bench wraps). */
function idle(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs `work`, wrapping `window.setTimeout` meanwhile: each zero-delay timer asked for ends a
 * slice, and any timer firing begins one. The first slice begins with the run, the last ends with it.
 */
async function measure(window: Window, work: () => Promise<unknown>): Promise<Measured> {
	const original = window.setTimeout;
	const delay = monitorEventLoopDelay({ resolution: 1 });
	let resumed = 0;
	let longest = 0;
	let yields = 0;
	const end = () => (longest = Math.max(longest, performance.now() - resumed));
	window.setTimeout = (handler: (...args: unknown[]) => void, timeout?: number, ...args: unknown[]) => {
		if (!timeout) {
			end();
			yields++;
		}
		const resume = (...given: unknown[]) => {
			resumed = performance.now();
			handler(...given);
		};
		return original.call(window, resume, timeout, ...args);
	};
	// The monitor records a delay only between two of its ticks: let it tick before and after.
	delay.enable();
	await idle(MONITOR_MARGIN);
	const start = (resumed = performance.now());
	let ms = 0;
	try {
		await work();
	} finally {
		ms = performance.now() - start;
		end();
		window.setTimeout = original;
		await idle(MONITOR_MARGIN);
		delay.disable();
	}
	return { ms, longest, yields, loopDelay: delay.max / 1e6 };
}

interface Loaded {
	readonly app: App;
	readonly plugin: DossierPlugin;
}

let linksIndexed = false;

/**
 * The mocks resolve a link by name with a scan of every file, so loading a vault of N notes costs
 * N² look-ups (at 10,000 notes, hours before the first run); Obsidian keeps an index. The bench
 * gives the fake one, with the mock's answer: the file at that path, or at that path with `.md`,
 * else the first file, in vault order, of that name. Kept as files are created; rebuilt after a
 * rename or a delete.
 */
function indexLinkResolution(): void {
	if (linksIndexed) return;
	linksIndexed = true;
	const indexes = new WeakMap<Vault, { readonly byName: Map<string, TFile>; stale: boolean }>();
	const add = (byName: Map<string, TFile>, file: TFile) => {
		for (const name of [file.basename, file.name]) if (!byName.has(name)) byName.set(name, file);
	};
	const indexOf = (vault: Vault) => {
		let index = indexes.get(vault);
		if (index === undefined) {
			const made = (index = { byName: new Map<string, TFile>(), stale: true });
			vault.on("create", (file) => void (!made.stale && file instanceof TFile && add(made.byName, file)));
			vault.on("delete", () => void (made.stale = true));
			vault.on("rename", () => void (made.stale = true));
			indexes.set(vault, made);
		}
		if (index.stale) {
			index.byName.clear();
			for (const file of vault.getFiles()) add(index.byName, file);
			index.stale = false;
		}
		return index.byName;
	};
	MetadataCache.prototype.getFirstLinkpathDest = function (this: MetadataCache, linkpath: string): TFile | null {
		const vault = this.app__.vault;
		return vault.getFileByPath(linkpath) ?? vault.getFileByPath(`${linkpath}.md`) ?? indexOf(vault).get(linkpath) ?? null;
	};
}

/** The plugin loaded over `notes` as Obsidian loads it (the questions panel already shown once, so start-up opens no view). */
async function load(notes: readonly GeneratedNote[]): Promise<Loaded> {
	indexLinkResolution();
	const app = App.createConfigured__({ files: Object.fromEntries(notes.map((note) => [note.path, note.text])) });
	const plugin = new DossierPlugin(app.asOriginalType__(), manifest);
	await plugin.saveData({ questionsPanelShown: true });
	plugin.load();
	for (let i = 0; i < 3; i++) await idle(0);
	return { app, plugin };
}

function questionsOf(plugin: DossierPlugin): QuestionsFeature {
	const feature = plugin.features.list.find((f): f is QuestionsFeature => "onQuestionsChange" in f);
	if (!feature) throw new Error("no questions feature");
	return feature;
}

/** The baseline of every total: read each note through the same fake vault and split it into lines. */
async function readAndSplit({ app }: Loaded): Promise<number> {
	let lines = 0;
	const ms = await medianMsAsync(async () => {
		for (const file of app.vault.getMarkdownFiles()) lines += (await app.vault.cachedRead(file)).split("\n").length;
	}, 3);
	return lines >= 0 ? ms : -1;
}

/** Layout ready → the questions index built; also times the layout-ready callbacks, which run as one task. */
async function startUp(window: Window, { app, plugin }: Loaded) {
	const questions = questionsOf(plugin);
	const built = new Promise<void>((resolve) => {
		const off = questions.onQuestionsChange(() => (off(), resolve()));
	});
	let callbacks = 0;
	const measured = await measure(window, async () => {
		const start = performance.now();
		App.fromOriginalType__(app.asOriginalType__()).workspace.setLayoutReady__();
		callbacks = performance.now() - start;
		await built;
	});
	return { ...measured, callbacks, questions: questions.openQuestions().length };
}

/** A timeline asks for the first time: every analysis read for unlinked mentions. */
async function timelineRead(window: Window, { app, plugin }: Loaded, mentioned: string) {
	const mentions = new MentionIndex(app.asOriginalType__(), plugin.features.entities, plugin);
	const read = new Promise<void>((resolve) => mentions.subscribe(resolve));
	const measured = await measure(window, async () => {
		mentions.notesMentioning(mentioned);
		await read;
	});
	return { ...measured, unlinked: mentions.notesMentioning(mentioned).length };
}

/** *Link entities across the vault* up to its summary drawn; with `yielding` false, its pause never yields (the run as it was). */
async function dryRun(window: Window, { app, plugin }: Loaded, yielding: boolean) {
	const run = vaultRun(plugin.host, plugin.features.entities, ...(yielding ? [] : [() => () => Promise.resolve()]));
	let planned: Promise<VaultRunReport> | undefined;
	const modal = new VaultRunModal(app.asOriginalType__(), plugin.host.t, { ...run, dryRun: () => (planned = run.dryRun()) });
	const measured = await measure(window, async () => {
		modal.onOpen();
		// The modal's own `then` (drawing the summary) was attached first, so it has run when this resumes.
		await planned;
	});
	const report = await planned!;
	modal.onClose();
	return { ...measured, links: report.notes.reduce((sum, note) => sum + note.edits.length, 0), notes: report.notes.length };
}

/** The pieces of start-up, each timed alone: the matcher's whole build, its longest step (the plugin pauses between steps), and their floor. */
function pieces({ app, plugin }: Loaded) {
	const registry = plugin.features.entities.registry;
	const names = [...registry.byPath.values()].flatMap((entity) => [entity.name, ...entity.aliases]);
	const files = app.vault.getMarkdownFiles();
	const steps = [1, 2, 3].map(() => longestStep(matcherBuild(registry, matchOptionsOf(plugin.settings))));
	return {
		names: names.length,
		matcher: medianMs(() => buildMatcher(registry, matchOptionsOf(plugin.settings)), 3),
		step: median(steps.map((s) => s.longest)),
		steps: steps[0]!.steps,
		sortNames: medianMs(() => [...names].sort(), 3),
		properties: medianMs(() => files.map((file) => app.metadataCache.getFileCache(file)?.frontmatter), 3),
	};
}

/** Runs a stepped build through: its steps, and the longest, in ms. */
function longestStep(build: Generator<void, unknown, void>): { readonly steps: number; readonly longest: number } {
	let steps = 0;
	let longest = 0;
	for (;;) {
		const start = performance.now();
		const step = build.next();
		longest = Math.max(longest, performance.now() - start);
		if (step.done) return { steps, longest };
		steps++;
	}
}

/** The core's work on one note, as each run does it, with the plugin's matcher and settings. */
function noteAlone({ plugin }: Loaded, note: GeneratedNote) {
	const service = plugin.features.entities;
	const matcher = service.matcher();
	const isInvestigationHeading = investigationHeadingMatcher(plugin.settings.questionsHeadings);
	const findEntities = (text: string) => service.entityNames(text);
	const policy = linkPolicyOf(plugin.settings, false);
	return {
		questions: medianMs(() => readNoteQuestions(note.text, { path: note.path, isInvestigationHeading, findEntities }), 3),
		mentions: medianMs(() => unlinkedMentions(note.text, note.path, matcher), 3),
		plan: medianMs(() => planNote(note.text, note.path, matcher, policy), 3),
	};
}

/** Every run once, over a freshly loaded plugin. */
async function once(window: Window, notes: readonly GeneratedNote[], mentioned: string, huge: GeneratedNote | null) {
	const loaded = await load(notes);
	try {
		const read = await readAndSplit(loaded);
		const startup = await startUp(window, loaded);
		const timeline = await timelineRead(window, loaded, mentioned);
		const dry = await dryRun(window, loaded, true);
		const unyielding = huge ? null : await dryRun(window, loaded, false);
		return { read, startup, timeline, dry, unyielding, pieces: pieces(loaded), alone: huge && noteAlone(loaded, huge) };
	} finally {
		loaded.plugin.unload();
	}
}

type Once = Awaited<ReturnType<typeof once>>;

/** The median of one figure over the runs. */
function mid<T>(runs: readonly T[], figure: (run: T) => number): number {
	return median(runs.map(figure));
}

/**
 * A run's median total and longest slice: the slice beside the event loop's own longest delay, or
 * beside `alone` (the core's work on a vault's one long note, which no pause can split).
 */
function runRows(label: string, runs: readonly Measured[], baseline: Row["baseline"], alone?: { name: string; value: number }): Row[] {
	const longest = mid(runs, (m) => m.longest);
	const slice: Row = {
		name: `  longest slice (${mid(runs, (m) => m.yields)} yields)`,
		value: longest,
		unit: "ms",
		baseline: alone ?? { name: "longest delay a 1 ms timer saw, same run", value: mid(runs, (m) => m.loopDelay) },
		goal: { text: `≤ ${HOLD_GOAL} ms`, met: longest <= HOLD_GOAL },
	};
	return [{ name: label, value: mid(runs, (m) => m.ms), unit: "ms", baseline }, slice];
}

/**
 * The rows for one vault (medians of `RUNS` loads): each run's total beside read + split, and its
 * longest slice beside the event loop's longest delay. With `huge` (the vault's one long note), the
 * slices stand beside the core's work on that note alone instead.
 */
export async function measureRuns(window: Window, notes: readonly GeneratedNote[], mentioned: string, label: string, huge: GeneratedNote | null = null): Promise<Row[]> {
	const runs: Once[] = [];
	for (let i = 0; i < RUNS; i++) runs.push(await once(window, notes, mentioned, huge));
	const [first] = runs as [Once];
	const baseline = { name: "read + split lines, same fake vault", value: mid(runs, (r) => r.read) };
	const alone = (figure: (a: NonNullable<Once["alone"]>) => number, name: string) => (huge ? { name, value: mid(runs, (r) => figure(r.alone!)) } : undefined);
	const rows = [
		...runRows(`${label}: questions index at start-up (${first.startup.questions.toLocaleString("en")} open questions)`, runs.map((r) => r.startup), baseline, alone((a) => a.questions, "readNoteQuestions of that note alone")),
		...runRows(`${label}: timeline's first read (${first.timeline.unlinked.toLocaleString("en")} analyses name "${mentioned}" unlinked)`, runs.map((r) => r.timeline), baseline, alone((a) => a.mentions, "unlinkedMentions of that note alone")),
		...runRows(`${label}: link across the vault, dry run to its summary drawn (${first.dry.links.toLocaleString("en")} links in ${first.dry.notes.toLocaleString("en")} notes)`, runs.map((r) => r.dry), baseline, alone((a) => a.plan, "planNote of that note alone")),
	];
	if (huge) return rows;
	const { names, steps } = first.pieces;
	rows.push(
		{ name: "  the same dry run never yielding (the run before it paused: one slice)", value: mid(runs, (r) => r.unyielding!.ms), unit: "ms", baseline },
		{ name: "start-up's pieces: the layout-ready callbacks (the registry's first slice, notes to read), one task", value: mid(runs, (r) => r.startup.callbacks), unit: "ms", baseline: { name: "every note's properties from the metadata cache", value: mid(runs, (r) => r.pieces.properties) } },
		{ name: `  … the matcher's first build, ${names.toLocaleString("en")} names, whole (buildMatcher)`, value: mid(runs, (r) => r.pieces.matcher), unit: "ms", baseline: { name: "sorting the names", value: mid(runs, (r) => r.pieces.sortNames) } },
		{ name: `  … and its longest step of ${steps.toLocaleString("en")} (the plugin pauses between them: matcherBuild)`, value: mid(runs, (r) => r.pieces.step), unit: "ms", baseline: { name: "the whole build", value: mid(runs, (r) => r.pieces.matcher) } },
	);
	return rows;
}
