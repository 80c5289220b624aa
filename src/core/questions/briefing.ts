/**
 * Questions as Markdown: one question for the clipboard, or a briefing — the questions as the
 * panel shows them (filtered, grouped, in order), each with a link back to its note.
 */
import type { Question, QuestionStatus } from "./model";
import type { GroupBy, PanelGroup } from "./panel";

/** The words the adapter supplies, in the interface language. */
export interface BriefingWords {
	/** The briefing's top heading, e.g. "Open questions — 2025-12-10". */
	readonly heading: string;
	/** A group's heading (a note title, an entity, a status name, or "No outlet"…). */
	readonly group: (group: PanelGroup) => string;
	readonly status: (status: QuestionStatus) => string;
	/** Words for "review" and "answered by". */
	readonly review: string;
	readonly answeredBy: string;
}

/** `[[path without .md|title]]`; `|` and `]` in the title would break the link, so they are dropped. */
export function noteLink(path: string, title: string): string {
	const target = path.replace(/\.md$/i, "");
	const alias = title.replace(/[|[\]]/g, " ").replace(/\s+/g, " ").trim();
	return alias && alias !== target ? `[[${target}|${alias}]]` : `[[${target}]]`;
}

/** One question as a Markdown list item, its detail indented under it, with its note link. */
export function questionMarkdown(q: Question, words: Omit<BriefingWords, "heading" | "group">, withNote = true): string {
	const facts = [
		q.status === "open" ? null : words.status(q.status),
		q.review ? `${words.review} ${q.review}` : null,
		q.answeredBy ? `${words.answeredBy} [[${q.answeredBy}]]` : null,
	].filter(Boolean);
	const source = [noteLink(q.path, q.note.title), q.note.outlet, q.note.published?.slice(0, 10)].filter(Boolean).join(" · ");
	const lines = [`- **${q.title}**${facts.length ? ` (${facts.join("; ")})` : ""}${withNote ? ` — ${source}` : ""}`];
	if (q.detail) lines.push(...q.detail.split("\n").map((line) => (line ? `    ${line}` : "")));
	return lines.join("\n");
}

/** The briefing note's text for the groups as the panel shows them. */
export function briefingMarkdown(groups: readonly PanelGroup[], groupBy: GroupBy, words: BriefingWords): string {
	const out = [`# ${words.heading}`, ""];
	for (const group of groups) {
		if (groupBy !== "none") {
			out.push(`## ${groupBy === "note" && group.key ? noteLink(group.key, group.label ?? group.key) : words.group(group)}`, "");
		}
		for (const q of group.questions) out.push(questionMarkdown(q, words, groupBy !== "note"), "");
	}
	return `${out.join("\n").trimEnd()}\n`;
}
