/**
 * An entity note → `Entity`. A note is an entity when its `type` property is `entity`, when it
 * has an `entity/<category>` tag, or when it lives in the configured entities folder.
 *
 * Properties read (all optional):
 *
 * ```yaml
 * type: entity
 * aliases: [深度求索, DeepSeek AI]    # Obsidian's own aliases
 * category: organization              # or a tag: entity/organization
 * link: false                         # known, never linked
 * dossier-exclude-aliases: [DS]       # names of this entity never linked
 * dossier-allow-aliases: [深]         # flagged names (one character, common words) linked anyway
 * dossier-exact-case: true            # every name matches only as written: Signal, never signal
 * ```
 */
import { ALLOW_ALIASES_PROPERTY, CATEGORY_TAG_PREFIX, EXACT_CASE_PROPERTY, EXCLUDE_ALIASES_PROPERTY, type Entity } from "./types";

/** Where entity notes live, besides being marked by `type: entity`. */
export interface EntityNoteOptions {
	/** The entities folder (`Entities`); empty for none. Notes under it are entities. */
	readonly folder: string;
}

type Properties = Readonly<Record<string, unknown>>;

/**
 * The entity a note defines, or null when it is no entity. `frontmatter` is the parsed
 * properties (Obsidian's `frontmatter`, or `parseNote(text).frontmatter`).
 */
export function entityFromNote(path: string, frontmatter: Properties | undefined, options: EntityNoteOptions): Entity | null {
	const props = frontmatter ?? {};
	const tagCategory = categoryFromTags(props.tags);
	if (!isEntity(path, props, tagCategory, options)) return null;
	const name = baseName(path);
	const category = categoryOf(props.category) ?? tagCategory;
	const entity: Entity = {
		name,
		path,
		// `alias` is the key Obsidian read before `aliases`, and still reads in older vaults.
		aliases: strings(props.aliases ?? props.alias).filter((alias) => alias !== name),
		link: props.link !== false && props.link !== "false",
		excludedAliases: strings(props[EXCLUDE_ALIASES_PROPERTY]),
		allowedAliases: strings(props[ALLOW_ALIASES_PROPERTY]),
		...(props[EXACT_CASE_PROPERTY] === true || props[EXACT_CASE_PROPERTY] === "true" ? { exactCase: true } : {}),
	};
	return category === undefined ? entity : { ...entity, category };
}

function isEntity(path: string, props: Properties, tagCategory: string | undefined, options: EntityNoteOptions): boolean {
	if (!path.toLowerCase().endsWith(".md")) return false;
	if (typeof props.type === "string" && props.type.trim().toLowerCase() === "entity") return true;
	if (tagCategory !== undefined) return true;
	const folder = options.folder.replace(/^\/+|\/+$/g, "");
	return folder !== "" && path.startsWith(`${folder}/`);
}

/** The note name: the file name without folder and `.md`. */
export function baseName(path: string): string {
	const file = path.slice(path.lastIndexOf("/") + 1);
	return file.replace(/\.md$/i, "");
}

/** Trimmed, non-empty, deduplicated strings from a list, a single string or nothing. Numbers count as strings. */
export function strings(value: unknown): string[] {
	const list: unknown[] = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
	const out: string[] = [];
	for (const item of list) {
		const text = typeof item === "string" ? item.trim() : typeof item === "number" ? String(item) : "";
		if (text && !out.includes(text)) out.push(text);
	}
	return out;
}

function categoryOf(value: unknown): string | undefined {
	const [first] = strings(value);
	return first === undefined ? undefined : first.toLowerCase();
}

/** The category of the first `entity/<category>` tag (with or without `#`). */
function categoryFromTags(tags: unknown): string | undefined {
	const list = typeof tags === "string" ? tags.split(/[\s,]+/) : strings(tags);
	for (const tag of list) {
		const bare = tag.replace(/^#/, "").toLowerCase();
		if (bare.startsWith(CATEGORY_TAG_PREFIX) && bare.length > CATEGORY_TAG_PREFIX.length) return bare.slice(CATEGORY_TAG_PREFIX.length);
	}
	return undefined;
}
