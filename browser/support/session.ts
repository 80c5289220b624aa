/**
 * One Chromium and one page server per test file; one fresh page per test, booted with the demo
 * vault and the built plugin. Every page records its console errors and uncaught exceptions from
 * the first moment, so the checks can assert there were none.
 */
import { afterAll, afterEach, beforeAll } from "vitest";
import type { CDPSession, Page } from "playwright-core";
import type { BootOptions } from "../runtime/api";
import { bundleRuntime, CANVAS_RUNTIME, HARNESS_RUNTIME } from "./build";
import { launch, type Browser } from "./chromium";
import { serve, type Served } from "./server";

/** A booted page. */
export interface Tab {
	readonly page: Page;
	readonly cdp: CDPSession;
	readonly options: BootOptions;
	/** Console errors, uncaught exceptions and failed requests, in order. */
	readonly errors: string[];
}

export interface Session {
	/** A new page with the harness loaded but not booted (for the harness's own tests). */
	blank(): Promise<Tab>;
	/** A new page with the vault created and the plugin loaded. */
	open(options: BootOptions): Promise<Tab>;
	/** A new map page (`browser/page/canvas.html`), its viewer loaded, nothing drawn yet. */
	canvas(): Promise<Tab>;
}

/** The page's clock: a few weeks after the demo vault's newest analysis. */
export const NOW = new Date("2026-01-15T10:00:00");

/** Registers the file's hooks: Chromium and the server before all tests, pages closed after each. */
export function useBrowser(): Session {
	let browser: Browser | undefined;
	let served: Served | undefined;
	const pages: Page[] = [];
	beforeAll(async () => {
		served = await serve({ "/harness.js": await bundleRuntime(HARNESS_RUNTIME), "/canvas.js": await bundleRuntime(CANVAS_RUNTIME) });
		browser = await launch();
	});
	afterEach(async () => {
		await Promise.all(pages.splice(0).map((page) => page.close()));
	});
	afterAll(async () => {
		await browser?.close();
		await served?.close();
	});

	const visit = async (path: string): Promise<Tab> => {
		if (!browser || !served) throw new Error("useBrowser(): the browser is not running");
		const page = await browser.context.newPage();
		pages.push(page);
		const errors = watch(page);
		// One fixed "now" (timers still run): ages, "understood as" dates and screenshots are the same every run.
		await page.clock.setFixedTime(NOW);
		await page.goto(new URL(path, served.url).href);
		const cdp = await browser.context.newCDPSession(page);
		return { page, cdp, errors, options: { theme: "light", language: "en" } };
	};
	const blank = () => visit("/");
	const open = async (options: BootOptions): Promise<Tab> => {
		const tab = await blank();
		await tab.page.evaluate((o) => window.harness.boot(o), options);
		return { ...tab, options };
	};
	return { blank, open, canvas: () => visit("/canvas.html") };
}

function watch(page: Page): string[] {
	const errors: string[] = [];
	page.on("console", (message) => {
		if (message.type() === "error") errors.push(`console.error: ${message.text()} (${message.location().url})`);
	});
	page.on("pageerror", (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));
	page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`));
	return errors;
}
