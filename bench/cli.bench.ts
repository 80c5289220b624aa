/**
 * The CLI as users run it, through its own file access: `node dist/cli.js link VAULT --json` (a
 * dry run), `entities VAULT --json` and `questions VAULT --json`, each a fresh process whose
 * output is read whole through a pipe, beside a fresh process that reads and line-splits the
 * same files. On two vaults: one shaped like real hand-linked vaults (`real-corpus.ts`), and the
 * older generated one (`corpus.ts`), kept for comparison. Peak memory is the process's own
 * maximum resident set, reported by a preloaded hook as it exits.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { entityNames, generateVault, type GeneratedNote } from "./corpus";
import { median, mbPerSecond, type Bench, type Row } from "./harness";
import { describeShape, realCorpus } from "./real-corpus";
import { withTempVault } from "./vault";

const RUNS = 3;

/** The built CLI, beside this bundle (`npm run bench` builds both). */
const CLI = path.join(path.dirname(process.argv[1] ?? "dist/bench.js"), "cli.js");

/** A fresh process that walks the vault as the CLI does and reads and line-splits every note. */
const BASELINE = `
const fs = require("node:fs"), path = require("node:path");
let lines = 0;
(function walk(dir) {
	for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
		if (e.isDirectory()) { if (!e.name.startsWith(".")) walk(path.join(dir, e.name)); }
		else if (e.name.endsWith(".md")) lines += fs.readFileSync(path.join(dir, e.name), "utf8").split("\\n").length;
	}
})(process.argv[2]);
process.stdout.write(String(lines));
`;

/** Preloaded into every timed process: writes its peak resident set (KB) to the file named by the environment. */
const PEAK = `process.on("exit", () => require("node:fs").writeFileSync(process.env.DOSSIER_BENCH_PEAK, String(process.resourceUsage().maxRSS)));`;

interface Run {
	readonly ms: number;
	readonly peakMb: number;
	readonly bytes: number;
}

/** Runs `node [preload] args…` once, draining its stdout through a pipe; wall time, peak memory, bytes out. */
function runOnce(args: readonly string[], scratch: string): Promise<Run> {
	const peakFile = path.join(scratch, "peak");
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(process.execPath, ["--require", path.join(scratch, "peak.cjs"), ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DOSSIER_BENCH_PEAK: peakFile } });
		let bytes = 0;
		let stderr = "";
		child.stdout.on("data", (chunk: Buffer) => (bytes += chunk.length));
		child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
		child.on("error", reject);
		child.on("close", (code) => {
			const ms = performance.now() - start;
			if (code !== 0) return reject(new Error(`${args.join(" ")} exited ${code}: ${stderr.slice(0, 500)}`));
			resolve({ ms, peakMb: Number(readFileSync(peakFile, "utf8")) / 1024, bytes });
		});
	});
}

/** The median run of `RUNS`, after one warm-up (the files are in the page cache for every process alike). */
async function medianRun(args: readonly string[], scratch: string): Promise<Run> {
	await runOnce(args, scratch);
	const runs: Run[] = [];
	for (let i = 0; i < RUNS; i++) runs.push(await runOnce(args, scratch));
	return { ms: median(runs.map((r) => r.ms)), peakMb: median(runs.map((r) => r.peakMb)), bytes: runs[0]!.bytes };
}

async function rows(label: string, notes: readonly GeneratedNote[]): Promise<Row[]> {
	const scratch = mkdtempSync(path.join(tmpdir(), "dossier-bench-cli-"));
	try {
		writeFileSync(path.join(scratch, "baseline.cjs"), BASELINE);
		writeFileSync(path.join(scratch, "peak.cjs"), PEAK);
		return await withTempVault(notes, async ({ dir, bytes }) => {
			const base = await medianRun([path.join(scratch, "baseline.cjs"), dir], scratch);
			const link = await medianRun([CLI, "link", dir, "--json"], scratch);
			const entities = await medianRun([CLI, "entities", dir, "--json"], scratch);
			const questions = await medianRun([CLI, "questions", dir, "--json"], scratch);
			const speed = mbPerSecond(bytes, link.ms);
			const baseline = { name: "read + split lines (a fresh process)", value: base.ms };
			const ratio = (r: Run) => r.ms / base.ms;
			return [
				{ name: `${label}: link --json, a dry run (${speed.toFixed(1)} MB/s, ${(link.bytes / 1e6).toFixed(1)} MB of JSON through a pipe)`, value: link.ms, unit: "ms", baseline, goal: { text: "≤ 7× and ≥ 20 MB/s", met: ratio(link) <= 7 && speed >= 20 } },
				{ name: `${label}: entities --json`, value: entities.ms, unit: "ms", baseline, goal: { text: "≤ 3×", met: ratio(entities) <= 3 } },
				{ name: `${label}: questions --json`, value: questions.ms, unit: "ms", baseline, goal: { text: "≤ 3×", met: ratio(questions) <= 3 } },
				{ name: `${label}: link --json, peak memory`, value: link.peakMb, unit: "MB", baseline: { name: "read + split lines", value: base.peakMb }, goal: { text: "≤ 300 MB", met: link.peakMb <= 300 } },
			];
		});
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

/** The older generated vault: 10,000 short analyses, with its 10,000 entities written as entity notes. */
function olderCorpus(): GeneratedNote[] {
	const { latin, han } = entityNames(10_000);
	const analyses = generateVault(10_000, 1_700, [...latin.slice(0, 2000), ...han.slice(0, 2000)]);
	const entityNotes = latin.map((name, i) => ({ path: `Entities/${name}.md`, text: `---\ntype: entity\naliases:\n  - ${han[i]!}\n---\n` }));
	return [...analyses, ...entityNotes];
}

export const cliBench: Bench = {
	name: "CLI on whole vaults",
	run: async () => {
		const real = realCorpus({ notes: 10_000, entityNotes: 3_000, names: 15_000 });
		console.log(`\nReal-shaped vault: ${describeShape(real.shape)}.`);
		return [...(await rows("real-shaped", real.notes)), ...(await rows("older generated", olderCorpus()))];
	},
};
