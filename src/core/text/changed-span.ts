/**
 * The one span that differs between two texts: what an editor needs to turn `before` into `after`
 * with a single change (so undo takes it back in one step and the cursor outside it stays put).
 * Found from the common prefix and suffix; never splits a surrogate pair.
 */

/** Replace `[from, to)` of the old text with `text`. */
export interface TextChange {
	readonly from: number;
	readonly to: number;
	readonly text: string;
}

/** The single change from `before` to `after`, or null when they are equal. */
export function changedSpan(before: string, after: string): TextChange | null {
	if (before === after) return null;
	const limit = Math.min(before.length, after.length);
	let start = 0;
	while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
	if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
	let end = 0;
	while (end < limit - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
	if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
	return { from: start, to: before.length - end, text: after.slice(start, after.length - end) };
}

function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}

export const CHANGED_SPAN_EXAMPLES: readonly { readonly before: string; readonly after: string; readonly change: TextChange | null }[] = [
	{ before: "same", after: "same", change: null },
	{ before: "由DeepSeek開發", after: "由[[DeepSeek]]開發", change: { from: 1, to: 9, text: "[[DeepSeek]]" } },
	{ before: "a 星門 b 星門", after: "a [[Stargate|星門]] b 星門", change: { from: 2, to: 4, text: "[[Stargate|星門]]" } },
	{ before: "abc", after: "", change: { from: 0, to: 3, text: "" } },
	{ before: "", after: "abc", change: { from: 0, to: 0, text: "abc" } },
	{ before: "aXa", after: "aYa", change: { from: 1, to: 2, text: "Y" } },
	{ before: "\u{20000}", after: "\u{20001}", change: { from: 0, to: 2, text: "\u{20001}" } },
];
