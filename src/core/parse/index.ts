/**
 * `parseNote(text)`: a note's text into plain data shaped like Obsidian's `CachedMetadata` (see
 * `./types`), used by the plugin, the CLI and the tests alike. Three passes, each linear:
 *
 * 1. `frontmatter` — the `---` block at the top, parsed with `yaml` (errors are values);
 * 2. `block-scanner` — headings, sections, list items, code/math/comment/HTML blocks;
 * 3. `inline-scanner` — links, embeds, tags, block ids and the inline protected ranges,
 *    over the paragraphs, headings and table rows only (never inside code).
 *
 * `parseNote(text, { inline: false })` skips the third pass for indexers that only need the
 * structure: `links`, `embeds`, `tags` and `blockIds` are then empty and `protectedRanges` holds
 * only the block-level ranges.
 */
import { scanBlocks } from "./block-scanner";
import type { ItemDraft } from "./containers";
import { scanFrontmatter } from "./frontmatter";
import { scanInline, type InlineScan } from "./inline-scanner";
import { Lines, lineStartsOf } from "./lines";
import { RangeList } from "./ranges";
import type { ListItem, ParsedNote } from "./types";

export type * from "./types";

export interface ParseOptions {
	/** Scan inline syntax (links, tags, inline code…). Default `true`. */
	readonly inline?: boolean;
}

const NO_INLINE: InlineScan = { links: [], embeds: [], tags: [], blockIds: [] };

export function parseNote(text: string, options: ParseOptions = {}): ParsedNote {
	const lines = new Lines(text, lineStartsOf(text));
	const ranges = new RangeList();
	const front = scanFrontmatter(lines);
	const block = front.block;
	const closed = block !== undefined && front.bodyLine > 0;
	if (closed) ranges.add("frontmatter", 0, block.position.end.offset);
	const blocks = scanBlocks(lines, front.bodyLine, ranges);
	const inline = options.inline === false ? NO_INLINE : scanInline(lines, blocks.regions, ranges);
	const note: Mutable<ParsedNote> = {
		headings: blocks.headings,
		sections: closed ? [{ type: "yaml", position: block.position }, ...blocks.sections] : blocks.sections,
		listItems: blocks.items.map((draft) => listItem(lines, draft)),
		links: inline.links,
		embeds: inline.embeds,
		tags: inline.tags,
		blockIds: inline.blockIds,
		protectedRanges: ranges.merged(),
		lineStarts: lines.starts,
	};
	if (block?.ok) note.frontmatter = block.values;
	if (closed) note.frontmatterPosition = block.position;
	if (block) note.frontmatterBlock = block;
	return note;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function listItem(lines: Lines, draft: ItemDraft): ListItem {
	const position = { start: lines.locOn(draft.line, draft.start), end: lines.locOn(draft.endLine, lines.end(draft.endLine)) };
	const item: Mutable<ListItem> = { parent: draft.parent, position, ordered: draft.ordered, marker: draft.marker, continuationLines: draft.continuationLines };
	if (draft.task !== undefined) item.task = draft.task;
	return item;
}
