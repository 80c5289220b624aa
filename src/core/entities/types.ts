/**
 * Entities — the public data of the feature. Plain readonly data; the functions that make and use
 * it live beside this file (`index.ts` re-exports them all):
 *
 * - `note.ts`      `entityFromNote` — an entity note's frontmatter → `Entity` (or null).
 * - `registry.ts`  `emptyRegistry`, `registryOf`, `withEntity` — every entity, updated per file.
 * - `matcher.ts`   `buildMatcher`, `findMentions` — every alias in a text, in one pass.
 * - `variants.ts`  `chineseVariants` — Traditional/Simplified folding for the matcher (opencc-js).
 * - `linker.ts`    `planLinks`, `applyPlan`, `applyEdits`, `stripLinks` — a plan of edits, then text.
 * - `property.ts`  `mergeEntitiesProperty`, `setEntitiesProperty` — the `entities` frontmatter list.
 * - `run.ts`       `runVaultLinking` — the vault-wide run over a small file port (CLI and plugin).
 * - `report.ts`    `entityReport` — shared aliases, unmentioned entities, unlinked candidates.
 * - `timeline.ts`  `buildTimeline` — the analyses and questions that mention an entity.
 * - `named-with.ts` `namedWith` — the entities named in the same analyses, most shared first.
 * - `create.ts`    `splitSelection`, `entityFileName`, `entityNoteText` — making entity notes.
 * - `starter.ts`   `STARTER_ENTITIES` — the optional starter set, as data.
 *
 * Offsets are UTF-16 code units of the text as given, half-open `[from, to)`, like the parser's.
 */

/** The frontmatter property that lists aliases never linked for this entity (they still resolve). */
export const EXCLUDE_ALIASES_PROPERTY = "dossier-exclude-aliases";
/** The frontmatter property that lists flagged aliases (short, common words) this entity may link anyway. */
export const ALLOW_ALIASES_PROPERTY = "dossier-allow-aliases";
/** The frontmatter property that makes every name of the entity match only as written (`true`). */
export const EXACT_CASE_PROPERTY = "dossier-exact-case";
/** The frontmatter property an analysis lists its linked entities in (as `"[[Name]]"`). */
export const ENTITIES_PROPERTY = "entities";
/** The tag prefix that carries an entity's category: `entity/organization`. */
export const CATEGORY_TAG_PREFIX = "entity/";
/** The code block language that renders an entity's timeline. */
export const TIMELINE_BLOCK = "dossier-timeline";

/** Built-in categories. Users may write any other (lower-case, no spaces); these are offered first. */
export const CATEGORIES = [
	"organization",
	"person",
	"model",
	"programme",
	"policy",
	"place",
	"facility",
	"technology",
	"outlet",
	"event",
] as const;
/** A category: a built-in one or any the user writes. */
export type Category = string;

/** One entity, read from its note. */
export interface Entity {
	/** The note's base name, which is the link target (`[[name]]`). */
	readonly name: string;
	/** The note's vault path, `Entities/DeepSeek.md`. Unique key of the registry. */
	readonly path: string;
	/** Obsidian's `aliases` property: other names in every language, abbreviations. Deduplicated, trimmed. */
	readonly aliases: readonly string[];
	/** From `category`, or else the first `entity/<category>` tag. */
	readonly category?: Category;
	/** False when the note says `link: false`: the entity is known but never linked. */
	readonly link: boolean;
	/** Names (name or aliases) never linked, from `dossier-exclude-aliases`. */
	readonly excludedAliases: readonly string[];
	/** Flagged names (one character, common words) this entity may link anyway, from `dossier-allow-aliases`. */
	readonly allowedAliases: readonly string[];
	/** Every name compared case-exactly (`dossier-exact-case: true`): `Signal` never finds `signal`. */
	readonly exactCase?: boolean;
}

/** Every entity of the vault, by path. Replace it with `withEntity` when an entity note changes. */
export interface Registry {
	/** Entities by vault path. */
	readonly byPath: ReadonlyMap<string, Entity>;
	/** Increases on every change, so adapters can tell when to rebuild the matcher. */
	readonly revision: number;
}

/** Why a name of an entity is matched but not linked. */
export type FlagReason =
	/** One character (`A`, `美`). */
	| "single-character"
	/** An ordinary word as the alias is written (`real`, `won`), or in the common-word list (`Agent`, `US`, `中國`). */
	| "common-word"
	/** An alias of two letters or digits, or three capitals (`HQ`, `IP`, `GDP`): an abbreviation that means many things. */
	| "short"
	/** A name made of ordinary words, written here in another case (`price target` for `Target`). */
	| "lower-case"
	/** A one-word name made of an ordinary word, at a sentence's start, where its capital says nothing (`Target prices rose`). */
	| "sentence-start"
	/** Written beside another capitalised word, as part of a longer name no entity has (`Latin America`, `Sky Bet`). */
	| "part-of-name"
	/** An alias of digits: a number, a date or a code (`700`, `2026-01-17`, `10x`). A note named so is linked by its name. */
	| "number"
	/** A note named by an ordinary Chinese verb (`活著`, `對手` as the dictionary reads it): in running text it is mostly the verb. */
	| "ordinary-verb"
	/** Listed in the entity's `dossier-exclude-aliases`. */
	| "excluded"
	/** The entity has `link: false`. */
	| "link-disabled"
	/** Two entities claim the same alias and neither note is named so; neither is linked by it. */
	| "shared";

