/**
 * `npm run bench`: every benchmark, each figure beside a baseline measured in the same run.
 * Add a benchmark to BENCHES, nowhere else.
 */
import type { Bench } from "./harness";
import { printRows } from "./harness";
import { analysisBench } from "./analysis.bench";
import { cliBench } from "./cli.bench";
import { entitiesBench } from "./entities.bench";
import { mapBench } from "./map.bench";
import { parseBench } from "./parse.bench";
import { pluginBench } from "./plugin.bench";
import { questionsBench } from "./questions.bench";

// The plugin bench runs last: it installs a window and Obsidian's DOM helpers while it runs.
const BENCHES: readonly Bench[] = [parseBench, analysisBench, entitiesBench, questionsBench, mapBench, cliBench, pluginBench];

const only = process.argv[2];
console.log(`# Dossier benchmarks — node ${process.version}, ${new Date().toISOString()}`);
for (const bench of BENCHES) {
	if (only && !bench.name.toLowerCase().includes(only.toLowerCase())) continue;
	printRows(bench.name, await bench.run());
}
