/**
 * The checks every scenario must pass, in the state the scenario left the page in: no console
 * errors, no horizontal overflow at a 300-pixel width, readable text in the current theme, Chinese
 * shown in a CJK font, and no HTML payload ever run — in the payload vault, shown as text.
 */
import { expect } from "vitest";
import { DEMO_VAULT, plantsPayloads } from "../fixtures/vault";
import { VIEWPORT } from "./chromium";
import type { Tab } from "./session";

/** The width Obsidian's right sidebar often has, and the narrowest a view must work at. */
export const NARROW = 300;

/** Families of the CJK fonts a person reading Chinese would see (Debian: fonts-noto-cjk). */
const CJK_FONT = /CJK|Source Han|PingFang|Hiragino|YaHei|JhengHei|Heiti|Songti|WenQuanYi|Droid Sans Fallback/i;

/** Where a view shows. A modal is measured by making the window 300 pixels plus its margins wide. */
export type Place = "main" | "sidebar" | "modal";

export interface CheckOptions {
	/** The element that holds the view; overflow, contrast and fonts are measured inside it. */
	readonly root: string;
	readonly place: Place;
	/** The root shows notes' text, so in a vault that plants payloads one must appear in it as text. */
	readonly showsVaultText: boolean;
}

export async function expectHealthy(tab: Tab, options: CheckOptions): Promise<void> {
	await narrow(tab, options.place);
	// A view may redraw on a timer (debounced index updates): measure the page it settles on.
	await tab.page.evaluate(() => window.harnessProbes.still(250, 5000));
	await expectNoOverflow(tab, options.root);
	await expectReadable(tab, options.root);
	await expectCjkFonts(tab, options.root);
	await expectPayloadInert(tab, options);
	expect(tab.errors, `console errors:\n${tab.errors.join("\n")}`).toEqual([]);
}

/**
 * Makes the view's place 300 pixels wide. The sidebar is that narrow on a desktop; the main area
 * and a modal only on a phone, so for them the page also takes Obsidian's phone classes.
 */
export async function narrow(tab: Tab, place: Place): Promise<void> {
	if (place === "modal") await tab.page.setViewportSize({ width: NARROW + 32, height: VIEWPORT.height });
	else await tab.page.evaluate(([host, px]) => window.harness.setWidth(host, px), [place, NARROW] as const);
	await tab.page.evaluate((phone) => {
		document.body.toggleClass("is-mobile", phone);
		document.body.toggleClass("is-phone", phone);
	}, place !== "sidebar");
	await tab.page.evaluate(() => window.harness.settle());
}

/** Gives the view's place its usual width back (the page's defaults), for a screenshot. */
export async function widen(tab: Tab, place: Place): Promise<void> {
	if (place === "modal") await tab.page.setViewportSize(VIEWPORT);
	else await tab.page.evaluate(([host, px]) => window.harness.setWidth(host, px), [place, USUAL_WIDTH[place]] as const);
	await tab.page.evaluate(() => document.body.removeClasses(["is-mobile", "is-phone"]));
	await tab.page.evaluate(() => window.harness.settle());
}

/** The hosts' widths before any check narrows them (see obsidian-theme.css). */
const USUAL_WIDTH = { main: 720, sidebar: 300 } as const;

export async function expectNoOverflow(tab: Tab, root: string): Promise<void> {
	const found = await tab.page.evaluate((selector) => window.harnessProbes.overflow(selector), root);
	expect(found, `elements wider than their box at ${NARROW}px: ${JSON.stringify(found, null, 1)}`).toEqual([]);
}

export async function expectReadable(tab: Tab, root: string): Promise<void> {
	const report = await tab.page.evaluate((selector) => window.harnessProbes.contrast(selector), root);
	expect(report.checked, "visible text elements measured").toBeGreaterThan(0);
	expect(report.failures, `text below its contrast floor (${tab.options.theme} theme): ${JSON.stringify(report.failures, null, 1)}`).toEqual([]);
}

/** Every element showing Han characters is drawn with a CJK font; a Chinese interface shows some. */
export async function expectCjkFonts(tab: Tab, root: string): Promise<void> {
	const count = await tab.page.evaluate((selector) => window.harnessProbes.markCjk(selector), root);
	try {
		if (tab.options.language !== "en") expect(count, "elements showing Chinese text").toBeGreaterThan(0);
		const fonts = await fontsOfMarked(tab);
		const without = fonts.filter((f) => !f.families.some((family) => CJK_FONT.test(family)));
		expect(without, `Chinese text drawn without a CJK font: ${JSON.stringify(without, null, 1)}`).toEqual([]);
	} finally {
		await tab.page.evaluate(() => window.harnessProbes.unmarkCjk());
	}
}

/** The fonts Chromium used for each marked element's text (DevTools protocol). */
async function fontsOfMarked(tab: Tab): Promise<{ text: string; families: string[] }[]> {
	const { root } = await tab.cdp.send("DOM.getDocument", { depth: 0 });
	const { nodeIds } = await tab.cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: "[data-harness-cjk]" });
	await tab.cdp.send("CSS.enable");
	const result: { text: string; families: string[] }[] = [];
	for (const nodeId of nodeIds) {
		const { fonts } = await tab.cdp.send("CSS.getPlatformFontsForNode", { nodeId });
		const { outerHTML } = await tab.cdp.send("DOM.getOuterHTML", { nodeId });
		result.push({ text: outerHTML.slice(0, 80), families: fonts.map((f) => f.familyName) });
	}
	return result;
}

/**
 * No payload ran or became an `<img>`, in any vault. In a vault that plants payloads, a view that
 * shows notes' text must show one as text: a view that dropped or mangled them would prove nothing.
 */
export async function expectPayloadInert(tab: Tab, options: Pick<CheckOptions, "root" | "showsVaultText">): Promise<void> {
	const report = await tab.page.evaluate((selector) => window.harnessProbes.payload(selector), options.root);
	expect(report.ran, "a payload from the vault ran").toBeNull();
	expect(report.images, "payload <img> elements in the page").toBe(0);
	if (options.showsVaultText && plantsPayloads(tab.options.files ?? DEMO_VAULT)) expect(report.shownAsText, "the payload shown as text").toBe(true);
}