/**
 * Flags that leave a mention doubtful rather than unlinked: previews offer it unticked, and a
 * vault run links it only when asked (`includeDoubtful`).
 */
export const DOUBTFUL_FLAGS: readonly FlagReason[] = ["short", "sentence-start", "part-of-name", "number", "ordinary-verb"];

/** A name of an entity the matcher will find but the linker will not link, and why. */
export interface FlaggedAlias {
	readonly entity: string;
	/** The entity's path. */
	readonly path: string;
	readonly alias: string;
	readonly reason: FlagReason;
}

/** How the matcher compares names with text. */
export interface MatchOptions {
	/** Link flagged short and common-word aliases too (the "allow short aliases" setting). */
	readonly allowFlagged: boolean;
	/** Traditional/Simplified matching (`chineseVariants()`); absent to compare characters as written. */
	readonly variants?: Variants;
}

/** Script variants folded away when matching (Traditional/Simplified Chinese). */
export interface Variants {
	/** Folds one UTF-16 code unit into one code unit (e.g. Traditional → Simplified), after width and case folding. */
	readonly fold: (code: number) => number;
	/**
	 * The other spellings of a folded name where variants differ by word, not by character
	 * (`计画` ↔ `计划`: Taiwan's 計畫 is the mainland's 计划); the name itself not included.
	 */
	readonly expand: (folded: string) => readonly string[];
}

/** The compiled automaton over every name of every entity; build with `buildMatcher`. Opaque. */
export interface Matcher {
	readonly registry: Registry;
	readonly options: MatchOptions;
	/** Names found but never linked, and why. */
	readonly flagged: readonly FlaggedAlias[];
	/** How many distinct normalised names the automaton holds. */
	readonly size: number;
	/** @internal The automaton; use `findMentions`. */
	readonly automaton: unknown;
}

/** One mention of an entity in a text. */
export interface Mention {
	/** Offset of the first code unit, in the text as given. */
	readonly from: number;
	/** Offset after the last code unit. */
	readonly to: number;
	/** The text exactly as written there (`ＡＳＰＩ`, `创世计划`). */
	readonly surface: string;
	/** The entity's name (the link target). */
	readonly entity: string;
	/** The entity's path. */
	readonly path: string;
	/** The name of the entity that matched, as the entity note writes it. */
	readonly alias: string;
	/**
	 * The link target when the note name alone would not find this note (another note has the
	 * same name): its path without `.md`, `es/Plugins/Canvas`. Absent when the name is enough.
	 */
	readonly target?: string;
	/** Set when the name is flagged: found, but the linker will not link it. */
	readonly flag?: FlagReason;
}

/** What the linker does with a note. */
export interface LinkPolicy {
	/** Link the first mention of each entity per note (default) or every mention. */
	readonly mentions: "first" | "every";
	/** Leave headings alone. */
	readonly skipHeadings: boolean;
	/** `[[Target|surface]]` or `[surface](Target.md)`; adapters resolve "auto" from the vault's settings. */
	readonly style: "wikilink" | "markdown";
	/** The path of the note being linked: an entity note never links to itself. */
	readonly notePath?: string;
	/** Only link inside this range (a selection); the note's existing links elsewhere still count. */
	readonly range?: { readonly from: number; readonly to: number };
}

/** One edit: replace `length` code units at `offset` with `text`. */
export interface LinkEdit {
	/** UTF-16 offset in the original text. */
	readonly offset: number;
	/** Code units replaced (the surface's length). */
	readonly length: number;
	/** The link written in its place: `[[DeepSeek]]`, `[[Stargate|星門]]`, `[[Stargate\|星門]]` in tables. */
	readonly text: string;
	/** The entity's name. */
	readonly entity: string;
	/** The link's target as `LinkPlan.linked` lists it: the name, or the path where the name is not unique. */
	readonly target: string;
	/** The text replaced, exactly as it was. */
	readonly surface: string;
}

