/**
 * An entity note → `Entity`. A note is an entity when its `type` property is `entity`, when it
 * has an `entity/<category>` tag, or when it lives in the configured entities folder.
 */
import type { Entity } from "./types";

/** Where entity notes live, besides being marked by `type: entity`. */
export interface EntityNoteOptions {
	/** The entities folder (`Entities`); empty for none. Notes under it are entities. */
	readonly folder: string;
}

/**
 * The entity a note defines, or null when it is no entity. `frontmatter` is the parsed
 * properties (Obsidian's `frontmatter`, or `parseNote(text).frontmatter`).
 */
export function entityFromNote(path: string, frontmatter: Readonly<Record<string, unknown>> | undefined, options: EntityNoteOptions): Entity | null {
	void path;
	void frontmatter;
	void options;
	return null;
}
