/**
 * Making entity notes: a selection such as `創世計畫 (Genesis Mission)` → name and aliases; a name
 * → a valid file name (the exact name kept as an alias); the note's text.
 */
import type { NewEntity, Registry } from "./types";

/** Which name becomes the note name when a selection carries two: as selected, the English one, or the Chinese one. */
export type CanonicalName = "selection" | "en" | "zh";

/**
 * Name and aliases from a selection: `創世計畫 (Genesis Mission)`, `創世計畫（Genesis Mission）`,
 * `Genesis Mission (創世計畫)` → the two names, the canonical one first. Null for an empty selection.
 */
export function splitSelection(selection: string, canonical: CanonicalName): { readonly name: string; readonly aliases: readonly string[] } | null {
	void canonical;
	const name = selection.trim();
	return name ? { name, aliases: [] } : null;
}

/**
 * A valid file base name for `name` (without `.md`): illegal characters (`/ \ : * ? " < > | # ^ [ ]`)
 * replaced; `keepAlias` is true when it differs from `name`, which must then be kept as an alias.
 */
export function entityFileName(name: string): { readonly fileName: string; readonly keepAlias: boolean } {
	return { fileName: name, keepAlias: false };
}

/** The text of a new entity note: frontmatter (`type: entity`, `aliases`, `category`, `tags: [entity/<category>]`), then a timeline block. */
export function entityNoteText(entity: NewEntity): string {
	return `---\ntype: entity\n---\n# ${entity.name}\n`;
}

/** The keywords no entity has yet (by name or alias, compared like the matcher does). */
export function keywordsWithoutEntity(keywords: readonly string[], registry: Registry): string[] {
	void registry;
	return [...keywords];
}
