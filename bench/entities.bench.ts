import { readFileSync } from "node:fs";
import path from "node:path";
import AhoCorasick from "modern-ahocorasick";
import { buildMatcher, chineseVariants, linkNote, registryOf, runVaultLinking, unlinkedMentions, type Entity, type LinkPolicy, type Matcher, type VaultPort } from "../src/core/entities";
import { foldString, foldTables } from "../src/core/entities/normalize";
import { analysisNote, entityNames, generateVault } from "./corpus";
import { mbPerSecond, median, medianMs, medianMsAsync, type Bench, type Row } from "./harness";
import { readAndSplit, withTempVault } from "./vault";

/**
 * Median CPU time (user + system) of `fn` in ms. Beside wall time because on a shared, busy
 * machine wall time also counts the time the process waited for a core. The kernel counts CPU
 * time in ticks of a few ms, so each sample runs `fn` `repeat` times and is divided by it.
 */
function medianCpuMs(fn: () => unknown, runs = 7, repeat = 1): number {
	fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = process.cpuUsage();
		for (let k = 0; k < repeat; k++) fn();
		const used = process.cpuUsage(start);
		times.push((used.user + used.system) / 1000 / repeat);
	}
	return median(times);
}

/** Samples of a single plan (a few ms) repeat it this often, so CPU ticks do not blur them. */
const PLAN_REPEAT = 10;

/**
 * The entity linker at vault scale: plan time for one long Chinese note against many names, the
 * dry-run throughput over a generated vault, the automaton's build time, and how both grow when
 * the names or the text double. Each figure beside a baseline measured in the same run.
 */
export const entitiesBench: Bench = {
	name: "Entities",
	run: async () => [...singleNote(), ...build(), ...growth(), ...(await vault())],
};

const policy: LinkPolicy = { mentions: "first", skipHeadings: true, style: "wikilink" };

/** `count` entities, each with a Latin name and a Han alias (so `count * 2` names). */
function entities(count: number): Entity[] {
	const { latin, han } = entityNames(count);
	return latin.map((name, i) => ({ name, path: `Entities/${name}.md`, aliases: [han[i]!], link: true, excludedAliases: [], allowedAliases: [] }));
}

function matcherFor(count: number): Matcher {
	return buildMatcher(registryOf(entities(count)), { allowFlagged: false, variants: chineseVariants() });
}

function mentionNames(count: number): string[] {
	const { latin, han } = entityNames(count);
	return [...latin.slice(0, 200), ...han.slice(0, 200)];
}

/** One bare pass over the text's char codes: the floor any matcher stands on. */
function barePass(text: string): number {
	let sum = 0;
	for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
	return sum;
}

function planMs(matcher: Matcher, text: string): number {
	return medianMs(() => linkNote(text, "Analyses/x.md", matcher, policy, false), 11);
}

function singleNote(): Row[] {
	const matcher = matcherFor(10_000);
	const text = analysisNote(0, 50_000, mentionNames(10_000)).text;
	const bare = medianMs(() => barePass(text), 11);
	const plan = planMs(matcher, text);
	const planCpu = medianCpuMs(() => linkNote(text, "Analyses/x.md", matcher, policy, false), 11, PLAN_REPEAT);
	const bareCpu = medianCpuMs(() => barePass(text), 11, 100);
	const tables = foldTables(chineseVariants().fold);
	const folded = foldString(text, tables.loose);
	const { latin, han } = entityNames(10_000);
	const patterns = [...latin, ...han].map((n) => foldString(n, tables.loose));
	let library: AhoCorasick | undefined;
	const libraryBuild = medianMs(() => (library = new AhoCorasick(patterns)), 3);
	const librarySearch = medianMs(() => library!.search(folded, { strategy: "longest-first" }), 11);
	const ours = medianMs(() => (matcher.automaton as { automaton: { scan: (t: string) => unknown } }).automaton.scan(text), 11);
	return [
		{ name: `plan links, ${text.length.toLocaleString("en")}-char Chinese note, ${matcher.size.toLocaleString("en")} names (parse + match + plan)`, value: plan, unit: "ms", baseline: { name: "one bare pass over the char codes", value: bare }, goal: { text: "≤ 10 ms", met: plan <= 10 } },
		{ name: "… the same, CPU time (user + system)", value: planCpu, unit: "ms", baseline: { name: "bare pass, CPU time", value: bareCpu }, goal: { text: "≤ 10 ms", met: planCpu <= 10 } },
		{ name: "our automaton: one scan of the same note", value: ours, unit: "ms", baseline: { name: "modern-ahocorasick search (longest-first), same folded text and names", value: librarySearch } },
		{ name: "modern-ahocorasick: build for the same names", value: libraryBuild, unit: "ms" },
	];
}

