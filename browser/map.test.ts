/**
 * The demo's map: `npm run demo`'s own steps write a JSON Canvas file for one of its entities
 * (demo/steps.mjs, over a fresh copy of demo/notes); the map page draws that file with a JSON
 * Canvas viewer, as a reader opening it would see it, and the README shows the pictures.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./support/build";
import { drawCanvas } from "./support/canvas";
import { expectCjkFonts } from "./support/checks";
import { runDemo, type DemoVault } from "./support/demo";
import { useBrowser } from "./support/session";

interface CanvasNode {
	readonly id: string;
	readonly type: string;
}

describe("map", () => {
	const session = useBrowser();
	let demo: DemoVault | undefined;
	beforeAll(() => {
		demo = runDemo();
	});
	afterAll(() => demo?.remove());

	/** The canvas files the demo wrote, vault-relative. */
	const maps = (): string[] => Object.keys(demo!.files()).filter((path) => path.endsWith(".canvas"));

	it("is written by the demo, which prints where", () => {
		expect(maps()).not.toEqual([]);
		for (const path of maps()) expect(demo!.printed.join("\n")).toContain(path);
	});

	for (const theme of ["light", "dark"] as const) {
		it(`draws every node of the demo's map in the ${theme} theme, each file node showing its note`, async () => {
			const [map] = maps();
			const tab = await session.canvas();
			await drawCanvas(tab, demo!.folder, map!, theme);
			const nodes = (JSON.parse(readFileSync(join(demo!.folder, map!), "utf8")) as { nodes: CanvasNode[] }).nodes;
			const drawn = await tab.page.locator(".JCV-overlay-container").evaluateAll((els) => els.map((el) => el.id));
			expect(drawn.sort()).toEqual(nodes.filter((n) => n.type === "text" || n.type === "file").map((n) => n.id).sort());
			await expectCjkFonts(tab, ".harness-canvas");
			expect(tab.errors, `console errors:\n${tab.errors.join("\n")}`).toEqual([]);
			await tab.page.screenshot({ path: join(repoRoot, "docs", `map-${theme}.png`) });
		});
	}
});
