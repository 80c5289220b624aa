/**
 * Fetching an article page, only when the user asks. The network sits behind a one-function port
 * (`PageFetcher`) so tests can serve fixture pages from a local server; the plugin's implementation
 * is `requestUrl`. Every failure becomes a reason the form can show.
 */
import { requestUrl } from "obsidian";
import { readPage, type PageMetadata } from "../../core/analysis";

/** What a GET of the page returned. */
export interface FetchedPage {
	readonly status: number;
	/** The `Content-Type` header, or empty. */
	readonly contentType: string;
	readonly text: string;
}

/** Gets a page; rejects when the page cannot be reached at all. */
export type PageFetcher = (url: string) => Promise<FetchedPage>;

/** Obsidian's `requestUrl` (no CORS limits, works on mobile), without throwing on HTTP errors. */
export const requestUrlFetcher: PageFetcher = async (url) => {
	const response = await requestUrl({ url, method: "GET", throw: false });
	const header = Object.entries(response.headers).find(([name]) => name.toLowerCase() === "content-type");
	return { status: response.status, contentType: header?.[1] ?? "", text: response.status < 400 ? response.text : "" };
};

/** Why a page could not pre-fill the form. */
export type FetchFailure =
	| { readonly reason: "offline" }
	| { readonly reason: "status"; readonly status: number }
	| { readonly reason: "not-html"; readonly type: string }
	| { readonly reason: "timeout"; readonly seconds: number };

export type FetchOutcome = { readonly ok: true; readonly page: PageMetadata } | { readonly ok: false; readonly failure: FetchFailure };

/** Fetches `url` and reads its metadata, giving up after `timeoutMs`. */
export async function fetchPageMetadata(fetcher: PageFetcher, url: string, timeoutMs: number): Promise<FetchOutcome> {
	let timer = 0;
	const timeout = new Promise<"timeout">((resolve) => (timer = window.setTimeout(() => resolve("timeout"), timeoutMs)));
	try {
		const fetched = await Promise.race([fetcher(url), timeout]);
		if (fetched === "timeout") return { ok: false, failure: { reason: "timeout", seconds: Math.round(timeoutMs / 100) / 10 } };
		if (fetched.status >= 400) return { ok: false, failure: { reason: "status", status: fetched.status } };
		const type = fetched.contentType.split(";")[0]?.trim().toLowerCase() ?? "";
		if (type !== "" && type !== "text/html" && type !== "application/xhtml+xml") return { ok: false, failure: { reason: "not-html", type } };
		return { ok: true, page: readPage(fetched.text) };
	} catch {
		return { ok: false, failure: { reason: "offline" } };
	} finally {
		window.clearTimeout(timer);
	}
}
