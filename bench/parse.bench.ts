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
			if (sink < 0) console.log(sink);
			const name = `read + parseNote, ${notes.length} notes (${(bytes / 1e6).toFixed(1)} MB)`;
			return [
				{
					name,
					value: mbPerSecond(bytes, parse),
					unit: "MB/s",
					baseline: { name: "read + split lines", value: mbPerSecond(bytes, baseline) },
				},
			];
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	},
};
