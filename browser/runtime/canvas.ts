/**
 * The map page: a JSON Canvas file drawn by json-canvas-viewer, an MIT renderer of the open JSON
 * Canvas 1.0 format, roughly as Obsidian's canvas shows it — groups, edges with their labels, text
 * nodes as Markdown, and each file node showing its note (frontmatter left out). The viewer fetches
 * a note from `/vault/<its path>`, which the test answers from the vault it wrote (see
 * `support/canvas.ts`); nothing else is fetched. Exposes `window.canvasHarness`.
 */
import { JSONCanvasViewer, parser, type JSONCanvas } from "json-canvas-viewer";
import { setup } from "obsidian-test-mocks/setup";
import type { Theme } from "./api";
import { installProbes } from "./probes";

export interface DrawOptions {
	/** The canvas file's JSON, as Dossier wrote it. */
	readonly canvas: JSONCanvas;
	readonly theme: Theme;
}

export interface CanvasHarness {
	/** Draws the canvas to fit the window and resolves once every node's content is shown. */
	draw(options: DrawOptions): Promise<void>;
}

declare global {
	interface Window {
		canvasHarness: CanvasHarness;
	}
}

/**
 * Obsidian's wikilinks, which Markdown alone shows as brackets: `[[target#heading|display]]`.
 * Obsidian shows the display text (else the target) as a link; so does the map page.
 */
const WIKILINK = /!?\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|([^\]]+))?\]\]/g;

/** The viewer's Markdown (marked, then DOMPurify) after the wikilinks are made plain links. */
const obsidianMarkdown = (markdown: string): string | Promise<string> =>
	parser(markdown.replace(WIKILINK, (_link, target: string, display: string | undefined) => `[${display ?? target}](#)`));

/** Where the page fetches a vault's note: `/vault/Entities/DeepSeek.md`. */
export const vaultUrl = (path: string): string => "/vault/" + path.split("/").map(encodeURIComponent).join("/");

/** The viewer finds a file node's content by the file's name (no folder): name → where to fetch it. */
function attachments(canvas: JSONCanvas): Record<string, string> {
	const byName: Record<string, string> = {};
	for (const node of canvas.nodes ?? []) {
		if (node.type === "file") byName[node.file.split("/").pop() ?? node.file] = vaultUrl(node.file);
	}
	return byName;
}

async function draw({ canvas, theme }: DrawOptions): Promise<void> {
	const container = document.body.createDiv({ cls: "harness-canvas" });
	// The viewer edits the nodes it is given (a file node's path becomes its content's address): give it a copy.
	const copy = JSON.parse(JSON.stringify(canvas)) as JSONCanvas;
	new JSONCanvasViewer({ container, canvas: copy, parser: obsidianMarkdown, theme, attachments: attachments(canvas) });
	const shown = (canvas.nodes ?? []).filter((node) => node.type === "text" || node.type === "file").length;
	const loaded = () => {
		const wrappers = [...container.querySelectorAll(".JCV-parsed-content-wrapper")];
		return wrappers.length === shown && wrappers.every((el) => el.textContent !== "Loading...");
	};
	for (let waited = 0; !loaded(); waited += 20) {
		if (waited > 5000) throw new Error("the canvas's nodes were not all drawn within 5 s");
		await new Promise((resolve) => window.setTimeout(resolve, 20));
	}
	await new Promise((resolve) => requestAnimationFrame(resolve));
}

// Obsidian's DOM helpers (`createDiv`, …), which the probes use too.
setup();
installProbes();
window.canvasHarness = { draw };
