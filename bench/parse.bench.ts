import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseNote } from "../src/core/parse";
import { entityNames, generateVault } from "./corpus";
import { mbPerSecond, medianMs, type Bench } from "./harness";

/** `parseNote` throughput over a generated vault, beside reading and line-splitting the same files. */
export const parseBench: Bench = {
	name: "Note parser",
	run: () => {
		const { latin, han } = entityNames(200);
		const notes = generateVault(3000, 4000, [...latin, ...han]);
		const dir = mkdtempSync(path.join(tmpdir(), "dossier-bench-"));
		try {
			mkdirSync(path.join(dir, "analyses"));
			const files = notes.map((note) => {
				const file = path.join(dir, note.path);
				writeFileSync(file, note.text);
				return file;
			});
			const bytes = notes.reduce((sum, note) => sum + Buffer.byteLength(note.text), 0);
			let sink = 0;
			const baseline = medianMs(() => {
				for (const file of files) sink += readFileSync(file, "utf8").split("\n").length;
			}, 5);
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
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	},
};
