// Builds the plugin (main.js, for Obsidian), the CLI (dist/cli.js, for Node) and the
// benchmark harness (dist/bench.js). `node esbuild.config.mjs` watches the plugin;
// `node esbuild.config.mjs production` builds everything once, minified where it ships;
// `node esbuild.config.mjs cli DIR` builds the CLI alone into DIR/cli.js (the tests that spawn it).
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import path from "node:path";
import { esbuildChineseWords } from "./scripts/chinese-words.mjs";

const mode = process.argv[2];
const production = mode === "production";

const banner = "/* Dossier — bundled by esbuild. Source: https://github.com/dossier-md/dossier */";

/** The plugin runs inside Obsidian, which provides these at run time. */
const obsidianExternals = [
	"obsidian",
	"electron",
	"@codemirror/autocomplete",
	"@codemirror/collab",
	"@codemirror/commands",
	"@codemirror/language",
	"@codemirror/lint",
	"@codemirror/search",
	"@codemirror/state",
	"@codemirror/view",
	"@lezer/common",
	"@lezer/highlight",
	"@lezer/lr",
	...builtinModules,
];

const plugin = {
	banner: { js: banner },
	entryPoints: ["src/plugin/main.ts"],
	bundle: true,
	external: obsidianExternals,
	format: "cjs",
	target: "es2021",
	logLevel: "info",
	sourcemap: production ? false : "inline",
	treeShaking: true,
	minify: production,
	outfile: "main.js",
	metafile: true,
	// Chinese strings (the catalogs, the word list) as UTF-8, not six-byte escapes: Obsidian reads main.js as UTF-8.
	charset: "utf8",
	plugins: [esbuildChineseWords],
};

/** Node programs: the CLI and the benchmark harness. */
const nodeProgram = (entry, outfile, extra = {}) => ({
	entryPoints: [entry],
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	logLevel: "info",
	outfile,
	// Bundled CommonJS dependencies may call require(); give ESM output one.
	banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
	plugins: [esbuildChineseWords],
	...extra,
});

/** The bench drives the plugin in the fake Obsidian runtime the unit tests use (vitest.config.ts has the same alias). */
const benchObsidian = { alias: { obsidian: "./test/support/obsidian.ts" } };

if (mode === "cli") {
	await esbuild.build({ ...nodeProgram("src/cli/main.ts", path.join(process.argv[3] ?? "dist", "cli.js")), logLevel: "warning" });
} else if (production) {
	const result = await esbuild.build(plugin);
	const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
	console.log(`main.js: ${(bytes / 1024).toFixed(1)} KiB`);
	await esbuild.build(nodeProgram("src/cli/main.ts", "dist/cli.js"));
	await esbuild.build(nodeProgram("bench/main.ts", "dist/bench.js", benchObsidian));
} else {
	const context = await esbuild.context(plugin);
	await context.watch();
}
