/**
 * The entities feature's settings, and how they become the matcher's options and the linker's
 * policy (the adapters add what only they know: the vault's link style and the note's path).
 */
import { chineseVariants } from "../entities/variants";
import type { CanonicalName } from "../entities/create";
import type { LinkPolicy, MatchOptions } from "../entities/types";
import type { SettingGroup } from "./field";
import { validatePath } from "./paths";

export interface EntitiesSettings {
	/** Folder of entity notes (new ones are created there; notes under it count as entities). */
	readonly entitiesFolder: string;
	/** Which name is the note name when a selection carries two (`創世計畫 (Genesis Mission)`). */
	readonly entitiesCanonicalName: CanonicalName;
	/** Link the first mention of each entity per note, or every mention. */
	readonly entitiesMentions: LinkPolicy["mentions"];
	/** Leave headings unlinked. */
	readonly entitiesSkipHeadings: boolean;
	/** Match Traditional and Simplified variants of a name (`創世計畫` finds `创世计划`). */
	readonly entitiesVariants: boolean;
	/** `auto` follows the vault's "Use [[Wikilinks]]" setting. */
	readonly entitiesLinkStyle: "auto" | LinkPolicy["style"];
	/** Link one-character and common-word aliases too. */
	readonly entitiesAllowShort: boolean;

	// — Plugin side (entity commands) —
	/** Categories offered when creating an entity, after the built-in ones. */
	readonly entitiesCategories: readonly string[];
}

export const entitiesDefaults: EntitiesSettings = {
	entitiesFolder: "Entities",
	entitiesCanonicalName: "selection",
	entitiesMentions: "first",
	entitiesSkipHeadings: true,
	entitiesVariants: true,
	entitiesLinkStyle: "auto",
	entitiesAllowShort: false,

	// — Plugin side (entity commands) —
	entitiesCategories: [],
};

export const entitiesGroup: SettingGroup<keyof EntitiesSettings> = {
	heading: "settings.entities",
	fields: [
		{ kind: "text", key: "entitiesFolder", name: "settings.entities.folder.name", desc: "settings.entities.folder.desc", placeholder: "Entities", validate: validatePath("", true) },
		{
			kind: "dropdown",
			key: "entitiesCanonicalName",
			name: "settings.entities.canonical.name",
			desc: "settings.entities.canonical.desc",
			options: [
				{ value: "selection", label: "settings.entities.canonical.selection" },
				{ value: "en", label: "settings.entities.canonical.en" },
				{ value: "zh", label: "settings.entities.canonical.zh" },
			],
		},
		{
			kind: "dropdown",
			key: "entitiesMentions",
			name: "settings.entities.mentions.name",
			desc: "settings.entities.mentions.desc",
			options: [
				{ value: "first", label: "settings.entities.mentions.first" },
				{ value: "every", label: "settings.entities.mentions.every" },
			],
		},
		{ kind: "toggle", key: "entitiesSkipHeadings", name: "settings.entities.headings.name", desc: "settings.entities.headings.desc" },
		{ kind: "toggle", key: "entitiesVariants", name: "settings.entities.variants.name", desc: "settings.entities.variants.desc" },
		{
			kind: "dropdown",
			key: "entitiesLinkStyle",
			name: "settings.entities.style.name",
			desc: "settings.entities.style.desc",
			options: [
				{ value: "auto", label: "settings.entities.style.auto" },
				{ value: "wikilink", label: "settings.entities.style.wikilink" },
				{ value: "markdown", label: "settings.entities.style.markdown" },
			],
		},
		{ kind: "toggle", key: "entitiesAllowShort", name: "settings.entities.short.name", desc: "settings.entities.short.desc" },

		// — Plugin side (entity commands) —
		{ kind: "lines", key: "entitiesCategories", name: "settings.entities.categories.name", desc: "settings.entities.categories.desc", placeholder: "think tank\nchip maker" },
	],
};

/** The matcher's options from the settings. */
export function matchOptionsOf(settings: EntitiesSettings): MatchOptions {
	return settings.entitiesVariants ? { allowFlagged: settings.entitiesAllowShort, variants: chineseVariants() } : { allowFlagged: settings.entitiesAllowShort };
}

/**
 * The linker's policy from the settings. `vaultUsesMarkdownLinks` is the vault's own setting
 * (Obsidian: `useMarkdownLinks`), used when the style is `auto`; `notePath` the note being linked.
 */
export function linkPolicyOf(settings: EntitiesSettings, vaultUsesMarkdownLinks: boolean, notePath?: string): LinkPolicy {
	const style = settings.entitiesLinkStyle === "auto" ? (vaultUsesMarkdownLinks ? "markdown" : "wikilink") : settings.entitiesLinkStyle;
	const base = { mentions: settings.entitiesMentions, skipHeadings: settings.entitiesSkipHeadings, style } as const;
	return notePath === undefined ? base : { ...base, notePath };
}
