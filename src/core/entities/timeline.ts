/**
 * An entity's timeline: the analyses that mention it, newest published first, with outlet and
 * date; and the open questions that mention it (injected by the questions feature).
 */
import { findMentions } from "./matcher";
import type { Entity, Matcher, QuestionSource, Timeline, TimelineSource } from "./types";

/**
 * The timeline of `entity`: `sources` that list it (by name, case-insensitively) sorted newest
 * `published` first (undated last, then by title), and `questions` whose text mentions one of its
 * names or links it — by the question's own `entities` when the questions index gives them (kept
 * current as entities change), else found in its text with `matcher` and as `[[Name]]`, `[[Name|…]]`.
 */
export function buildTimeline(entity: Entity, sources: readonly TimelineSource[], questions: readonly QuestionSource[], matcher: Matcher): Timeline {
	const name = entity.name.toLowerCase();
	const analyses = sources
		.filter((s) => s.path !== entity.path && s.entities.some((e) => e.toLowerCase() === name))
		.map(({ path, title, outlet, published }) => ({ path, title, ...(outlet ? { outlet } : {}), ...(published ? { published } : {}) }))
		.sort(newestFirst);
	const linked = new RegExp(String.raw`\[\[(?:[^\]|#]*/)?${escape(entity.name)}(?:[#|][^\]]*)?\]\]`, "i");
	const mentions = (text: string) => linked.test(text) || findMentions(matcher, text).some((m) => m.path === entity.path);
	const names = (q: QuestionSource) => q.entities?.some((e) => e.toLowerCase() === name);
	return { entity: entity.name, analyses, questions: questions.filter((q) => names(q) ?? mentions(q.detail ? `${q.text}\n${q.detail}` : q.text)) };
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