function build(): Row[] {
	const list = entities(10_000);
	const plain = medianCpuMs(() => buildMatcher(registryOf(list), { allowFlagged: false }), 9);
	const variants = chineseVariants();
	const folded = medianCpuMs(() => buildMatcher(registryOf(list), { allowFlagged: false, variants }), 9);
	const copy = medianMs(() => list.map((e) => ({ ...e, aliases: [...e.aliases] })), 5);
	return [
		{ name: "registry + automaton build, 20,000 names (CPU time)", value: plain, unit: "ms", baseline: { name: "copying the 10,000 entities", value: copy }, goal: { text: "≤ 200 ms", met: plain <= 200 } },
		{ name: "… with Traditional/Simplified variants", value: folded, unit: "ms", baseline: { name: "copying the 10,000 entities", value: copy }, goal: { text: "≤ 200 ms", met: folded <= 200 } },
	];
}

function growth(): Row[] {
	const text50 = analysisNote(0, 50_000, mentionNames(10_000)).text;
	const text100 = analysisNote(0, 100_000, mentionNames(10_000)).text;
	const m10 = matcherFor(5_000);
	const m20 = matcherFor(10_000);
	const m40 = matcherFor(20_000);
	const cpu = (m: Matcher, text: string) => medianCpuMs(() => linkNote(text, "Analyses/x.md", m, policy, false), 11, PLAN_REPEAT);
	const a = cpu(m10, text50);
	const b = cpu(m20, text50);
	const c = cpu(m40, text50);
	const t = cpu(m20, text100);
	const bare50 = medianCpuMs(() => barePass(text50), 11, 100);
	const bare100 = medianCpuMs(() => barePass(text100), 11, 100);
	return [
		{ name: "growth: names 10k → 20k (same 50k note), plan CPU time ratio", value: b / a, unit: "×", baseline: { name: "no growth", value: 1 } },
		{ name: "growth: names 20k → 40k (same 50k note), plan CPU time ratio", value: c / b, unit: "×", baseline: { name: "no growth", value: 1 } },
		{ name: "growth: text 50k → 100k chars (20k names), plan CPU time ratio", value: t / b, unit: "×", baseline: { name: "bare pass ratio", value: bare100 / bare50 } },
	];
}

/** Median CPU time (user + system) of an async `fn` in ms. */
async function medianCpuMsAsync(fn: () => Promise<unknown>, runs = 5): Promise<number> {
	await fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = process.cpuUsage();
		await fn();
		const used = process.cpuUsage(start);
		times.push((used.user + used.system) / 1000);
	}
	return median(times);
}

/** The vault port over the generated files, reading each the way the baseline does. */
function syncPort(dir: string, paths: readonly string[]): VaultPort {
	return {
		list: () => Promise.resolve(paths),
		read: (file) => Promise.resolve(readFileSync(path.join(dir, file), "utf8")),
		update: () => Promise.reject(new Error("a dry run writes nothing")),
	};
}

/**
 * The dry run over a generated vault, through `runVaultLinking` (what `link` without `--write`
 * and the plugin's vault run do): beside reading and line-splitting the same files, read the
 * same way (synchronously, so the figure is the linker's). The CLI's own runs are in `cli.bench.ts`.
 */
async function vault(): Promise<Row[]> {
	const matcher = matcherFor(10_000);
	const { latin, han } = entityNames(10_000);
	const notes = generateVault(10_000, 1_700, [...latin.slice(0, 2000), ...han.slice(0, 2000)]);
	return withTempVault(notes, async ({ dir, paths, files, bytes }) => {
		let sink = 0;
		const readAll = () => (sink += readAndSplit(files));
		const dryRun = async (port: VaultPort) => {
			const report = await runVaultLinking(port, matcher, policy, { write: false });
			for (const note of report.notes) sink += note.edits.length;
		};
		const port = syncPort(dir, paths);
		const baseline = medianMs(readAll, 5);
		const dry = await medianMsAsync(() => dryRun(port), 5);
		const baselineCpu = medianCpuMs(readAll, 5);
		const dryCpu = await medianCpuMsAsync(() => dryRun(port), 5);
		// The timeline's unlinked mentions (MentionIndex's first read): read + parse + match + plan every mention.
		const mentions = medianMs(() => {
			for (const file of paths) sink += unlinkedMentions(readFileSync(path.join(dir, file), "utf8"), file, matcher).length;
		}, 3);
		if (sink < 0) console.log(sink);
		const speed = mbPerSecond(bytes, dry);
		const speedCpu = mbPerSecond(bytes, dryCpu);
		return [
			{
				name: `dry run (runVaultLinking: read + parse + match + plan), ${notes.length.toLocaleString("en")} notes (${(bytes / 1e6).toFixed(1)} MB), ${matcher.registry.byPath.size.toLocaleString("en")} entities`,
				value: speed,
				unit: "MB/s",
				baseline: { name: "read + split lines", value: mbPerSecond(bytes, baseline) },
				goal: { text: "≥ 20 MB/s", met: speed >= 20 },
			},
			{ name: "… the same, per CPU second", value: speedCpu, unit: "MB/s", baseline: { name: "read + split lines, per CPU second", value: mbPerSecond(bytes, baselineCpu) }, goal: { text: "≥ 20 MB/s", met: speedCpu >= 20 } },
			{ name: "timeline: unlinked mentions of every note (read + parse + plan every mention)", value: mbPerSecond(bytes, mentions), unit: "MB/s", baseline: { name: "read + split lines", value: mbPerSecond(bytes, baseline) } },
		];
	});
}
