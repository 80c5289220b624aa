/**
 * Debian's Chromium, headless, driven by playwright-core. Never a downloaded browser: the
 * executable is /usr/bin/chromium (`apt-get install chromium fonts-noto-cjk`), with a fresh empty
 * profile in a temporary folder that is removed on close.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const INSTALL_HINT = "apt-get install chromium fonts-noto-cjk";

const FLAGS = [
	"--headless",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	"--no-first-run",
	"--disable-quic",
];

/** The window every page opens in, before any check narrows it (see obsidian-theme.css). */
export const VIEWPORT = { width: 1100, height: 760 };

export interface Browser {
	readonly context: BrowserContext;
	close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
	if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: ${INSTALL_HINT}`);
	const profile = mkdtempSync(join(tmpdir(), "dossier-chromium-"));
	// Playwright passes the profile as --user-data-dir itself (it refuses the flag in `args`).
	const context = await chromium
		.launchPersistentContext(profile, {
			executablePath: CHROMIUM,
			headless: true,
			args: FLAGS,
			viewport: VIEWPORT,
			deviceScaleFactor: 1,
			locale: "en-US",
			timezoneId: "UTC",
		})
		.catch((error: unknown) => {
			rmSync(profile, { recursive: true, force: true });
			throw error;
		});
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
