/**
 * A local HTTP server on 127.0.0.1 serving fixture pages, and a `PageFetcher` backed by Node's
 * `http` — so the "New analysis from URL" tests never touch the internet.
 */
import { get, createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { PageFetcher } from "../../src/plugin/analysis/fetch";

/** A fixture: status, content type and body; `hang` never answers. */
export interface Fixture {
	readonly status?: number;
	readonly type?: string;
	readonly body?: string;
	readonly hang?: boolean;
}

export interface PageServer {
	/** `http://127.0.0.1:PORT` */
	readonly base: string;
	readonly close: () => Promise<void>;
	/** Paths requested so far. */
	readonly requests: string[];
}

export async function servePages(pages: Readonly<Record<string, Fixture>>): Promise<PageServer> {
	const requests: string[] = [];
	const server: Server = createServer((request, response) => {
		const path = request.url ?? "/";
		requests.push(path);
		const page = pages[path];
		if (page?.hang) return;
		response.writeHead(page?.status ?? (page ? 200 : 404), { "Content-Type": page?.type ?? "text/html; charset=utf-8" });
		response.end(page?.body ?? "not found");
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const { port } = server.address() as AddressInfo;
	return {
		base: `http://127.0.0.1:${port}`,
		requests,
		close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
	};
}

/** A port that is certainly closed: one a server listened on and let go. */
export async function closedPort(): Promise<string> {
	const server = await servePages({});
	await server.close();
	return server.base;
}

/** Gets a page with Node's `http`, as `requestUrl` would (no throw on HTTP errors). */
export const nodeFetcher: PageFetcher = (url) =>
	new Promise((resolve, reject) => {
		const request = get(url, (response) => {
			let text = "";
			response.setEncoding("utf8");
			response.on("data", (chunk: string) => (text += chunk));
			response.on("end", () => resolve({ status: response.statusCode ?? 0, contentType: String(response.headers["content-type"] ?? ""), text }));
		});
		request.on("error", reject);
	});
