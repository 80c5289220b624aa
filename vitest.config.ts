import { defineConfig } from "vitest/config";

export default defineConfig({
	resolve: {
		// `obsidian` ships types only; tests run the plugin against an in-memory Obsidian runtime.
		alias: [{ find: /^obsidian$/, replacement: "obsidian-test-mocks/obsidian" }],
	},
	test: {
		environment: "happy-dom",
		setupFiles: ["test/setup.ts"],
		include: ["test/**/*.test.ts"],
		testTimeout: 30_000,
		env: { TZ: "UTC" },
	},
});
