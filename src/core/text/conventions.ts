/**
 * What a note writes besides its words: a byte order mark at the very start, and its line breaks.
 * An edit works on the text without the mark and writes `\n`; `restore` puts the note's own
 * conventions back, so a CRLF note stays CRLF and the mark stays first, before any frontmatter.
 */

const BOM = "\uFEFF";

/** A note's text without its byte order mark, and how to write an edited text back in its conventions. */
export interface NoteConventions {
	/** The text without a leading byte order mark. */
	readonly text: string;
	/** `edited` with the note's mark at the start and, in a CRLF note, every line break a CRLF. */
	readonly restore: (edited: string) => string;
}

export function noteConventions(text: string): NoteConventions {
	const bom = text.startsWith(BOM);
	const crlf = usesCrlf(text);
	return {
		text: bom ? text.slice(1) : text,
		restore: (edited) => (bom ? BOM : "") + (crlf ? edited.replace(/\r?\n/g, "\r\n") : edited),
	};
}

/** True when most of the note's line breaks are CRLF. */
function usesCrlf(text: string): boolean {
	let crlf = 0;
	let lf = 0;
	for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
		if (at > 0 && text.charCodeAt(at - 1) === 13) crlf++;
		else lf++;
	}
	return crlf > lf;
}

export const CONVENTION_EXAMPLES: readonly { readonly name: string; readonly text: string; readonly edited: (text: string) => string; readonly written: string }[] = [
	{ name: "an LF note is written as edited", text: "a\nb\n", edited: (t) => `---\nx: 1\n---\n${t}`, written: "---\nx: 1\n---\na\nb\n" },
	{ name: "a CRLF note gets CRLF in what was added", text: "a\r\nb\r\n", edited: (t) => `---\nx: 1\n---\n${t}`, written: "---\r\nx: 1\r\n---\r\na\r\nb\r\n" },
	{ name: "the mark stays before new frontmatter", text: "\uFEFF# T\n", edited: (t) => `---\nx: 1\n---\n${t}`, written: "\uFEFF---\nx: 1\n---\n# T\n" },
	{ name: "a mostly-LF note with one CRLF stays LF", text: "a\r\nb\nc\n", edited: (t) => `${t}d\n`, written: "a\r\nb\nc\nd\n" },
	{ name: "a lone CR is a character, not a break", text: "a\rb\r\n", edited: (t) => `${t}c\n`, written: "a\rb\r\nc\r\n" },
];
