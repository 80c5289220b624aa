// Lint: Obsidian's plugin-review rules, plus the boundaries this project lives by —
// src/core is pure (no obsidian, no node:*, no DOM, no clock), src/plugin alone imports
// obsidian, src/cli alone imports Node built-ins; no file of src/plugin imports the plugin class.
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";
import obsidianmd from "eslint-plugin-obsidianmd";
import { restrictedGlobalsOptions, restrictedImportsOptions } from "eslint-plugin-obsidianmd/dist/lib/ruleOptions.js";
import globals from "globals";
import { builtinModules } from "node:module";

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const onlyCli = nodeBuiltins.map((name) => ({ name, message: "Only src/cli/ may import Node built-ins." }));
const onlyPlugin = { name: "obsidian", message: "Only src/plugin/ may import obsidian." };
const pure = "src/core is pure: it takes text, settings, time and indexes as arguments.";
const coreGlobals = ["window", "document", "activeDocument", "activeWindow", "navigator", "localStorage", "fetch",
	"process", "Buffer", "performance", "setTimeout", "setInterval", "requestAnimationFrame", "require"]
	.map((name) => ({ name, message: pure }));

/** Keeps Obsidian's own restricted imports and adds ours. */
const restrictImports = (...extra) => ["error", ...restrictedImportsOptions.filter((o) => typeof o === "object"), ...extra];
/** The same, with import patterns as well. */
const restrictImportsAndPatterns = (paths, patterns) => ["error", { paths: restrictImports(...paths).slice(1), patterns }];
/** A feature is handed ports (`src/plugin/feature.ts`), never the plugin class. */
const notMain = { regex: "^\\.{1,2}(/\\.\\.)*/main$", message: "Take the ports the feature needs (feature.ts), not the plugin." };

export default defineConfig([
	globalIgnores(["node_modules/", "dist/", "main.js", "demo-vault/", "coverage/", "docs/", "test-results/", "**/*.mjs", "**/*.d.mts", "**/*.js"]),
	...obsidianmd.configs.recommended,
	{
		files: ["**/*.ts"],
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.mjs"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	// The manifest is only validated when lint reads it.
	{
		files: ["manifest.json"],
		languageOptions: { parser: tseslint.parser, parserOptions: { projectService: false, project: null } },
		plugins: { obsidianmd },
		rules: { "obsidianmd/validate-manifest": "error" },
	},
	{
		files: ["src/core/**/*.ts"],
		rules: {
			"@typescript-eslint/no-restricted-imports": restrictImports(onlyPlugin, ...onlyCli, {
				name: "date-fns/locale", message: "Locales are chosen by the adapters and passed in.",
			}),
			"no-restricted-globals": ["error", ...restrictedGlobalsOptions.filter((o) => typeof o === "object"), ...coreGlobals],
			"no-restricted-syntax": ["error",
				{ selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: pure },
				{ selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: pure },
			],
		},
	},
	{
		files: ["src/plugin/**/*.ts"],
		rules: { "@typescript-eslint/no-restricted-imports": restrictImportsAndPatterns(onlyCli, [notMain]) },
	},
	{
		files: ["src/cli/**/*.ts"],
		languageOptions: { globals: globals.node },
		rules: {
			"@typescript-eslint/no-restricted-imports": restrictImports(onlyPlugin),
			// The CLI is a Node program; it never ships inside the plugin bundle.
			"obsidianmd/no-nodejs-modules": "off",
			"no-console": "off",
			"obsidianmd/rule-custom-message": "off",
		},
	},
	// The browser harness: a page runtime and Node code that drives Chromium. It ships nowhere, so
	// the plugin-review rules for mobile and Obsidian's APIs do not apply to it.
	{
		files: ["browser/**/*.ts", "vitest.browser.config.ts"],
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			"no-restricted-globals": "off",
			"obsidianmd/prefer-instanceof": "off",
		},
	},
	// Loading main.js as Obsidian does means evaluating it.
	{
		files: ["browser/runtime/main.ts"],
		rules: { "@typescript-eslint/no-implied-eval": "off", "obsidianmd/rule-custom-message": "off" },
	},
	// The harness's own tests build broken markup on purpose, to see each check fail.
	{
		files: ["browser/harness.test.ts"],
		rules: { "no-unsanitized/method": "off", "no-unsanitized/property": "off" },
	},
	{
		files: ["test/**/*.ts", "bench/**/*.ts", "browser/**/*.ts", "vitest.config.ts", "vitest.browser.config.ts"],
		languageOptions: { globals: globals.node },
		rules: {
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/rule-custom-message": "off",
			"import/no-extraneous-dependencies": "off",
			"@typescript-eslint/no-unsafe-assignment": "off",
			"@typescript-eslint/no-unsafe-member-access": "off",
			"@typescript-eslint/no-unsafe-call": "off",
			"@typescript-eslint/no-unsafe-argument": "off",
			"@typescript-eslint/no-non-null-assertion": "off",
			"@typescript-eslint/unbound-method": "off",
		},
	},
]);
