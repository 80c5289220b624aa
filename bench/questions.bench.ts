import { readFileSync } from "node:fs";
import { parseNote } from "../src/core/parse";
import { buildMatcher, chineseVariants, entityNamesIn, registryOf, type Entity } from "../src/core/entities";
import { investigationHeadingMatcher, panelModel, QuestionIndex, READ_BATCH, readNoteQuestions, withEntitiesFound, type EntityFinder, type PanelOptions } from "../src/core/questions";
import { analysisNote, entityNames, generateVault } from "./corpus";
import { heapUsed, median, medianMs, type Bench, type Row } from "./harness";
import { readAndSplit, withTempVault } from "./vault";

const NOTES = 10_000;
/** Characters per note: about 40 MB of UTF-8 over the vault (two notes in three are Chinese). */
const SIZE = 1_700;

const isInvestigationHeading = investigationHeadingMatcher();
const PANEL: PanelOptions = { query: { statuses: ["open", "investigating"] }, groupBy: "note", sortBy: "published", limit: 200, today: "2025-06-15" };

/** Reads and indexes the files as the plugin and the CLI do: `READ_BATCH` read, then indexed. */
function buildIndex(files: readonly string[], paths: readonly string[]): QuestionIndex {
	const index = new QuestionIndex();
	for (let at = 0; at < files.length; at += READ_BATCH) {
		const texts = files.slice(at, at + READ_BATCH).map((file) => readFileSync(file, "utf8"));
		texts.forEach((text, i) => index.set(readNoteQuestions(text, { path: paths[at + i]!, isInvestigationHeading })));
	}
	return index;
}

/**
 * Median time of building the index from the texts in hand, as the plugin has them from the
 * vault's cache: the index's own work. The texts are read first, untimed, and let go after.
 */
function buildFromText(files: readonly string[], paths: readonly string[]): number {
	const texts = files.map((file) => readFileSync(file, "utf8"));
	let index = new QuestionIndex();
	const ms = medianMs(() => {
		index = new QuestionIndex(); // the last run's index is garbage before this one is built
		texts.forEach((text, i) => index.set(readNoteQuestions(text, { path: paths[i]!, isInvestigationHeading })));
	}, 5);
	return index.noteCount >= 0 ? ms : -1;
}

/** Median wall time of `fn` over `runs` calls, each after `prepare` (not timed). */
function medianPrepared(prepare: (i: number) => void, fn: (i: number) => void, runs: number): number {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		prepare(i);
		const start = performance.now();
		fn(i);
		times.push(performance.now() - start);
	}
	return median(times);
}

/** Index build, one-note update with the panel model, and the heap the index holds, each beside a baseline. */
export const questionsBench: Bench = {
	name: "Investigation questions",
	run: () => {
		const { latin, han } = entityNames(300);
		const notes = generateVault(NOTES, SIZE, [...latin, ...han]);
		return withTempVault(notes, ({ files, paths, bytes }) => {
			const label = `${NOTES} analyses, ${(bytes / 1e6).toFixed(1)} MB`;
			let sink = 0;
			const baseline = medianMs(() => (sink += readAndSplit(files)), 5);
			let index = new QuestionIndex();
			const build = medianMs(() => {
				index = new QuestionIndex(); // the last run's index is garbage before this one is built, as in the plugin
				index = buildIndex(files, paths);
			}, 5);
			const fromText = buildFromText(files, paths);
			const questions = [...index.entries()].reduce((n, e) => n + e.questions.length, 0);
			const readBaseline = { name: "read + split lines", value: baseline };
			const rows: Row[] = [
				{
					name: `index build from text, ${label}, ${questions} questions`,
					value: fromText,
					unit: "ms",
					baseline: readBaseline,
					goal: { text: "≤ 1.5× baseline", met: fromText <= 1.5 * baseline },
				},
				{
					name: "  read + index build, the read counted in",
					value: build,
					unit: "ms",
					baseline: readBaseline,
					goal: { text: "≤ 1.5× baseline", met: build <= 1.5 * baseline },
				},
			];
			rows.push(...updateRows(index, [...latin, ...han]));
			rows.push(...refindRows(files, paths, latin, han, fromText));
			rows.push(...heapRows(files, paths));
			if (sink < 0) console.log(sink);
			return rows;
		});
	},
};

