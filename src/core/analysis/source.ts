/**
 * Source URLs: checking what the user typed is a web address, and comparing two addresses the way a
 * researcher would (same article whatever the tracking parameters, `www.`, `http`/`https` or trailing
 * slash), to find an analysis of the same article. One unit with its examples.
 */
import { fail, ok, type Result } from "./model";

/** Parameters that only track where a click came from. */
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|igshid|spm|from)$/i;

/** A web address the user typed: trimmed, `https://` added when no scheme was given. */
export function readSourceUrl(input: string): Result<string> {
	const trimmed = input.trim();
	if (trimmed === "") return ok("");
	const withScheme = /^[a-z][a-z\d+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
	try {
		const url = new URL(withScheme);
		if (url.protocol !== "http:" && url.protocol !== "https:") return fail({ kind: "bad-url", input });
		if (!url.hostname.includes(".") && url.hostname !== "localhost" && !/^\d+\.\d+\.\d+\.\d+$/.test(url.hostname)) return fail({ kind: "bad-url", input });
		return ok(withScheme);
	} catch {
		return fail({ kind: "bad-url", input });
	}
}

/** The form of a URL used to compare two articles. */
export function sourceKey(input: string): string {
	try {
		const url = new URL(input.trim());
		const params = [...url.searchParams].filter(([name]) => !TRACKING.test(name)).sort(([a], [b]) => a.localeCompare(b));
		const query = params.map(([k, v]) => `${k}=${v}`).join("&");
		const host = url.hostname.toLowerCase().replace(/^www\./, "");
		return `${host}${url.pathname.replace(/\/+$/, "")}${query ? `?${query}` : ""}`;
	} catch {
		return input.trim().toLowerCase();
	}
}

/** The first note whose `source` is the same article as `url`, or `null`. */
export function findBySource(notes: readonly { readonly path: string; readonly source: string }[], url: string): string | null {
	if (url.trim() === "") return null;
	const wanted = sourceKey(url);
	return notes.find((n) => n.source.trim() !== "" && sourceKey(n.source) === wanted)?.path ?? null;
}

/** Examples: two addresses and whether they are the same article. */
export const SOURCE_EXAMPLES: readonly { readonly a: string; readonly b: string; readonly same: boolean }[] = [
	{ a: "https://big5.ftchinese.com/story/001108363", b: "http://big5.ftchinese.com/story/001108363/", same: true },
	{ a: "https://www.example.org/a?utm_source=x&id=2", b: "https://example.org/a?id=2", same: true },
	{ a: "https://example.org/a#comments", b: "https://example.org/a", same: true },
	{ a: "https://example.org/a?id=2", b: "https://example.org/a?id=3", same: false },
	{ a: "https://example.org/story/1", b: "https://example.org/story/10", same: false },
];
