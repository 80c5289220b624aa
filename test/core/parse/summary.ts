/**
 * A parsed note in short readable lines, so examples state what they expect in one glance:
 * `heading 0 h1 Title`, `section list 2-5`, `item 3 - parent 2 [x] +4`, `link 1:6 Note`,
 * `protected code "```js…"`.
 */
import type { ParsedNote, Pos } from "../../../src/core/parse";

export interface Summary {
	readonly headings: string[];
	readonly sections: string[];
	readonly items: string[];
	readonly links: string[];
	readonly embeds: string[];
	readonly tags: string[];
	readonly blockIds: string[];
	readonly protected: string[];
	readonly frontmatter: string[];
}

const at = (position: Pos) => `${position.start.line}:${position.start.col}`;

export function summarize(text: string, note: ParsedNote): Summary {
	return {
		headings: note.headings.map((h) => `${h.position.start.line} h${h.level} ${h.heading}`),
		sections: note.sections.map((s) => `${s.type} ${s.position.start.line}-${s.position.end.line}`),
		items: note.listItems.map((i) => {
			const task = i.task === undefined ? "" : ` [${i.task}]`;
			const continuation = i.continuationLines.length ? ` +${i.continuationLines.join(",")}` : "";
			return `${i.position.start.line} ${i.marker} parent ${i.parent}${task}${continuation}`;
		}),
		links: note.links.map((l) => `${at(l.position)} ${l.link}`),
		embeds: note.embeds.map((l) => `${at(l.position)} ${l.link}`),
		tags: note.tags.map((t) => `${at(t.position)} ${t.tag}`),
		blockIds: note.blockIds.map((b) => `${at(b.position)} ${b.id}`),
		protected: note.protectedRanges.map((r) => `${r.kind} ${JSON.stringify(text.slice(r.from, r.to))}`),
		frontmatter: frontmatterLines(note),
	};
}

function frontmatterLines(note: ParsedNote): string[] {
	const block = note.frontmatterBlock;
	if (!block) return [];
	if (!block.ok) return [`error ${block.error}`];
	return Object.entries(block.values).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
}
