/**
 * Builds what the pages load: a runtime bundle for the browser in memory (the harness page's:
 * obsidian-test-mocks + bridge + demo vault; the map page's: the JSON Canvas viewer), and the
 * plugin itself with the project's own build, so the tests load the same main.js a user installs.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** The harness page's runtime. */
export const HARNESS_RUNTIME = "browser/runtime/main.ts";
/** The map page's runtime. */
export const CANVAS_RUNTIME = "browser/runtime/canvas.ts";

/** A page's runtime (`entry`, and all it imports) as one script. */
export async function bundleRuntime(entry: string = HARNESS_RUNTIME): Promise<string> {
	const result = await esbuild.build({
		absWorkingDir: repoRoot,
		entryPoints: [entry],
		bundle: true,
		platform: "browser",
		format: "iife",
		target: "chrome120",
		write: false,
		sourcemap: "inline",
		// The mocks' base64/hex helpers name Node's Buffer; give them a browser one (see buffer.ts).
		inject: ["browser/runtime/buffer.ts"],
		logLevel: "silent",
	});
	const [output] = result.outputFiles;
	if (!output) throw new Error("esbuild produced no runtime bundle");
	return output.text;
}

/** `node esbuild.config.mjs production`: writes main.js at the repository root and dist/cli.js, as `npm run build` does. */
export function buildPlugin(): void {
	execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: repoRoot, stdio: "pipe" });
}