/** One note changed: re-read it into the index and recompute the grouped panel model. */
function updateRows(index: QuestionIndex, names: readonly string[]): Row[] {
	index.inOrder(PANEL.sortBy);
	heapUsed(); // collect the build's garbage first, so no collection lands in the timings
	const variants = Array.from({ length: 21 }, (_, i) => {
		const note = analysisNote((i * 397) % NOTES, SIZE, names);
		return { path: note.path, text: note.text.replace("2025-", `202${i % 6}-`) };
	});
	let sink = 0;
	const parseOnly = medianPrepared(
		() => undefined,
		(i) => (sink += parseNote(variants[i]!.text).listItems.length),
		variants.length,
	);
	const apply = (i: number) => {
		const v = variants[i % variants.length]!;
		index.set(readNoteQuestions(v.text, { path: v.path, isInvestigationHeading }));
		sink += panelModel(index, PANEL).matching;
	};
	for (let i = 0; i < 50; i++) apply(i); // warm-up
	const update = medianPrepared(
		() => undefined,
		(i) => {
			const v = variants[i]!;
			index.set(readNoteQuestions(v.text, { path: v.path, isInvestigationHeading }));
			sink += panelModel(index, PANEL).matching;
		},
		variants.length,
	);
	const modelOnly = medianMs(() => (sink += panelModel(index, PANEL).matching), 21);
	const byEntity = medianMs(() => (sink += panelModel(index, { ...PANEL, groupBy: "entity" }).matching), 7);
	const filtered = medianMs(() => (sink += panelModel(index, { ...PANEL, query: { ...PANEL.query, text: "model" } }).matching), 7);
	if (sink < 0) console.log(sink);
	return [
		{ name: "one note changed: update + grouped panel model (by note)", value: update, unit: "ms", baseline: { name: "parseNote of that note", value: parseOnly }, goal: { text: "≤ 1 ms", met: update <= 1 } },
		{ name: "  of which the panel model alone", value: modelOnly, unit: "ms", baseline: { name: "parseNote of one note", value: parseOnly } },
		{ name: "  panel model grouped by entity", value: byEntity, unit: "ms", baseline: { name: "parseNote of one note", value: parseOnly } },
		{ name: "  panel model with a text filter", value: filtered, unit: "ms", baseline: { name: "parseNote of one note", value: parseOnly } },
	];
}

/** Heap held by the index (with its sorted list), beside the heap of the raw texts. */
function heapRows(files: readonly string[], paths: readonly string[]): Row[] {
	const before = heapUsed();
	let texts: string[] | null = files.map((file) => readFileSync(file, "utf8"));
	const textHeap = heapUsed() - before;
	if (texts.length < 0) console.log(texts);
	texts = null;
	const start = heapUsed();
	let index: QuestionIndex | null = buildIndex(files, paths);
	index.inOrder("published");
	const held = heapUsed() - start;
	if (index.noteCount < 0) console.log(index);
	index = null;
	const gcOn = typeof (globalThis as { gc?: unknown }).gc === "function";
	return [
		{
			name: `heap held by the index${gcOn ? "" : " (run with --expose-gc for exact figures)"}`,
			value: held / 1e6,
			unit: "MB",
			baseline: { name: "heap of the raw note texts", value: textHeap / 1e6 },
			goal: { text: "≤ 40 MB", met: held <= 40e6 },
		},
	];
}

/** A finder over `latin.length` entities (Latin name, Han alias), without the entity `skip`. */
function finderOf(latin: readonly string[], han: readonly string[], skip: number): EntityFinder {
	const entities: Entity[] = latin.flatMap((name, i) => (i === skip ? [] : [{ name, path: `Entities/${name}.md`, aliases: [han[i]!], link: true, excludedAliases: [], allowedAliases: [] }]));
	const matcher = buildMatcher(registryOf(entities), { allowFlagged: false, variants: chineseVariants() });
	return (text) => entityNamesIn(matcher, text);
}

/**
 * An entity note changed (here: one of the corpus's entities appears, then goes): every question's
 * entities found again from the index and changed notes re-tagged, beside building the index from text.
 */
function refindRows(files: readonly string[], paths: readonly string[], latin: readonly string[], han: readonly string[], buildMs: number): Row[] {
	const finders = [finderOf(latin, han, 0), finderOf(latin, han, -1)];
	const index = new QuestionIndex();
	files.forEach((file, i) => index.set(readNoteQuestions(readFileSync(file, "utf8"), { path: paths[i]!, isInvestigationHeading, findEntities: finders[0] })));
	index.inOrder(PANEL.sortBy);
	let retagged = 0;
	let run = 0;
	const refind = medianMs(() => {
		const find = finders[++run % 2];
		for (const entry of [...index.entries()]) {
			const next = withEntitiesFound(entry, find);
			if (next) {
				index.retag(next);
				retagged++;
			}
		}
	}, 4);
	const questions = [...index.entries()].reduce((n, e) => n + e.questions.length, 0);
	return [
		{
			name: `registry change: entities found again for ${questions} questions (${Math.round(retagged / run)} notes re-tagged per change)`,
			value: refind,
			unit: "ms",
			baseline: { name: "index build from text", value: buildMs },
		},
	];
}
