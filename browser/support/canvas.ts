/**
 * Draws a canvas file on the map page: the page fetches each file node's note from `/vault/…`,
 * answered here from the vault folder the canvas was written in (a note the vault lacks is a 404,
 * which the page records as an error).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Theme } from "../runtime/api";
import type { Tab } from "./session";

export async function drawCanvas(tab: Tab, vault: string, canvasPath: string, theme: Theme): Promise<void> {
	await tab.page.route("**/vault/**", async (route) => {
		const path = decodeURIComponent(new URL(route.request().url()).pathname.slice("/vault/".length));
		const text = await readFile(join(vault, path), "utf8").catch(() => undefined);
		if (text === undefined) await route.fulfill({ status: 404, body: `no note ${path}` });
		else await route.fulfill({ status: 200, contentType: "text/markdown; charset=utf-8", body: text });
	});
	const canvas: unknown = JSON.parse(await readFile(join(vault, canvasPath), "utf8"));
	await tab.page.evaluate((options) => window.canvasHarness.draw(options as never), { canvas, theme });
}