/** Why a mention was not linked. */
export type SkipReason =
	/** Policy `first`: the note already links this entity (a link whose target is its name or an alias). */
	| "already-linked"
	/** Policy `first`: an earlier mention is linked (or already a link). */
	| "not-first"
	/** Inside a heading and `skipHeadings` is on. */
	| "heading"
	/** Inside a protected range (code, URL, tag, link, …) — never edited. */
	| "protected"
	/** The name is doubtful here (see `DOUBTFUL_FLAGS`): offered in `LinkPlan.doubtful`, or skipped as a later mention. */
	| "doubtful"
	/** The note is this entity's own note. */
	| "self"
	/** The name is flagged (see `FlagReason`). */
	| "flagged"
	/** Outside the policy's range (selection). */
	| "outside-range"
	/** Next to Markdown syntax a link would change (`!` before it would make an embed, `[`, `]`, `\\`). */
	| "syntax";

/** A mention the plan leaves alone, and why. */
export interface SkippedMention {
	readonly offset: number;
	readonly surface: string;
	readonly entity: string;
	readonly reason: SkipReason;
	/** For `flagged`: the flag. */
	readonly flag?: FlagReason;
}

/** A link the linker is not sure of (see `DOUBTFUL_FLAGS`): offered unticked, written only when asked. */
export interface DoubtfulEdit extends LinkEdit {
	/** Why it is doubtful. */
	readonly flag: FlagReason;
}

/** The linker's plan for one text: edits against the original, in ascending offset order, disjoint. */
export interface LinkPlan {
	/** The links the linker is sure of. */
	readonly edits: readonly LinkEdit[];
	/** Links it is not sure of, for entities no sure edit or existing link covers; disjoint from `edits`. */
	readonly doubtful: readonly DoubtfulEdit[];
	/** Mentions found but not linked (protected ones included), in text order. */
	readonly skipped: readonly SkippedMention[];
	/**
	 * Every entity the note links once `edits` are applied (existing links and new), sorted, as link
	 * targets: the name, or the path without `.md` where another note has the name (`es/Canvas`).
	 */
	readonly linked: readonly string[];
}

/** `applyEdits` result: the new text, or why the edits no longer fit the text. */
export type ApplyResult =
	| { readonly ok: true; readonly text: string }
	| {
			readonly ok: false;
			/** One readable sentence: which edit no longer matches the text and where. */
			readonly reason: string;
	  };

/** The file access a vault run needs. The CLI implements it over `node:fs`, the plugin over `Vault`. */
export interface VaultPort {
	/** Every Markdown note's vault path. */
	readonly list: () => Promise<readonly string[]>;
	readonly read: (path: string) => Promise<string>;
	/**
	 * Replaces the note's text with `change(current)`, `current` read at write time (plugin:
	 * `Vault.process`; CLI: read, then `writeAtomic` with the expected-content check, retried if the
	 * file changed in between). `change` returns null to leave the note as it is. Resolves to the
	 * text written, or null when nothing was written.
	 */
	readonly update: (path: string, change: (current: string) => string | null) => Promise<string | null>;
}

/** What happened to one note in a vault run. */
export type NoteOutcome =
	/** Linked: every planned edit written, in one write. */
	| "linked"
	/** Dry run: edits planned, nothing written. */
	| "planned"
	/** Nothing to link. */
	| "unchanged"
	/** An error stopped this note; it is untouched. */
	| "failed"
	/** The run stopped (error or cancel) before this note; it is untouched. */
	| "not-reached";

export interface NoteReport {
	readonly path: string;
	readonly outcome: NoteOutcome;
	/** The edits against the text as read (written, or planned in a dry run). */
	readonly edits: readonly LinkEdit[];
	/** Mentions left alone, counted by reason. */
	readonly skipped: Readonly<Partial<Record<SkipReason, number>>>;
	/** Doubtful links offered but not written (the run was not asked to include them). */
	readonly doubtful: readonly DoubtfulEdit[];
	/** Names found but not linked for what they are (flags), one entry per entity and flag. */
	readonly unlinked: readonly UnlinkedMentions[];
	/** True when the note changed between planning and writing and was planned again. */
	readonly replanned: boolean;
	/** For `failed`: the error's message. */
	readonly error?: string;
}

export interface VaultRunReport {
	/** Every note considered, in run order. */
	readonly notes: readonly NoteReport[];
	/** True when written (not a dry run). */
	readonly write: boolean;
	/** Why the run stopped early, if it did. */
	readonly stopped?: { readonly reason: "error" | "cancelled"; readonly path?: string; readonly message?: string };
	/** Links per entity name, over the whole run. */
	readonly perEntity: Readonly<Record<string, number>>;
}

/** The mentions of one entity a note leaves unlinked for one flag: the first, and how many. */
export interface UnlinkedMentions {
	readonly entity: string;
	readonly flag: FlagReason;
	/** The first such mention's text and offset. */
	readonly surface: string;
	readonly offset: number;
	readonly count: number;
}

