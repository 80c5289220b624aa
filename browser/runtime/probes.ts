/**
 * Measurements the tests take inside the page, from the layout and computed styles Chromium
 * produced: horizontal overflow, text contrast, which elements hold Chinese text, and whether the
 * payload vault's HTML payloads were ever turned into markup. Each returns plain data; the tests judge.
 */

/** An element that is wider than the box it is shown in. */
export interface Overflow {
	readonly path: string;
	readonly scrollWidth: number;
	readonly clientWidth: number;
	/** Its left and right edges, in pixels from the left edge of the box it must fit in. */
	readonly left: number;
	readonly right: number;
}

/** A text element whose colour against its effective background is below its floor. */
export interface LowContrast {
	readonly path: string;
	readonly text: string;
	readonly ratio: number;
	readonly floor: number;
	readonly color: string;
	readonly background: string;
}

export interface ContrastReport {
	/** How many visible text elements were measured. */
	readonly checked: number;
	readonly failures: readonly LowContrast[];
}

export interface PayloadReport {
	/** `window.dossierPayloadRan`: where a payload ran, if one did. */
	readonly ran: string | null;
	/** `<img src="x">` elements anywhere in the document: a payload turned into markup. */
	readonly images: number;
	/** Whether the root's rendered text shows a payload as text. */
	readonly shownAsText: boolean;
}

export interface Probes {
	overflow(selector: string): Overflow[];
	contrast(selector: string): ContrastReport;
	/** Marks elements under the root that show Han characters with `data-harness-cjk`; returns how many. */
	markCjk(selector: string): number;
	unmarkCjk(): void;
	payload(selector: string): PayloadReport;
	/**
	 * Resolves once the page has not changed (no DOM mutation) for `quietMs`, so a view that redraws
	 * on a timer is measured as it ends up. Rejects after `limitMs` if it never stops changing.
	 */
	still(quietMs: number, limitMs: number): Promise<void>;
}

declare global {
	interface Window {
		harnessProbes: Probes;
	}
}

function root(selector: string): HTMLElement {
	const el = document.querySelector<HTMLElement>(selector);
	if (!el) throw new Error(`nothing matches ${selector}`);
	return el;
}

function visible(el: Element): boolean {
	const style = getComputedStyle(el);
	// `checkVisibility` also knows what is not drawn for its ancestors' sake: a closed <details>'s content.
	return el.getClientRects().length > 0 && style.visibility !== "hidden" && style.display !== "none" && el.checkVisibility();
}

/** A short CSS path for messages: tag.class1.class2 > … from the root. */
function pathOf(el: Element): string {
	const parts: string[] = [];
	for (let node: Element | null = el; node && node !== document.body && parts.length < 4; node = node.parentElement) {
		parts.unshift(node.tagName.toLowerCase() + [...node.classList].slice(0, 2).map((c) => "." + c).join(""));
	}
	return parts.join(" > ");
}

function* within(rootEl: HTMLElement): Generator<HTMLElement> {
	yield rootEl;
	for (const el of rootEl.querySelectorAll<HTMLElement>("*")) yield el;
}

/**
 * Content that is wider than its box scrolls or is cut off: an element whose scrollWidth exceeds
 * its clientWidth, or one that sticks out of the root's box on either side (content pushed out to
 * the left, e.g. by `justify-content: flex-end`, does not count in scrollWidth). Two cases are by
 * design and skipped: a text field's value scrolling inside it, and text cut short with an ellipsis.
 */
function overflow(selector: string): Overflow[] {
	const rootEl = root(selector);
	const box = rootEl.getBoundingClientRect();
	const parent = rootEl.parentElement?.getBoundingClientRect();
	const found: Overflow[] = [];
	for (const el of within(rootEl)) {
		if (!visible(el) || el.matches("input, textarea")) continue;
		const style = getComputedStyle(el);
		if (style.textOverflow === "ellipsis" && style.overflowX !== "visible") continue;
		const rect = el.getBoundingClientRect();
		const outer = el === rootEl ? parent : box;
		const sticksOut = outer !== undefined && rect.width > 0 && (rect.left < outer.left - 0.5 || rect.right > outer.right + 0.5);
		if ((el.scrollWidth > el.clientWidth && el.clientWidth > 0) || sticksOut) {
			found.push({ path: pathOf(el), scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, left: Math.round(rect.left - (outer?.left ?? 0)), right: Math.round(rect.right - (outer?.left ?? 0)) });
		}
	}
	return found;
}

type RGBA = readonly [number, number, number, number];

function parseColor(value: string): RGBA {
	const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value);
	if (!m) throw new Error(`cannot read the colour "${value}"`);
	return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
}

