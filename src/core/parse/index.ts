/**
 * `parseNote(text)`: a note's text into plain data shaped like Obsidian's `CachedMetadata` (see
 * `./types`; positions in UTF-16 code units), used by the plugin, the CLI and the tests alike, and
 * checked against the metadata Obsidian itself recorded for real notes. Three passes, each linear:
 *
 * 1. `frontmatter` — the `---` block at the top, read by `simple-yaml` when it can and by the
 *    `yaml` package otherwise; an error is a value, whose code `yaml-reasons` turns into a plain
 *    reason from the `frontmatter` catalogue;
 * 2. `block-scanner` — headings, sections, list items, code/math/comment/HTML blocks (a stack of
 *    containers, no recursion; recognisers in `block-syntax`);
 * 3. `inline-scanner` — links, embeds, tags, block ids and the inline protected ranges,
 *    over the paragraphs, headings and table rows only (never inside code; rules in
 *    `inline-syntax`).
 *
 * The protected ranges of all three are sorted and merged (`ranges`).
 *
 * `parseFrontmatter(text)` runs the first pass alone, for a reader that needs a note's properties only.
 *
 * `parseNote(text, { inline: false })` skips the third pass for indexers that only need the
 * structure: `links`, `embeds`, `tags` and `blockIds` are then empty and `protectedRanges` holds
 * only the block-level ranges. `parseStructure(text)` gives that structure plus `inlineWithin`,
 * which runs the third pass over chosen parts of the note only (an index that needs the links of
 * a few list items need not scan the whole note for them).
 */
import { scanBlocks, type BlockScan } from "./block-scanner";
import type { ItemDraft } from "./containers";
import { scanFrontmatter } from "./frontmatter";
import { InlineScanner, scanInline, type InlineScan } from "./inline-scanner";
import { Lines, lineStartsOf } from "./lines";
import { RangeList } from "./ranges";
import type { ListItem, ParsedNote, Pos } from "./types";

export type * from "./types";
export type { InlineScan } from "./inline-scanner";
export { describeFrontmatterProblem, YAML_READ_OPTIONS, yamlProblem, type YamlErrorLike } from "./frontmatter";
export { yamlReason, yamlReasonKey, YAML_REASONS, YAML_REASON_EXAMPLES, type ReasonKey, type YamlReason, type YamlReasonExample } from "./yaml-reasons";

export interface ParseOptions {
	/** Scan inline syntax (links, tags, inline code…). Default `true`. */
	readonly inline?: boolean;
}

const NO_INLINE: InlineScan = { links: [], embeds: [], tags: [], blockIds: [] };

export function parseNote(text: string, options: ParseOptions = {}): ParsedNote {
	return scanNote(text, options.inline !== false).note;
}

/** The note's properties, as `parseNote(text).frontmatter` gives them, without reading the rest of the note. */
export function parseFrontmatter(text: string): ParsedNote["frontmatter"] {
	if (!text.startsWith("---") && !text.startsWith("\ufeff---")) return undefined;
	const block = scanFrontmatter(new Lines(text, lineStartsOf(text))).block;
	return block?.ok ? block.values : undefined;
}

/** A note's structure, and its inline syntax read on demand, part by part. */
export interface NoteStructure {
	/** What `parseNote(text, { inline: false })` returns. */
	readonly note: ParsedNote;
	/**
	 * The links, embeds, tags and block ids that `parseNote(text)` reports starting in `[from, to)`
	 * (offsets), found by scanning only the text regions that reach into that span. Calls must come
	 * in order (`from` never decreasing); an earlier span starts the scan over.
	 */
	inlineWithin(from: number, to: number): InlineScan;
}

export function parseStructure(text: string): NoteStructure {
	const { lines, blocks, note } = scanNote(text, false);
	return { note, inlineWithin: inlineReader(lines, blocks.regions) };
}

interface Scan {
	readonly lines: Lines;
	readonly blocks: BlockScan;
	readonly note: ParsedNote;
}

/** The three passes; with `inline` false, the note has no inline facts and only block-level protected ranges. */
function scanNote(text: string, inline: boolean): Scan {
	const lines = new Lines(text, lineStartsOf(text));
	const front = scanFrontmatter(lines);
	const ranges = new RangeList();
	const block = front.block;
	const closed = block !== undefined && front.bodyLine > 0;
	if (closed) ranges.add("frontmatter", 0, block.position.end.offset);
	const blocks = scanBlocks(lines, front.bodyLine, ranges);
	const found = inline ? scanInline(lines, blocks.regions, ranges) : NO_INLINE;
	const note: Mutable<ParsedNote> = {
		headings: blocks.headings,
		sections: closed ? [{ type: "yaml", position: block.position }, ...blocks.sections] : blocks.sections,
		listItems: blocks.items.map((draft) => listItem(lines, draft)),
		links: found.links,
		embeds: found.embeds,
		tags: found.tags,
		blockIds: found.blockIds,
		protectedRanges: ranges.merged(),
		lineStarts: lines.starts,
	};
	if (block?.ok) note.frontmatter = block.values;
	if (closed) note.frontmatterPosition = block.position;
	if (block) note.frontmatterBlock = block;
	return { lines, blocks, note };
}

/**
 * `inlineWithin` for one note: one inline scanner walks the regions in order, skipping those that
 * end before the span asked for. Skipping is safe: the scanner's state carried from region to
 * region is either a cache of `indexOf` answers or a position it recomputes when it is passed.
 */
function inlineReader(lines: Lines, regions: readonly number[]): (from: number, to: number) => InlineScan {
	let scanner = new InlineScanner(lines, new RangeList());
	let next = 0;
	let lastFrom = -1;
	// Where each list's facts start at or after the last `from`: the lists are in offset order.
	let seen = { links: 0, embeds: 0, tags: 0, blockIds: 0 };
	return (from, to) => {
		if (from < lastFrom) {
			scanner = new InlineScanner(lines, new RangeList());
			next = 0;
			seen = { links: 0, embeds: 0, tags: 0, blockIds: 0 };
		}
		lastFrom = from;
		for (; next + 1 < regions.length && (regions[next] ?? 0) < to; next += 2) {
			const end = regions[next + 1] ?? 0;
			if (end > from) scanner.region(regions[next] ?? 0, end);
		}
		const found = scanner.result;
		const within = <T extends { readonly position: Pos }>(list: readonly T[], key: keyof typeof seen): T[] => {
			let at = seen[key];
			while (at < list.length && list[at]!.position.start.offset < from) at++;
			seen[key] = at;
			let end = at;
			while (end < list.length && list[end]!.position.start.offset < to) end++;
			return list.slice(at, end);
		};
		return { links: within(found.links, "links"), embeds: within(found.embeds, "embeds"), tags: within(found.tags, "tags"), blockIds: within(found.blockIds, "blockIds") };
	};
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function listItem(lines: Lines, draft: ItemDraft): ListItem {
	const position = { start: lines.locOn(draft.line, draft.start), end: lines.locOn(draft.endLine, lines.end(draft.endLine)) };
	const item: Mutable<ListItem> = { parent: draft.parent, position, ordered: draft.ordered, marker: draft.marker, continuationLines: draft.continuationLines };
	if (draft.task !== undefined) item.task = draft.task;
	return item;
}
