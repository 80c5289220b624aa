import { readFileSync } from "node:fs";
import { parseNote } from "../src/core/parse";
import { entityNames, generateVault } from "./corpus";
import { mbPerSecond, medianMs, type Bench } from "./harness";
import { readAndSplit, withTempVault } from "./vault";

/** `parseNote` throughput over a generated vault, beside reading and line-splitting the same files. */
export const parseBench: Bench = {
	name: "Note parser",
	run: () => {
		const { latin, han } = entityNames(200);
		const notes = generateVault(3000, 4000, [...latin, ...han]);
		return withTempVault(notes, ({ files, bytes }) => {
			let sink = 0;
			const baseline = medianMs(() => (sink += readAndSplit(files)), 5);
			const parse = medianMs(() => {
				for (const file of files) sink += parseNote(readFileSync(file, "utf8")).sections.length;
			}, 5);
			const blocksOnly = medianMs(() => {
				for (const file of files) sink += parseNote(readFileSync(file, "utf8"), { inline: false }).sections.length;
			}, 5);
			if (sink < 0) console.log(sink);
			const size = `${notes.length} notes (${(bytes / 1e6).toFixed(1)} MB)`;
			const baselineRow = { name: "read + split lines", value: mbPerSecond(bytes, baseline) };
			// Indexers must stay within 1.5× the time of reading and splitting the files.
			const goal = (ms: number) => ({ text: "≥ baseline / 1.5", met: ms <= 1.5 * baseline });
			return [
				{ name: `read + parseNote, ${size}`, value: mbPerSecond(bytes, parse), unit: "MB/s", baseline: baselineRow, goal: goal(parse) },
				{ name: `read + parseNote { inline: false }, ${size}`, value: mbPerSecond(bytes, blocksOnly), unit: "MB/s", baseline: baselineRow, goal: goal(blocksOnly) },
			];
		});
	},
};
