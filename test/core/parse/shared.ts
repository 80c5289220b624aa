/** Where the shared, read-only material lives: `../shared` beside the repository. */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The absolute path of `../shared/<relative>`, and whether it exists. */
export function sharedPath(relative: string): { readonly path: string; readonly exists: boolean } {
	const full = path.resolve(repoRoot, "../shared", relative);
	return { path: full, exists: existsSync(full) };
}
