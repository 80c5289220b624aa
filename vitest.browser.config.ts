import { defineConfig } from "vitest/config";

// The click-through tests: Node drives Debian's Chromium (playwright-core) against the built plugin
// in a page served on 127.0.0.1. `npm run test:browser` runs them alone; `vitest.config.ts` adds
// them to `npm test` when /usr/bin/chromium exists.
export default defineConfig({
	test: {
		name: "browser",
		environment: "node",
		include: ["browser/**/*.test.ts"],
		globalSetup: ["browser/support/global-setup.ts"],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		env: { TZ: "UTC" },
	},
});
