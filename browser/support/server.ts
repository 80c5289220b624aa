/**
 * A static server on 127.0.0.1 (a free port) for the pages: the harness page and theme, the map
 * page, the runtime bundles built for this run, and the plugin's release files (main.js,
 * manifest.json, styles.css) read from the repository at request time. Nothing else is served; an
 * unknown path is a 404 (a console error).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { repoRoot } from "./build";

export interface Served {
	readonly url: string;
	close(): Promise<void>;
}

const TYPES: Record<string, string> = {
	".html": "text/html; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".js": "text/javascript; charset=utf-8",
	".json": "application/json; charset=utf-8",
};

/** URL path → file under the repository. */
const FILES: Record<string, string> = {
	"/": "browser/page/index.html",
	"/canvas.html": "browser/page/canvas.html",
	"/obsidian-theme.css": "browser/page/obsidian-theme.css",
	"/main.js": "main.js",
	"/manifest.json": "manifest.json",
	"/styles.css": "styles.css",
};

/** `scripts`: URL path → a script built in memory (`/harness.js`, `/canvas.js`). */
export async function serve(scripts: Readonly<Record<string, string>>): Promise<Served> {
	const server: Server = createServer((request, response) => {
		const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
		const send = (status: number, type: string, body: string | Buffer) => {
			response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
			response.end(body);
		};
		const script = scripts[path];
		if (script !== undefined) return send(200, TYPES[".js"]!, script);
		const file = FILES[path];
		if (!file) return send(404, "text/plain", `not served: ${path}`);
		readFile(join(repoRoot, file)).then(
			(body) => send(200, TYPES[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream", body),
			() => send(404, "text/plain", `missing: ${file}`),
		);
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
