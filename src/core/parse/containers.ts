/**
 * The open blocks of the block scanner: containers (blockquotes, lists, list items, footnote
 * definitions), which hold other blocks and are continued line by line, and the one open leaf
 * (paragraph, table, code, math, comment or HTML), which holds text.
 */

/** A list item as it is being read; turned into a `ListItem` when the note is done. */
export interface ItemDraft {
	/** The item's first line. */
	readonly line: number;
	/** Where the item starts: the start of its row inside the parent container (Obsidian's convention). */
	readonly start: number;
	readonly marker: string;
	readonly ordered: boolean;
	task?: string;
	/** The parent item's line, or minus the list's first line for a root item. */
	readonly parent: number;
	/** Non-blank lines of the item's own content after its first line. */
	readonly continuationLines: number[];
	/** The last non-blank line of the item's own content. */
	lastOwnLine: number;
	/** The last own line before the first child item, once it has children (-1 before). */
	ownLineBeforeChildren: number;
	/** The line the item's position ends on, once known. */
	endLine: number;
}

export interface QuoteBlock {
	readonly kind: "quote";
	readonly startLine: number;
	readonly callout: boolean;
}

export interface ListBlock {
	readonly kind: "list";
	readonly startLine: number;
	/** The last character of the marker (`-`, `*`, `+`, `.`, `)`): a different one starts a new list. */
	readonly markerChar: number;
	/** The list's latest item, whose end moves down to just before the next sibling. */
	lastItem?: ItemDraft;
}

export interface ItemBlock {
	readonly kind: "item";
	/** The column (tabs expanded) where the item's content starts; continuation lines indent to it. */
	readonly contentCol: number;
	/** Nothing follows the marker on the first line: a blank line right after it ends the item (CommonMark). */
	readonly startsBlank: boolean;
	readonly draft: ItemDraft;
}

export interface FootnoteBlock {
	readonly kind: "footnote";
	readonly startLine: number;
	readonly contentCol: number;
}

export type Container = QuoteBlock | ListBlock | ItemBlock | FootnoteBlock;

export type LeafKind = "paragraph" | "table" | "fence" | "indentedCode" | "math" | "comment" | "html";

export interface Leaf {
	kind: LeafKind;
	readonly startLine: number;
	/** Offset where the block's text starts (first non-blank character). */
	readonly startOffset: number;
	/** Offset of the start of the block's row inside its container. */
	readonly rowStart: number;
	/** The last non-blank line of the block so far. */
	lastLine: number;
	/** How many containers were open when the leaf started (0: a top-level block). */
	readonly depth: number;
	/** Code fences: the fence character and length. */
	readonly fenceChar: number;
	readonly fenceLength: number;
	/** HTML blocks: CommonMark's kind, 1–7. */
	readonly htmlKind: number;
}
