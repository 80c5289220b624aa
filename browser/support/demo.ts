/**
 * The demo vault as `npm run demo` leaves it: demo/notes copied into a temporary folder and the
 * demo's own steps (demo/steps.mjs) run over it with the built CLI, so the notes are linked and
 * the files Dossier writes there (a map among them) are the ones a user of the demo gets.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { steps } from "../../demo/steps.mjs";
import { repoRoot } from "./build";

export interface DemoVault {
	/** The vault's folder. */
	readonly folder: string;
	/** What each step printed, in order. */
	readonly printed: readonly string[];
	/** Every file of the vault, path (with `/`) → text. */
	files(): Record<string, string>;
	remove(): void;
}

/** Runs the demo's steps over a fresh copy of its notes; dist/cli.js must be built (global setup builds it). */
export function runDemo(): DemoVault {
	const folder = mkdtempSync(path.join(tmpdir(), "dossier-demo-"));
	cpSync(path.join(repoRoot, "demo", "notes"), folder, { recursive: true });
	const cli = (...args: string[]): string => execFileSync(process.execPath, [path.join(repoRoot, "dist", "cli.js"), ...args], { encoding: "utf8" });
	const printed = steps.map((step) => step.run({ cli, vault: folder, path, readdirSync }));
	return { folder, printed, files: () => readVault(folder), remove: () => rmSync(folder, { recursive: true, force: true }) };
}

function readVault(folder: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const full = path.join(entry.parentPath, entry.name);
		files[path.relative(folder, full).split(path.sep).join("/")] = readFileSync(full, "utf8");
	}
	return files;
}
