/**
 * A view under test is described once (`ViewSpec`: how to open it, where it shows, what to measure)
 * and `describeView` turns the description into the standard tests: open it in each theme and
 * language, run every check, and write the screenshots the README shows. Click-through tests use
 * `interact`, which opens the view, runs the steps and then runs every check on the result.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { PAYLOAD_VAULT } from "../fixtures/vault";
import type { AppLanguage, BootOptions, Theme } from "../runtime/api";
import { repoRoot } from "./build";
import { expectHealthy, widen, type Place } from "./checks";
import { VIEWPORT } from "./chromium";
import { useBrowser, type Session, type Tab } from "./session";

export interface ViewSpec {
	/** Names the tests and the screenshots: `docs/<name>-<theme>[-<language>].png`. */
	readonly name: string;
	readonly place: Place;
	/** The element holding the view; the checks measure inside it. */
	readonly root: string;
	/** The element to photograph; the view's place (main area, sidebar, modal) by default. */
	readonly frame?: string;
	/** Opens the view in a booted page and returns when it is drawn. */
	open(tab: Tab): Promise<void>;
	/**
	 * The view shows notes' text (questions, titles, aliases, lines): its standard tests add one over
	 * the payload vault, where the payloads must show as text and never run.
	 */
	readonly showsVaultText: boolean;
	/** Languages the standard tests run in; English and Traditional Chinese by default. */
	readonly languages?: readonly AppLanguage[];
	/** Which theme × language runs also write a screenshot; light and dark in English by default. */
	readonly screenshots?: readonly { readonly theme: Theme; readonly language: AppLanguage }[];
	/** Boot options beyond theme and language (another vault, stored settings); the demo vault by default. */
	readonly boot?: Omit<BootOptions, "theme" | "language">;
}

const THEMES: readonly Theme[] = ["light", "dark"];
const DEFAULT_SHOTS = [
	{ theme: "light", language: "en" },
	{ theme: "dark", language: "en" },
] as const;

/** `docs/settings-light.png`, `docs/panel-dark-zh-tw.png`, … */
export function screenshotPath(name: string, theme: Theme, language: AppLanguage): string {
	const suffix = language === "en" ? "" : `-${language.toLowerCase()}`;
	return join(repoRoot, "docs", `${name}-${theme}${suffix}.png`);
}

const FRAMES: Record<Place, string> = {
	main: '[data-host="main"]',
	sidebar: '[data-host="sidebar"]',
	modal: ".modal",
};

/** Boots a page in `theme` and `language` and opens the view in it. */
export async function openView(session: Session, spec: ViewSpec, theme: Theme, language: AppLanguage): Promise<Tab> {
	const tab = await session.open({ ...spec.boot, theme, language });
	await spec.open(tab);
	return tab;
}

/** The standard tests of a view; `more` adds its click-through tests to the same file and browser. */
export function describeView(spec: ViewSpec, more?: (session: Session) => void): void {
	describe(spec.name, () => {
		const session = useBrowser();
		for (const language of spec.languages ?? ["en", "zh-TW"]) {
			for (const theme of THEMES) {
				it(`opens in the ${theme} theme in ${language}: readable, no overflow, no errors`, async () => {
					const tab = await openView(session, spec, theme, language);
					await expectHealthy(tab, spec);
					// Only a view that passed is photographed, at the width a person usually sees it.
					const shot = (spec.screenshots ?? DEFAULT_SHOTS).some((s) => s.theme === theme && s.language === language);
					if (shot) {
						await widen(tab, spec.place);
						await photograph(tab, spec, screenshotPath(spec.name, theme, language));
					}
				});
			}
		}
		if (spec.showsVaultText) {
			it("shows the HTML planted in the payload vault as text, and never runs it", async () => {
				const tab = await session.open({ ...spec.boot, files: PAYLOAD_VAULT, theme: "light", language: "en" });
				await spec.open(tab);
				await expectHealthy(tab, spec);
			});
		}
		more?.(session);
	});
}

/**
 * A click-through test: boots a page (light, English unless `options` says otherwise), opens the
 * view, runs `steps`, then runs every check on the page the steps left.
 */
export async function interact(session: Session, spec: ViewSpec, options: { theme?: Theme; language?: AppLanguage }, steps: (tab: Tab) => Promise<void>): Promise<void> {
	const tab = await openView(session, spec, options.theme ?? "light", options.language ?? "en");
	await steps(tab);
	await expectHealthy(tab, spec);
}

async function photograph(tab: Tab, spec: ViewSpec, path: string): Promise<void> {
	mkdirSync(join(repoRoot, "docs"), { recursive: true });
	// A long dialog or settings tab scrolls inside the window; the picture shows all of it, as a taller window would.
	const scroller = spec.place === "modal" ? ".modal" : spec.root;
	const height = await tab.page.evaluate((selector) => document.querySelector(selector)?.scrollHeight ?? 0, scroller);
	if (height + 80 > VIEWPORT.height) await tab.page.setViewportSize({ width: VIEWPORT.width, height: height + 80 });
	await tab.page.evaluate(() => window.harness.settle());
	await tab.page.locator(spec.frame ?? FRAMES[spec.place]).first().screenshot({ path, animations: "disabled" });
}
