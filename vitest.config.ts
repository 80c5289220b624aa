import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { viteChineseWords } from "./scripts/chinese-words.mjs";

/** The browser tests drive Debian's Chromium; without it they are skipped, saying so once. */
const chromium = existsSync("/usr/bin/chromium");
if (!chromium) {
	console.log("Browser tests skipped: no Chromium at /usr/bin/chromium (install: apt-get install chromium fonts-noto-cjk).");
}

export default defineConfig({
	test: {
		projects: [
			{
				// The ordinary Chinese words, made from jieba's dictionary as the build makes them.
				plugins: [viteChineseWords],
				resolve: {
					// `obsidian` ships types only; tests run the plugin against an in-memory Obsidian runtime
					// (obsidian-test-mocks, with the fakes of test/support/obsidian.ts).
					alias: [{ find: /^obsidian$/, replacement: fileURLToPath(new URL("test/support/obsidian.ts", import.meta.url)) }],
				},
				test: {
					name: "unit",
					environment: "happy-dom",
					setupFiles: ["test/setup.ts"],
					include: ["test/**/*.test.ts"],
					testTimeout: 30_000,
					env: { TZ: "UTC" },
				},
			},
			// Click-through tests in headless Chromium (browser/): the same run, the same JSON report.
			...(chromium ? ["./vitest.browser.config.ts"] : []),
		],
	},
});
