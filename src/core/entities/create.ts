/**
 * Making entity notes: a selection such as `創世計畫 (Genesis Mission)` → name and aliases; a name
 * → a valid file name (the exact name kept as an alias, so links still resolve); the note's text.
 */
import { stringify } from "yaml";
import { buildMatcher, resolveName } from "./matcher";
import { TIMELINE_BLOCK, type NewEntity, type Registry } from "./types";

/** Which name becomes the note name when a selection carries two: as selected, the English one, or the Chinese one. */
export type CanonicalName = "selection" | "en" | "zh";

/**
 * A name followed by another in brackets, half- or full-width:
 * `創世計畫 (Genesis Mission)`, `創世計畫（Genesis Mission）`, `Genesis Mission (創世計畫)`.
 */
const GLOSSED = new RegExp(
	[
		String.raw`^(?<first>[^()（）]+?)`, // the name outside the brackets
		String.raw`\s*[(（]\s*`, // an opening bracket, half- or full-width
		String.raw`(?<second>[^()（）]+?)`, // the name inside
		String.raw`\s*[)）]$`, // the closing bracket, at the end
	].join(""),
);

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Name and aliases from a selection: `創世計畫 (Genesis Mission)` → the two names, the canonical
 * one first (as selected: the one outside the brackets). Null for an empty selection.
 */
export function splitSelection(selection: string, canonical: CanonicalName): { readonly name: string; readonly aliases: readonly string[] } | null {
	const text = selection.trim().replace(/\s+/g, " ");
	if (!text) return null;
	const match = GLOSSED.exec(text);
	if (!match?.groups) return { name: text, aliases: [] };
	const first = match.groups.first!.trim();
	const second = match.groups.second!.trim();
	const prefersSecond = (canonical === "zh" && HAN.test(second) && !HAN.test(first)) || (canonical === "en" && HAN.test(first) && !HAN.test(second));
	return prefersSecond ? { name: second, aliases: [first] } : { name: first, aliases: [second] };
}

/** Characters Obsidian refuses in file names or links. */
const ILLEGAL = /[/\\:*?"<>|#^[\]]/g;

/**
 * A valid file base name for `name` (without `.md`): illegal characters (`/ \ : * ? " < > | # ^ [ ]`)
 * become spaces (runs collapsed), leading dots dropped; `keepAlias` is true when it differs from
 * `name`, which must then be kept as an alias.
 */
export function entityFileName(name: string): { readonly fileName: string; readonly keepAlias: boolean } {
	const cleaned = name.replace(ILLEGAL, " ").replace(/\s+/g, " ").replace(/^[\s.]+|[\s.]+$/g, "");
	const fileName = cleaned === "" ? "Entity" : cleaned;
	return { fileName, keepAlias: fileName !== name.trim() };
}

/**
 * The text of a new entity note: frontmatter (`type: entity`, `aliases`, `category` and the tag
 * `entity/<category>`), a description line if any, and the timeline block.
 */
export function entityNoteText(entity: NewEntity): string {
	const { fileName, keepAlias } = entityFileName(entity.name);
	const aliases = [...new Set([...(keepAlias ? [entity.name.trim()] : []), ...entity.aliases.map((a) => a.trim())])].filter((a) => a && a !== fileName);
	const props: Record<string, unknown> = { type: "entity", aliases };
	if (entity.category) {
		props.category = entity.category;
		props.tags = [`entity/${entity.category}`];
	}
	const body = [entity.description ?? "", "", "```" + TIMELINE_BLOCK, "```", ""].join("\n").replace(/^\n/, "");
	return `---\n${stringify(props, { lineWidth: 0 })}---\n\n${body}`;
}

/** The keywords no entity has yet (by name or alias, compared like the matcher does), deduplicated. */
export function keywordsWithoutEntity(keywords: readonly string[], registry: Registry): string[] {
	const matcher = buildMatcher(registry, { allowFlagged: true });
	const out: string[] = [];
	for (const keyword of keywords.map((k) => k.trim())) {
		if (keyword && !resolveName(matcher, keyword) && !out.includes(keyword)) out.push(keyword);
	}
	return out;
}
