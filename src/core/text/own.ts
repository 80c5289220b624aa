/**
 * Strings an index may hold for the life of the vault without holding the text they were cut
 * from. V8 may represent a slice of a long string as a view of the whole; holding the slice then
 * holds the whole note.
 */

/**
 * A copy of `s` that does not keep the text it was cut from alive. Joining two
 * halves builds one flat string; `(" " + s).slice(1)` would keep a slice of a copy, one more
 * object per string for the index to hold and the collector to move.
 */
export function own(s: string): string {
	return copyOf(s, 0, s.length);
}

/** `own(text.slice(from, to))` without the intermediate slice. */
export function copyOf(text: string, from: number, to: number): string {
	// V8 copies any slice shorter than 13 characters, and builds no rope that short: already owned.
	if (to - from < 13) return text.slice(from, to);
	const half = (from + to) >> 1;
	return [text.slice(from, half), text.slice(half, to)].join("");
}
