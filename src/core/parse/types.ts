/**
 * The parsed note: plain readonly data shaped like Obsidian's `CachedMetadata`, with the same
 * field names, plus what Dossier needs on top (list kinds, continuation lines, block ids and the
 * protected ranges no feature may edit). Positions are UTF-16 code units, lines and columns
 * zero-based, exactly as Obsidian reports them.
 */
import type { ErrorCode } from "yaml";

/** A point in the text. */
export interface Loc {
	/** Zero-based line number. */
	readonly line: number;
	/** Zero-based column, in UTF-16 code units from the start of the line. */
	readonly col: number;
	/** Zero-based offset from the start of the text, in UTF-16 code units. */
	readonly offset: number;
}

/** A span of text; `end` is exclusive, like Obsidian's. */
export interface Pos {
	readonly start: Loc;
	readonly end: Loc;
}

/** The block kinds Obsidian's `sections[].type` uses, plus `math` for `$$` blocks. */
export type SectionType =
	| "yaml"
	| "heading"
	| "paragraph"
	| "list"
	| "code"
	| "callout"
	| "blockquote"
	| "html"
	| "comment"
	| "table"
	| "math"
	| "thematicBreak"
	| "footnoteDefinition";

export interface Section {
	readonly type: SectionType;
	readonly position: Pos;
}

export interface Heading {
	/** The heading text as Obsidian reports it (markers and closing `#`s stripped). */
	readonly heading: string;
	/** 1–6. */
	readonly level: number;
	readonly position: Pos;
}

export interface ListItem {
	/**
	 * The line of the parent item; for a root item, a negative number whose absolute value is the
	 * first line of its list (Obsidian's convention).
	 */
	readonly parent: number;
	/** The character between the brackets of a task (`" "`, `"x"`, `"/"`, …); absent for plain items. */
	readonly task?: string;
	readonly position: Pos;
	/** Dossier: `1.` / `1)` items are ordered, `-` `*` `+` items are not. */
	readonly ordered: boolean;
	/** Dossier: the marker as written, e.g. `-`, `1.`, `2)`. */
	readonly marker: string;
	/** Dossier: the lines (zero-based) of this item's own continuation paragraphs, not its children's. */
	readonly continuationLines: readonly number[];
}

/** A `[[wikilink]]`, `![[embed]]`, `[text](url)` or `![alt](url)`. */
export interface Reference {
	/** The target as written: `Note#Heading`, `https://…`. */
	readonly link: string;
	/** The text exactly as it appears in the note. */
	readonly original: string;
	/** The alias (wikilinks) or the link text (markdown links), if any. */
	readonly displayText?: string;
	readonly position: Pos;
}

export interface Tag {
	/** With the leading `#`. */
	readonly tag: string;
	readonly position: Pos;
}

export interface BlockId {
	/** Without the leading `^`. */
	readonly id: string;
	readonly position: Pos;
}

/** Why a range of text must never be edited by a feature. */
export type ProtectedKind =
	| "frontmatter"
	| "code"
	| "inlineCode"
	| "math"
	| "inlineMath"
	| "comment"
	| "html"
	| "wikilink"
	| "embed"
	| "markdownLink"
	| "url"
	| "tag"
	| "footnote"
	| "blockId";

/** A half-open range `[from, to)` of UTF-16 offsets. */
export interface ProtectedRange {
	readonly kind: ProtectedKind;
	readonly from: number;
	readonly to: number;
}

/** The frontmatter block, parsed or not. */
export type Frontmatter =
	| {
			readonly ok: true;
			/** The YAML between the fences, as written. */
			readonly raw: string;
			/** The parsed properties (an empty object for an empty block). */
			readonly values: Readonly<Record<string, unknown>>;
			readonly position: Pos;
	  }
	| {
			readonly ok: false;
			readonly raw: string;
			/** One readable sentence saying what is wrong and where. */
			readonly error: string;
			/** What is wrong, as data, for messages in the reader's language. */
			readonly problem: FrontmatterProblem;
			readonly position: Pos;
	  };

/** Why a frontmatter block gives no properties. */
export type FrontmatterProblem =
	/** The opening `---` has no closing one: the block is ordinary text. */
	| { readonly kind: "unclosed" }
	/** Valid YAML, but a single value or a list rather than `name: value` properties. */
	| { readonly kind: "not-properties" }
	/** The YAML does not parse: where and why. */
	| {
			readonly kind: "yaml";
			/** The note's line (1-based), when the YAML reader gives one. */
			readonly line: number | null;
			/** The YAML reader's stable error code (`null` when it threw without one); messages pick their reason by it. */
			readonly code: ErrorCode | null;
			/** The YAML reader's own English text: the CLI's JSON, and the reason when the code has none of ours. */
			readonly detail: string;
	  };

export interface ParsedNote {
	/** Parsed properties, when the frontmatter block exists and is valid (as Obsidian's `frontmatter`). */
	readonly frontmatter?: Readonly<Record<string, unknown>>;
	readonly frontmatterPosition?: Pos;
	/** Dossier: the frontmatter block with its raw text, or the error that kept it from parsing. */
	readonly frontmatterBlock?: Frontmatter;
	readonly headings: readonly Heading[];
	readonly sections: readonly Section[];
	readonly listItems: readonly ListItem[];
	readonly links: readonly Reference[];
	readonly embeds: readonly Reference[];
	readonly tags: readonly Tag[];
	readonly blockIds: readonly BlockId[];
	/** Sorted by `from`, non-overlapping (nested ranges are merged into the outer one). */
	readonly protectedRanges: readonly ProtectedRange[];
	/** Line start offsets: `lineStarts[n]` is the offset of line `n`. Handy for position maths. */
	readonly lineStarts: readonly number[];
}