/** Options of a vault run. */
export interface VaultRunOptions {
	/** Also write doubtful links (`DOUBTFUL_FLAGS`). Default false: they are reported, not written. */
	readonly includeDoubtful?: boolean;
	/** Only these paths (default: every note the port lists). */
	readonly paths?: readonly string[];
	/** Write (true) or dry run (false). */
	readonly write: boolean;
	/** Also set each linked note's `entities` property. Default true when writing. */
	readonly updateProperty?: boolean;
	/** Called after each note, for a progress bar. */
	readonly onProgress?: (done: number, total: number, path: string) => void;
	/** Polled between notes; true stops the run (remaining notes are `not-reached`). */
	readonly cancelled?: () => boolean;
	/**
	 * Awaited after each note, before the next: where the caller lets its interface run (the
	 * plugin yields here; the core keeps no timers). Reads ahead go on meanwhile.
	 */
	readonly pause?: () => Promise<void>;
	/**
	 * Given, each note's report is handed here as soon as it is made (the notes not reached too,
	 * in run order) and the run's `notes` stays empty: the caller keeps what it needs, so a long
	 * run's memory does not grow with its plan. `perEntity` is counted either way.
	 */
	readonly onNote?: (note: NoteReport) => void;
}

/** The entity report over a set of notes. */
export interface EntityReport {
	/** Names claimed by two or more entities. */
	readonly sharedAliases: readonly { readonly alias: string; readonly entities: readonly string[] }[];
	/** Entities mentioned (or linked) in no note. */
	readonly neverMentioned: readonly string[];
	/** Names no entity has, appearing often, most frequent first. */
	readonly candidates: readonly Candidate[];
	/** Mentions per entity name (all, linked or not). */
	readonly mentions: Readonly<Record<string, number>>;
	/** Names found but never linked for what they are (flags), most frequent first. */
	readonly unlinked: readonly UnlinkedName[];
}

/** How often an entity's name is found but not linked for one reason, across the notes. */
export interface UnlinkedName {
	readonly entity: string;
	readonly flag: FlagReason;
	readonly count: number;
	/** The text of the first such mention (`target`, `HQ`). */
	readonly example: string;
}

/** A frequent name no entity has yet. */
export interface Candidate {
	readonly name: string;
	/** How it was spotted: `「…」` quotes, a Capitalised Phrase, a gloss in brackets `創世計畫 (Genesis Mission)`. */
	readonly kind: "quoted" | "capitalised" | "gloss";
	/** For glosses: the name the bracket glosses (`創世計畫`). */
	readonly gloss?: string;
	/** Occurrences across the notes. */
	readonly count: number;
	/** Notes it appears in (paths, at most 5). */
	readonly notes: readonly string[];
}

/** An analysis as the timeline needs it (from its frontmatter and the links index). */
export interface TimelineSource {
	readonly path: string;
	/** `title` property, or the note's name. */
	readonly title: string;
	/** `outlet` property. */
	readonly outlet?: string;
	/** `published` property as written (`2025-12-05`, `2025-12-05T14:42`). */
	readonly published?: string;
	/** Entity names this note links (resolved link targets). */
	readonly entities: readonly string[];
	/** Entity names it mentions without a link (`unlinkedMentions`, plain entries of its `entities` property). */
	readonly unlinked?: readonly string[];
}

/** An open question, as the questions feature indexes it (injected; this feature does not read questions). */
export interface QuestionSource {
	readonly path: string;
	/** Zero-based line of the question. */
	readonly line: number;
	/** The question as shown: its title. */
	readonly text: string;
	/** Its detail, searched for mentions too. */
	readonly detail?: string;
	/**
	 * The entity names the question mentions (links and names the matcher finds), as the questions
	 * index keeps them current; when given, the timeline reads these instead of matching the text.
	 */
	readonly entities?: readonly string[];
}

/** An analysis in an entity's timeline. */
export interface TimelineAnalysis {
	readonly path: string;
	readonly title: string;
	readonly outlet?: string;
	readonly published?: string;
	/** Set when the analysis names the entity without linking it (its backlinks do not show it). */
	readonly unlinked?: true;
}

/** An entity's timeline: analyses newest published first (undated last), then questions. */
export interface Timeline {
	readonly entity: string;
	readonly analyses: readonly TimelineAnalysis[];
	readonly questions: readonly QuestionSource[];
}

/** A starter entity (data for "Add starter entities"). */
export interface StarterEntity {
	/** English name: the note name. */
	readonly name: string;
	/** Chinese names (Traditional and Simplified where they differ) and other forms. */
	readonly aliases: readonly string[];
	readonly category: Category;
	/** One line saying what it is, in English. */
	readonly description: string;
}

/** A new entity note to create. */
export interface NewEntity {
	readonly name: string;
	readonly aliases: readonly string[];
	readonly category?: Category;
	readonly description?: string;
}
