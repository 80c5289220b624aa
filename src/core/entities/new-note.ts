/**
 * The text of a new entity note, written in one go so that no other plugin ever sees the note
 * half-made: frontmatter `type: entity`, `aliases`, `category` and the category's tag
 * (`entity/<category>`, so graph colour groups and searches can use it), then the timeline block.
 *
 * Examples (run by one test loop): see `NEW_NOTE_EXAMPLES`.
 */
import { stringify } from "yaml";
import { CATEGORY_TAG_PREFIX, TIMELINE_BLOCK } from "./types";

/** What a new entity note holds. */
export interface NewEntityNote {
	/** The entity's name (the note's name may differ when the name cannot be a file name). */
	readonly name: string;
	/** Other names, in every language; the name itself is added when `nameIsAlias`. */
	readonly aliases: readonly string[];
	/** The category, as the user picked it (e.g. `organization`). */
	readonly category: string;
	/** True when the note's file name differs from `name`, so the exact name must be an alias. */
	readonly nameIsAlias: boolean;
	/** Adds the timeline code block to the body. */
	readonly timeline: boolean;
	/** One line saying what the entity is, written as the body's first paragraph. */
	readonly description?: string;
}

/** Any run of characters a tag may not hold (letters, digits, `_`, `-` and `/` are allowed). */
const NOT_TAG_CHARACTER = /[^\p{L}\p{N}_\-/]+/gu;

/** The tag for a category: `organization` → `entity/organization`, `state programme` → `entity/state-programme`. */
export function categoryTag(category: string): string {
	const slug = category.trim().toLowerCase().replace(NOT_TAG_CHARACTER, "-").replace(/^-+|-+$/g, "");
	return slug === "" ? "entity" : `${CATEGORY_TAG_PREFIX}${slug}`;
}

/** The aliases to write: the name first when it must be kept, then the others, without duplicates or blanks. */
export function noteAliases(note: Pick<NewEntityNote, "name" | "aliases" | "nameIsAlias">): string[] {
	const all = [...(note.nameIsAlias ? [note.name] : []), ...note.aliases].map((alias) => alias.trim());
	return [...new Set(all)].filter((alias) => alias !== "" && (note.nameIsAlias || alias !== note.name));
}

/** The full text of the note. */
export function newEntityNoteText(note: NewEntityNote): string {
	const properties = {
		type: "entity",
		aliases: noteAliases(note),
		category: note.category,
		tags: [categoryTag(note.category)],
	};
	const description = note.description?.trim() ? `\n${note.description.trim()}\n` : "";
	const timeline = note.timeline ? `\n\`\`\`${TIMELINE_BLOCK}\n\`\`\`\n` : "";
	return `---\n${stringify(properties)}---\n${description}${timeline}`;
}

export const NEW_NOTE_EXAMPLES: readonly { readonly note: NewEntityNote; readonly text: string }[] = [
	{
		note: { name: "創世計畫", aliases: ["Genesis Mission"], category: "programme", nameIsAlias: false, timeline: true },
		text: "---\ntype: entity\naliases:\n  - Genesis Mission\ncategory: programme\ntags:\n  - entity/programme\n---\n\n```dossier-timeline\n```\n",
	},
	{
		note: { name: "Intel/Altera", aliases: [], category: "organization", nameIsAlias: true, timeline: false },
		text: "---\ntype: entity\naliases:\n  - Intel/Altera\ncategory: organization\ntags:\n  - entity/organization\n---\n",
	},
	{
		note: { name: "DeepSeek", aliases: ["深度求索", " DeepSeek ", "深度求索", ""], category: "AI lab", nameIsAlias: false, timeline: false },
		text: "---\ntype: entity\naliases:\n  - 深度求索\ncategory: AI lab\ntags:\n  - entity/ai-lab\n---\n",
	},
	{
		note: { name: "Project: X", aliases: ["#x", "yes"], category: "計畫", nameIsAlias: true, timeline: false },
		text: '---\ntype: entity\naliases:\n  - "Project: X"\n  - "#x"\n  - yes\ncategory: 計畫\ntags:\n  - entity/計畫\n---\n',
	},
	{
		note: { name: "ASPI", aliases: ["澳洲戰略政策研究所"], category: "organization", nameIsAlias: false, timeline: true, description: "Australian Strategic Policy Institute, a think tank." },
		text: "---\ntype: entity\naliases:\n  - 澳洲戰略政策研究所\ncategory: organization\ntags:\n  - entity/organization\n---\n\nAustralian Strategic Policy Institute, a think tank.\n\n```dossier-timeline\n```\n",
	},
	{
		note: { name: "Qwen", aliases: [], category: "model", nameIsAlias: false, timeline: false },
		text: "---\ntype: entity\naliases: []\ncategory: model\ntags:\n  - entity/model\n---\n",
	},
];
