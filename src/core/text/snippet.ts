/**
 * A snippet of context around a span of a text, for showing a match where it stands: the text
 * before and after it on the same line, cut to a few characters with an ellipsis.
 */

/** The span and its context, to render as `before` + highlighted `match` + `after`. */
export interface Snippet {
	readonly before: string;
	readonly match: string;
	readonly after: string;
}

/** The context of `[from, to)` in `text`: at most `radius` code units each side, never past the line. */
export function snippetAround(text: string, from: number, to: number, radius = 30): Snippet {
	const lineStart = text.lastIndexOf("\n", from - 1) + 1;
	const newline = text.indexOf("\n", to);
	const lineEnd = newline === -1 ? text.length : newline;
	const start = Math.max(lineStart, from - radius);
	const end = Math.min(lineEnd, to + radius);
	const before = text.slice(start, from).trimStart();
	const after = text.slice(to, end).replace(/\r$/, "").trimEnd();
	return { before: (start > lineStart ? "…" : "") + before, match: text.slice(from, to), after: after + (end < lineEnd ? "…" : "") };
}

export const SNIPPET_EXAMPLES: readonly { readonly text: string; readonly from: number; readonly to: number; readonly radius: number; readonly snippet: Snippet }[] = [
	{ text: "由DeepSeek開發", from: 1, to: 9, radius: 30, snippet: { before: "由", match: "DeepSeek", after: "開發" } },
	{ text: "line one\n  by ASPI here\r\nnext", from: 14, to: 18, radius: 30, snippet: { before: "by ", match: "ASPI", after: " here" } },
	{ text: "0123456789ASPI0123456789", from: 10, to: 14, radius: 4, snippet: { before: "…6789", match: "ASPI", after: "0123…" } },
];
