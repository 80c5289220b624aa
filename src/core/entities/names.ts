/**
 * File names for entity notes. An entity's name is the note's name, but a name may hold characters
 * no file name (or no Obsidian link) can carry — `/ \ : * ? " < > | # ^ [ ]`. `entityFileName` turns
 * any name into a valid base name; when it had to change the name, the caller keeps the exact name
 * as an alias so mentions and links written with it still resolve to the note.
 *
 * Examples (run by one test loop): see `FILE_NAME_EXAMPLES`.
 */

/**
 * Characters a file name may not hold on some platform, or that break an Obsidian link:
 * path separators `/ \`, Windows-reserved `: * ? " < > |`, and link syntax `# ^ [ ]`
 * (heading, block reference, wikilink brackets). Control characters are refused as well (`isControl`).
 */
const ILLEGAL_CHARACTER = /[/\\:*?"<>|#^[\]]/g;

/** Runs of whitespace collapse to one space. */
const WHITESPACE_RUN = /\s+/g;

/** A file name may not start with a dot (hidden file) nor end with dots or spaces (Windows drops them). */
const LEADING_DOTS = /^\.+/;
const TRAILING_DOTS = /[. ]+$/;

/** Long names are cut (in UTF-16 code units, never inside a surrogate pair) to stay within file-system limits. */
export const MAX_FILE_NAME_LENGTH = 120;

/** What `entityFileName` made of a name. */
export interface EntityFileName {
	/** The base name to use for the note, without `.md`. */
	readonly baseName: string;
	/** True when `baseName` differs from the name: the name must then be kept as an alias. */
	readonly changed: boolean;
}

/** A valid base name for the entity note named `name`; `fallback` when nothing usable is left. */
export function entityFileName(name: string, fallback = "Entity"): EntityFileName {
	const cleaned = cut(
		withoutControls(name)
			.replace(ILLEGAL_CHARACTER, " ").replace(WHITESPACE_RUN, " ").trim().replace(LEADING_DOTS, "").replace(TRAILING_DOTS, ""),
	).replace(TRAILING_DOTS, "");
	const baseName = cleaned === "" ? fallback : cleaned;
	return { baseName, changed: baseName !== name };
}

/** True when `name` can be used as a file name as it is. */
export function isValidFileName(name: string): boolean {
	return !entityFileName(name).changed;
}

function withoutControls(text: string): string {
	let out = "";
	for (const ch of text) out += isControl(ch.charCodeAt(0)) ? " " : ch;
	return out;
}

function isControl(code: number): boolean {
	return code < 0x20 || code === 0x7f;
}

function cut(text: string): string {
	if (text.length <= MAX_FILE_NAME_LENGTH) return text;
	let end = MAX_FILE_NAME_LENGTH;
	const last = text.charCodeAt(end - 1);
	if (last >= 0xd800 && last <= 0xdbff) end -= 1;
	return text.slice(0, end).trimEnd();
}

/** Input name → expected base name. */
export const FILE_NAME_EXAMPLES: readonly { readonly name: string; readonly baseName: string }[] = [
	{ name: "DeepSeek", baseName: "DeepSeek" },
	{ name: "創世計畫", baseName: "創世計畫" },
	{ name: "AT&T", baseName: "AT&T" },
	{ name: "Intel/Altera", baseName: "Intel Altera" },
	{ name: "C#", baseName: "C" },
	{ name: "Project: Stargate", baseName: "Project Stargate" },
	{ name: 'The "Big" Fund?', baseName: "The Big Fund" },
	{ name: "A<B>|C", baseName: "A B C" },
	{ name: "[[Wiki]] ^block", baseName: "Wiki block" },
	{ name: "  .hidden  ", baseName: "hidden" },
	{ name: "Inc.", baseName: "Inc" },
	{ name: "///", baseName: "Entity" },
	{ name: "x".repeat(200), baseName: "x".repeat(MAX_FILE_NAME_LENGTH) },
];
