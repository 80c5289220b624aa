/**
 * An entity's timeline: the analyses that mention it — linked, or named without a link (marked
 * so) — newest published first, with outlet and date; and the open questions that mention it
 * (injected by the questions feature).
 */
import { findMentions } from "./matcher";
import { planNote } from "./run";
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
export function unlinkedMentions(text: string, path: string, matcher: Matcher): string[] {
	return [...new Set(planNote(text, path, matcher, EVERY_MENTION).edits.map((edit) => edit.entity))];
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
	const analyses = sources
		.filter((s) => s.path !== entity.path && (names(s.entities) || names(s.unlinked)))
		.map((s) => analysisOf(s, !names(s.entities)))
		.sort(newestFirst);
	const linked = new RegExp(String.raw`\[\[(?:[^\]|#]*/)?${escape(entity.name)}(?:[#|][^\]]*)?\]\]`, "i");
	const mentions = (text: string) => linked.test(text) || findMentions(matcher, text).some((m) => m.path === entity.path);
	const listed = (q: QuestionSource) => (q.entities ? names(q.entities) : mentions(q.detail ? `${q.text}\n${q.detail}` : q.text));
	return { entity: entity.name, analyses, questions: questions.filter(listed) };
}

function analysisOf({ path, title, outlet, published }: TimelineSource, unlinked: boolean): TimelineAnalysis {
	return { path, title, ...(outlet ? { outlet } : {}), ...(published ? { published } : {}), ...(unlinked ? { unlinked: true as const } : {}) };
}

function newestFirst(a: { title: string; published?: string }, b: { title: string; published?: string }): number {
	if (a.published && b.published && a.published !== b.published) return a.published < b.published ? 1 : -1;
	if (a.published && !b.published) return -1;
	if (!a.published && b.published) return 1;
	return a.title.localeCompare(b.title);
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
