/**
 * An entity's timeline: the analyses that mention it — linked, or named without a link (marked
 * so) — newest published first, with outlet and date; and the open questions that mention it
 * (injected by the questions feature).
 */
import { ANALYSIS_TYPE } from "../analysis/model";
import { parseNote, type ParsedNote } from "../parse";
import { planLinks } from "./linker";
import { findMentions, resolveName } from "./matcher";
import { entityNamed } from "./names";
import type { Entity, LinkPolicy, Matcher, QuestionSource, Timeline, TimelineAnalysis, TimelineSource } from "./types";

/** Mentions as the timeline counts them: every one the linker would link, headings included. */
const EVERY_MENTION: LinkPolicy = { mentions: "every", skipHeadings: false, style: "wikilink" };

/**
 * The names of the entities `text` mentions where *Link entities in this note* would link them —
 * never inside code, URLs, links, tags, comments or other protected text; flagged names (one
 * character, common words) left out — each once, in order. The timeline's unlinked mentions
 * (a mention inside a link is the link itself, not one of these).
 *
 * @example unlinkedMentions("由DeepSeek開發，見 `DeepSeek`。", "a.md", matcher) // ["DeepSeek"]
 */
export function unlinkedMentions(text: string, path: string, matcher: Matcher, parsed: ParsedNote = parseNote(text)): string[] {
	return [...new Set(planLinks(text, parsed, matcher, { ...EVERY_MENTION, notePath: path }).edits.map((edit) => edit.entity))];
}

/**
 * The entities an analysis names without linking them, as the timeline counts them: its unlinked
 * mentions, and the entries of its `entities` property (`entitiesProperty`) that name an entity.
 * The plugin's mention index and the CLI both read a note's unlinked names here.
 */
export function unlinkedNames(text: string, path: string, entitiesProperty: unknown, matcher: Matcher, parsed?: ParsedNote): string[] {
	const names = new Set(unlinkedMentions(text, path, matcher, parsed));
	for (const target of propertyTargets(entitiesProperty)) {
		const entity = entityNamed(matcher, target);
		if (entity) names.add(entity.name);
	}
	return [...names];
}

/**
 * A note as the timeline reads it, from its text alone — for an adapter with no links index (the
 * CLI; the plugin reads Obsidian's `resolvedLinks`). Its links resolved to entity notes (in the
 * body and in properties, as Obsidian resolves them), and for an analysis (`type: analysis`) its
 * unlinked names. Null for an entity note, and for a note that names no entity.
 */
export function timelineSourceOf(text: string, path: string, matcher: Matcher): TimelineSource | null {
	if (matcher.registry.byPath.has(path)) return null;
	const parsed = parseNote(text);
	const properties = parsed.frontmatter ?? {};
	const targets = [...parsed.links, ...parsed.embeds].map((ref) => ref.link).concat(propertyLinks(properties));
	const entities = [...new Set(targets.flatMap((target) => linkedEntity(matcher, target, path)?.name ?? []))];
	const unlinked = properties.type === ANALYSIS_TYPE ? unlinkedNames(text, path, properties.entities, matcher, parsed) : [];
	if (entities.length === 0 && unlinked.length === 0) return null;
	const title = plain(properties.title) ?? path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
	const outlet = plain(properties.outlet);
	const published = plain(properties.published);
	return { path, title, ...(outlet ? { outlet } : {}), ...(published ? { published } : {}), entities, ...(unlinked.length ? { unlinked } : {}) };
}

