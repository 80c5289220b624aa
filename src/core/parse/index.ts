/**
 * `parseNote(text)`: one pass over a note's text into plain data shaped like Obsidian's
 * `CachedMetadata` (see `./types`). Used by the plugin, the CLI and the tests alike.
 */
import type { Heading, ParsedNote } from "./types";

export type * from "./types";

export function parseNote(text: string): ParsedNote {
	const lineStarts = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
	const headings: Heading[] = [];
	lineStarts.forEach((start, line) => {
		const end = (lineStarts[line + 1] ?? text.length + 1) - 1;
		const match = /^(#{1,6})[ \t]+(.*?)[ \t]*$/.exec(text.slice(start, end).replace(/\r$/, ""));
		if (!match) return;
		const [, hashes = "", heading = ""] = match;
		const loc = (offset: number) => ({ line, col: offset - start, offset });
		headings.push({ heading, level: hashes.length, position: { start: loc(start), end: loc(end) } });
	});
	return { headings, sections: [], listItems: [], links: [], embeds: [], tags: [], blockIds: [], protectedRanges: [], lineStarts };
}