/** `top` painted over `bottom` (both straight alpha); the result is opaque when `bottom` is. */
function over(top: RGBA, bottom: RGBA): RGBA {
	const a = top[3] + bottom[3] * (1 - top[3]);
	if (a === 0) return [0, 0, 0, 0];
	const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
	return [mix(0), mix(1), mix(2), a];
}

/** The colour behind an element: its own and its ancestors' backgrounds, composited, on white. */
function backgroundOf(el: Element): RGBA {
	const layers: RGBA[] = [];
	for (let node: Element | null = el; node; node = node.parentElement) {
		const bg = parseColor(getComputedStyle(node).backgroundColor);
		if (bg[3] > 0) layers.push(bg);
		if (bg[3] === 1) break;
	}
	return layers.reduceRight<RGBA>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** Product of the element's and its ancestors' opacity. */
function opacityOf(el: Element): number {
	let opacity = 1;
	for (let node: Element | null = el; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
	return opacity;
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance([r, g, b]: RGBA): number {
	const lin = (c: number) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
	};
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function ratio(a: RGBA, b: RGBA): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** The computed colour a CSS variable resolves to under `host`. */
function resolved(host: HTMLElement, variable: string): string {
	const probe = host.createSpan({ attr: { style: `color: var(${variable})` } });
	const color = getComputedStyle(probe).color;
	probe.remove();
	return color;
}

function ownText(el: Element): string {
	if (el instanceof HTMLSelectElement) return el.selectedOptions[0]?.text ?? "";
	if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value;
	return [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? "").join("").trim();
}

/**
 * Every visible text element under the root, against its effective background. Text in the
 * theme's main tiers (normal, muted, error, …) needs 4.5:1. Two tiers are Obsidian's own and not
 * the plugin's to change: `--text-faint` (decorative by design, below 3:1 in the default theme)
 * is not measured, and the accent (`--text-accent`, white on `--interactive-accent`, about 4.3:1
 * in the default light theme) needs 3:1. Placeholders and disabled controls are not text to read.
 */
function contrast(selector: string): ContrastReport {
	const rootEl = root(selector);
	const faint = resolved(rootEl, "--text-faint");
	const accent = new Set(["--text-accent", "--text-accent-hover", "--text-on-accent"].map((v) => resolved(rootEl, v)));
	const failures: LowContrast[] = [];
	let checked = 0;
	for (const el of within(rootEl)) {
		const text = ownText(el);
		if (text === "" || !visible(el) || el.closest(".is-disabled, [disabled]")) continue;
		const style = getComputedStyle(el);
		if (style.color === faint) continue;
		const floor = accent.has(style.color) ? 3 : 4.5;
		const background = backgroundOf(el);
		const [r, g, b, a] = parseColor(style.color);
		const color = over([r, g, b, a * opacityOf(el)], background);
		const measured = ratio(color, background);
		checked++;
		if (measured < floor) {
			failures.push({ path: pathOf(el), text: text.slice(0, 60), ratio: Math.round(measured * 100) / 100, floor, color: style.color, background: `rgba(${background.map((c) => Math.round(c * 100) / 100).join(", ")})` });
		}
	}
	return { checked, failures };
}

const HAN = /\p{Script=Han}/u;

function markCjk(selector: string): number {
	let count = 0;
	for (const el of within(root(selector))) {
		if (el instanceof HTMLSelectElement || !visible(el) || !HAN.test(ownText(el))) continue;
		el.setAttribute("data-harness-cjk", String(count++));
	}
	return count;
}

function unmarkCjk(): void {
	for (const el of document.querySelectorAll("[data-harness-cjk]")) el.removeAttribute("data-harness-cjk");
}

function payload(selector: string): PayloadReport {
	return {
		ran: window.dossierPayloadRan ?? null,
		images: document.querySelectorAll('img[src="x"]').length,
		shownAsText: root(selector).innerText.includes("<img src=x onerror="),
	};
}

function still(quietMs: number, limitMs: number): Promise<void> {
	return new Promise((resolve, reject) => {
		let timer = window.setTimeout(done, quietMs);
		const limit = window.setTimeout(() => {
			observer.disconnect();
			window.clearTimeout(timer);
			reject(new Error(`the page kept changing for ${limitMs} ms`));
		}, limitMs);
		const observer = new MutationObserver(() => {
			window.clearTimeout(timer);
			timer = window.setTimeout(done, quietMs);
		});
		observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
		function done(): void {
			observer.disconnect();
			window.clearTimeout(limit);
			resolve();
		}
	});
}

export function installProbes(): void {
	window.harnessProbes = { overflow, contrast, markCjk, unmarkCjk, payload, still };
}
