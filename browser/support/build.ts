/**
 * Builds what the page loads: the runtime bundle (obsidian-test-mocks + bridge + demo vault, for
 * the browser) in memory, and the plugin itself with the project's own build, so the tests load
 * the same main.js a user installs.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** The runtime as one script for the page. */
export async function bundleRuntime(): Promise<string> {
	const result = await esbuild.build({
		absWorkingDir: repoRoot,
		entryPoints: ["browser/runtime/main.ts"],
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

/** `node esbuild.config.mjs production`: writes main.js at the repository root, as `npm run build` does. */
export function buildPlugin(): void {
	execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: repoRoot, stdio: "pipe" });
}
