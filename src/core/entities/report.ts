/**
 * The entity report: names two entities share, entities no note mentions, names found but not
 * linked and why (flags), and names that recur without an entity — words in 「」 or 『』,
 * Capitalised Phrases, and glosses in brackets (`創世計畫 (Genesis Mission)`: both sides are
 * candidates, the gloss says they name one thing).
 */
import type { ParsedNote } from "../parse";
import { overlapsProtected } from "./linker";
import { findMentions, resolveName } from "./matcher";
import type { Candidate, EntityReport, FlagReason, Matcher, UnlinkedName } from "./types";

/** A note as the report reads it. */
export interface ReportNote {
	readonly path: string;
	readonly text: string;
	readonly parsed: ParsedNote;
}

/** How candidate names are spotted, each part named. */
const QUOTED = /[「『]([^」』\n]{2,20})[」』]/g; // 「開源小模型」
const CAPITALISED = /\b([A-Z][a-zA-Z0-9]+(?:[ -][A-Z][a-zA-Z0-9]+)+)\b/g; // Genesis Mission, Hugging Face
const GLOSS = new RegExp(
	[
		String.raw`([\u3400-\u9fff]{2,20})`, // a CJK name
		String.raw`\s*[(（]`, // an opening bracket, half- or full-width
		String.raw`([A-Za-z][A-Za-z0-9 .&'-]{1,60}?)`, // its Latin gloss
		String.raw`[)）]`, // the closing bracket
	].join(""),
	"g",
);

/** The report over `notes`. Candidates need at least `minCount` occurrences (default 2). */
export function entityReport(matcher: Matcher, notes: readonly ReportNote[], minCount = 2): EntityReport {
	const mentions: Record<string, number> = {};
	const unlinked = new Map<string, UnlinkedName>();
	const found = new Map<string, { kind: Candidate["kind"]; gloss?: string; count: number; notes: string[] }>();
	for (const note of notes) {
		// A mention in protected text (the frontmatter's own `aliases`, code, links) or in the entity's own note is none.
		for (const m of findMentions(matcher, note.text, note.path)) {
			if (m.path === note.path || overlapsProtected(note.parsed.protectedRanges, m)) continue;
			mentions[m.entity] = (mentions[m.entity] ?? 0) + 1;
			if (m.flag) countUnlinked(unlinked, m.entity, m.flag, m.surface);
		}
		for (const ref of [...note.parsed.links, ...note.parsed.embeds]) {
			const entity = resolveName(matcher, ref.link);
			if (entity) mentions[entity.name] = (mentions[entity.name] ?? 0) + 1;
		}
		for (const candidate of candidatesIn(note)) {
			if (resolveName(matcher, candidate.name)) continue;
			const entry = found.get(candidate.name) ?? { kind: candidate.kind, count: 0, notes: [], ...(candidate.gloss ? { gloss: candidate.gloss } : {}) };
			entry.count++;
			if (!entry.notes.includes(note.path) && entry.notes.length < 5) entry.notes.push(note.path);
			found.set(candidate.name, entry);
		}
	}
	const candidates = [...found].filter(([, c]) => c.count >= minCount).map(([name, c]) => ({ name, ...c })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
	const names = [...matcher.registry.byPath.values()].map((e) => e.name);
	const byCount = [...unlinked.values()].sort((a, b) => b.count - a.count || a.entity.localeCompare(b.entity));
	return { sharedAliases: shared(matcher), neverMentioned: names.filter((n) => !mentions[n]).sort(), candidates, mentions, unlinked: byCount };
}

function countUnlinked(into: Map<string, UnlinkedName>, entity: string, flag: FlagReason, surface: string): void {
	const key = `${entity}\u0000${flag}`;
	const seen = into.get(key);
	into.set(key, seen ? { ...seen, count: seen.count + 1 } : { entity, flag, count: 1, example: surface });
}

function shared(matcher: Matcher): EntityReport["sharedAliases"] {
	const byAlias = new Map<string, Set<string>>();
	for (const flag of matcher.flagged) {
		if (flag.reason !== "shared") continue;
		const set = byAlias.get(flag.alias) ?? new Set();
		set.add(flag.entity);
		byAlias.set(flag.alias, set);
	}
	return [...byAlias].map(([alias, set]) => ({ alias, entities: [...set].sort() })).sort((a, b) => a.alias.localeCompare(b.alias));
}

/** The candidate names of one note, outside protected text. */
function candidatesIn(note: ReportNote): { name: string; kind: Candidate["kind"]; gloss?: string }[] {
	const out: { name: string; kind: Candidate["kind"]; gloss?: string }[] = [];
	const free = (from: number, to: number) => !overlapsProtected(note.parsed.protectedRanges, { from, to });
	for (const m of note.text.matchAll(QUOTED)) if (free(m.index, m.index + m[0].length)) out.push({ name: m[1]!.trim(), kind: "quoted" });
	for (const m of note.text.matchAll(CAPITALISED)) if (free(m.index, m.index + m[0].length)) out.push({ name: m[1]!, kind: "capitalised" });
	for (const m of note.text.matchAll(GLOSS)) {
		if (!free(m.index, m.index + m[0].length)) continue;
		out.push({ name: m[1]!, kind: "gloss", gloss: m[2]!.trim() });
	}
	return out;
}
