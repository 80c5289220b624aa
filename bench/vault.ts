/** A generated vault written to a temporary folder for one benchmark, and the baseline every vault figure stands beside. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { GeneratedNote } from "./corpus";

export interface TempVault {
	/** The vault folder. */
	readonly dir: string;
	/** Each note's vault path, in order. */
	readonly paths: readonly string[];
	/** Each note's absolute file path, in the same order. */
	readonly files: readonly string[];
	/** UTF-8 bytes of all the notes. */
	readonly bytes: number;
}

/** Writes `notes` into a new temporary folder, runs `run` over it, and removes the folder whatever happens. */
export async function withTempVault<T>(notes: readonly GeneratedNote[], run: (vault: TempVault) => T | Promise<T>): Promise<T> {
	const dir = mkdtempSync(path.join(tmpdir(), "dossier-bench-"));
	try {
		for (const folder of new Set(notes.map((note) => path.dirname(note.path)))) mkdirSync(path.join(dir, folder), { recursive: true });
		const paths = notes.map((note) => note.path);
		const files = paths.map((p) => path.join(dir, p));
		notes.forEach((note, i) => writeFileSync(files[i]!, note.text));
		const bytes = notes.reduce((sum, note) => sum + Buffer.byteLength(note.text), 0);
		return await run({ dir, paths, files, bytes });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The baseline: read every file and split it into lines; returns the line count (a sink for the optimiser). */
export function readAndSplit(files: readonly string[]): number {
	let lines = 0;
	for (const file of files) lines += readFileSync(file, "utf8").split("\n").length;
	return lines;
}
