/**
 * The question model: plain readonly data. A question is a top-level list item of a note's
 * investigation section; it carries the properties of its note so the panel can filter, group and
 * sort without looking anything up.
 */

/** Where a question is in its lifecycle: open → investigating → answered, or dropped. */
export type QuestionStatus = "open" | "investigating" | "answered" | "dropped";

/** Every status, in lifecycle order (the order status groups are shown in). */
export const STATUSES: readonly QuestionStatus[] = ["open", "investigating", "answered", "dropped"];

/** Statuses still being worked on. */
export const ACTIVE_STATUSES: readonly QuestionStatus[] = ["open", "investigating"];

/** The properties of the note a question belongs to. */
export interface NoteProps {
	/** Vault path of the note, with `/` separators. */
	readonly path: string;
	/** Frontmatter `title`, else the metadata title line, else the first heading, else the file name. */
	readonly title: string;
	/** Frontmatter `outlet`, else the outlet part of a `來源/作者` / `Source` metadata line. */
	readonly outlet: string | null;
	/** Publication date as `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, sortable as text. */
	readonly published: string | null;
	/** When the analysis was written (frontmatter `created`, else the file's creation time), same format. */
	readonly created: string | null;
	/** Frontmatter `keywords` (or the `關鍵詞` metadata line), links unwrapped. */
	readonly keywords: readonly string[];
	/** Frontmatter `entities`, links unwrapped. */
	readonly entities: readonly string[];
	/** Frontmatter `type` (`analysis` for analyses), if any. */
	readonly type: string | null;
}

/** One investigation question. */
export interface Question {
	/** Vault path of its note. */
	readonly path: string;
	/** Zero-based line of the list item (as Obsidian counts lines). A hint: edits find the question again by its text. */
	readonly line: number;
	/** The first line without marker, checkbox, status fields, bold markers or trailing `:`/`：`. */
	readonly title: string;
	/** Continuation paragraphs and child items, dedented, as Markdown. Empty when there are none. */
	readonly detail: string;
	readonly status: QuestionStatus;
	/** Entity names: link targets in the question, then names the entity matcher finds, without duplicates. */
	readonly entities: readonly string[];
	/**
	 * Link targets in the question (the answer link excepted), without duplicates: the part of
	 * `entities` the entity registry does not decide, kept so the rest can be found again alone
	 * when the registry changes (`withEntitiesFound`).
	 */
	readonly links: readonly string[];
	/** Review date `YYYY-MM-DD`, if one is written on the question's line. */
	readonly review: string | null;
	/** Link target of the note that answers it, if one is written on the question's line. */
	readonly answeredBy: string | null;
	/** The note's properties, shared by every question of the note. */
	readonly note: NoteProps;
}

/** What the index keeps for one note. */
export interface NoteQuestions {
	readonly note: NoteProps;
	readonly questions: readonly Question[];
}

/** Finds entity names in text; the entity feature provides it (the plugin wires the real matcher). */
export type EntityFinder = (text: string) => readonly string[];
