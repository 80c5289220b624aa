/**
 * One line of a text, by zero-based number, and a minimal edit that replaces one line's content
 * while keeping its line ending (`\n` or `\r\n`) and every other character of the text.
 */

/** `[from, to)` of line `n`'s content, without its `\n` or `\r\n`; `null` past the end. */
export function lineRange(text: string, lineStarts: readonly number[], n: number): { readonly from: number; readonly to: number } | null {
	const from = lineStarts[n];
	if (from === undefined) return null;
	const next = lineStarts[n + 1];
	let to = next === undefined ? text.length : next - 1;
	if (to > from && text.charCodeAt(to - 1) === 13) to -= 1;
	return { from, to };
}

/** Line `n`'s content without its line ending, or `""` past the end. */
export function lineAt(text: string, lineStarts: readonly number[], n: number): string {
	// `lineRange` without its object: indexers call this for every question of every note.
	const from = lineStarts[n];
	if (from === undefined) return "";
	const next = lineStarts[n + 1];
	let to = next === undefined ? text.length : next - 1;
	if (to > from && text.charCodeAt(to - 1) === 13) to -= 1;
	return text.slice(from, to);
}

/** The text with line `n`'s content replaced by `content`; the line ending and all else kept. */
export function replaceLine(text: string, lineStarts: readonly number[], n: number, content: string): string {
	const range = lineRange(text, lineStarts, n);
	if (!range) return text;
	return text.slice(0, range.from) + content + text.slice(range.to);
}