/** A property's text, trimmed; undefined when it is no text or empty. */
function plain(value: unknown): string | undefined {
	return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/**
 * The entity a link opens, as Obsidian resolves it: by the note's path or name, never by an alias
 * (`[[深度求索]]` opens no note unless one is named so).
 */
function linkedEntity(matcher: Matcher, target: string, path: string): Entity | undefined {
	const entity = resolveName(matcher, target, path);
	const name = target.split(/[#|]/)[0]!.replace(/\.md$/i, "").trim();
	const last = name.slice(name.lastIndexOf("/") + 1).toLowerCase();
	return entity && (name.includes("/") || last === entity.name.toLowerCase()) ? entity : undefined;
}

/** The targets of the `[[links]]` written in property values (strings, and strings in lists). */
function propertyLinks(properties: Readonly<Record<string, unknown>>): string[] {
	const values = Object.values(properties).flatMap((value) => (Array.isArray(value) ? (value as unknown[]) : [value]));
	return values.flatMap((value) => (typeof value === "string" ? [...value.matchAll(/\[\[([^\]|]+)/g)].map((m) => m[1]!) : []));
}

/**
 * What counts as an unlinked mention, with the entities `DeepSeek: 深度求索` and `Stargate: 星門`
 * (the test loop runs every example through `unlinkedMentions`).
 */
export const UNLINKED_EXAMPLES: readonly { readonly text: string; readonly found: readonly string[]; readonly why: string }[] = [
	{ text: "由DeepSeek開發，深度求索再發布。", found: ["DeepSeek"], why: "running text, each entity once" },
	{ text: "## 星門\n\n見 [[DeepSeek]]。", found: ["Stargate"], why: "headings count; a link is a link, not an unlinked mention" },
	{ text: "`DeepSeek` https://example.com/DeepSeek #DeepSeek <!-- 星門 -->", found: [], why: "code, URLs, tags and comments are protected" },
	{ text: "---\ntitle: DeepSeek\n---\n```\n星門\n```\n", found: [], why: "frontmatter and code blocks are protected" },
	{ text: "> [!note]\n> 星門與 DeepSeek", found: ["Stargate", "DeepSeek"], why: "callout bodies are text" },
];

/**
 * The names an `entities` property lists (a list, or one string): `[[Folder/Name#Part|shown]]`
 * → `Folder/Name`, plain entries trimmed. Resolve them as link targets or names.
 */
export function propertyTargets(value: unknown): string[] {
	const entries = Array.isArray(value) ? (value as unknown[]) : [value];
	return entries.flatMap((entry) => {
		if (typeof entry !== "string") return [];
		const link = /^\s*!?\[\[([^\]|#]+)/.exec(entry);
		const name = (link ? link[1]! : entry).trim();
		return name === "" ? [] : [name];
	});
}

/**
 * The timeline of `entity`: `sources` that link it or name it unlinked (by name, case-insensitively;
 * a link wins) sorted newest `published` first (undated last, then by title), and `questions` that
 * mention one of its names or link it — by the question's own `entities` when the questions index gives them (kept
 * current as entities change), else found in its text with `matcher` and as `[[Name]]`, `[[Name|…]]`.
 */
export function buildTimeline(entity: Entity, sources: readonly TimelineSource[], questions: readonly QuestionSource[], matcher: Matcher): Timeline {
	const name = entity.name.toLowerCase();
	const names = (list: readonly string[] | undefined) => list?.some((e) => e.toLowerCase() === name) ?? false;
	const analyses = sourcesNaming(entity, sources)
		.map((s) => analysisOf(s, !names(s.entities)))
		.sort(newestFirst);
	const linked = new RegExp(String.raw`\[\[(?:[^\]|#]*/)?${escape(entity.name)}(?:[#|][^\]]*)?\]\]`, "i");
	const mentions = (text: string) => linked.test(text) || findMentions(matcher, text).some((m) => m.path === entity.path);
	const listed = (q: QuestionSource) => (q.entities ? names(q.entities) : mentions(q.detail ? `${q.text}\n${q.detail}` : q.text));
	return { entity: entity.name, analyses, questions: questions.filter(listed) };
}

/**
 * The sources that name `entity` — link it or name it unlinked, by name, case-insensitively —
 * its own note left out. The one test of which analyses name an entity: the timeline, *Named
 * with* and the maps all read it here.
 */
export function sourcesNaming(entity: Entity, sources: readonly TimelineSource[]): TimelineSource[] {
	const name = entity.name.toLowerCase();
	const names = (list: readonly string[] | undefined) => list?.some((e) => e.toLowerCase() === name) ?? false;
	return sources.filter((s) => s.path !== entity.path && (names(s.entities) || names(s.unlinked)));
}

function analysisOf({ path, title, outlet, published }: TimelineSource, unlinked: boolean): TimelineAnalysis {
	return { path, title, ...(outlet ? { outlet } : {}), ...(published ? { published } : {}), ...(unlinked ? { unlinked: true as const } : {}) };
}

/** Newest `published` first (compared as written: ISO dates sort as text), undated last, then by title, then by path. */
export function newestFirst(a: Dated, b: Dated): number {
	if (a.published && b.published && a.published !== b.published) return a.published < b.published ? 1 : -1;
	if (a.published && !b.published) return -1;
	if (!a.published && b.published) return 1;
	return a.title.localeCompare(b.title) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

interface Dated {
	readonly path: string;
	readonly title: string;
	readonly published?: string;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
