/**
 * The four sections of an analysis in a parsed note: finding them whatever their numbering or
 * language, inserting the ones a note lacks, appending an investigation question, and finding the
 * first section still empty (where the cursor goes in a new note).
 */
import type { Language } from "../i18n";
import { parseNote, type ParsedNote } from "../parse";
import { headingText, recogniseHeading } from "./headings";
import { SECTION_KINDS, type SectionKind } from "./model";

/** One of the four sections as it stands in a note. */
export interface FoundSection {
	readonly kind: SectionKind;
	/** The language its heading names it in, when the name tells. */
	readonly lang: Language | null;
	/** The heading's line (zero-based). */
	readonly line: number;
	/** The heading's level, 1–6. */
	readonly level: number;
	/** The line after the section's last line: the next heading of its level or higher, the next of the four, or the line count. */
	readonly end: number;
	/** Whether the heading is numbered (`2. 核心摘要`), so inserted headings are numbered too. */
	readonly numbered: boolean;
}

/** The recognised sections of a note, the first of each kind, in the note's order. */
export function findSections(parsed: ParsedNote): readonly FoundSection[] {
	const lineCount = parsed.lineStarts.length;
	const found: FoundSection[] = [];
	const recognised = parsed.headings.map((h) => recogniseHeading(h.heading));
	parsed.headings.forEach((heading, index) => {
		const kind = recognised[index];
		if (!kind || found.some((s) => s.kind === kind.kind)) return;
		// A section ends at the next heading of its level or higher, or at the next of the four, whatever its level.
		const next = parsed.headings.find((h, i) => i > index && (h.level <= heading.level || recognised[i] !== null));
		found.push({
			kind: kind.kind,
			lang: kind.lang,
			line: heading.position.start.line,
			level: heading.level,
			end: next ? next.position.start.line : lineCount,
			numbered: /^\s*\d+[.、)]/.test(heading.heading),
		});
	});
	return found;
}

/** A text edit: replace `[from, to)` with `insert`. */
export interface Edit {
	readonly from: number;
	readonly to: number;
	readonly insert: string;
}

/** Applies non-overlapping edits (any order). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
	let out = text;
	for (const edit of [...edits].sort((a, b) => b.from - a.from || b.to - a.to)) out = out.slice(0, edit.from) + edit.insert + out.slice(edit.to);
	return out;
}

/** The edits that insert every section the note lacks, each before the next section it has, in order. */
export function missingSectionEdits(text: string, parsed: ParsedNote, lang: Language, minStart = 0): { readonly edits: readonly Edit[]; readonly inserted: readonly SectionKind[] } {
	const found = findSections(parsed);
	const edits: Edit[] = [];
	const inserted: SectionKind[] = [];
	SECTION_KINDS.forEach((kind, index) => {
		if (found.some((s) => s.kind === kind)) return;
		const after = SECTION_KINDS.slice(index + 1).map((k) => found.find((s) => s.kind === k)).find((s) => s !== undefined);
		const heading = sectionHeading(kind, lang, found);
		const at = after ? (parsed.lineStarts[after.line] ?? text.length) : text.length;
		edits.push({ from: Math.max(at, minStart), to: Math.max(at, minStart), insert: after ? `${heading}\n\n` : `${endGap(text)}${heading}\n\n` });
		inserted.push(kind);
	});
	const merged = mergeSamePoint(edits);
	if (merged.length === 0) return { edits: [], inserted: [] };
	// A heading that would land inside code or a comment (an unclosed fence at the end) is no
	// heading: insert nothing rather than text that a second run would insert again.
	const after = findSections(parseNote(applyEdits(text, merged)));
	return after.length === found.length + inserted.length ? { edits: merged, inserted } : { edits: [], inserted: [] };
}

/** The heading line for a new section, at the level and with the numbering of the sections the note has. */
export function sectionHeading(kind: SectionKind, lang: Language, found: readonly FoundSection[]): string {
	const level = found[0]?.level ?? 2;
	const numbered = found.length > 0 && found.every((s) => s.numbered);
	return `${"#".repeat(level)} ${headingText(kind, lang, numbered ? SECTION_KINDS.indexOf(kind) + 1 : undefined)}`;
}

/** Appends a block at the end of the text, after a blank line. */
export function appendBlock(text: string, block: string): string {
	return `${text}${endGap(text)}${block}`;
}

/** Edits inserted at the same point keep their order by being joined into one. */
function mergeSamePoint(edits: readonly Edit[]): Edit[] {
	const merged: Edit[] = [];
	for (const edit of edits) {
		const same = merged.findIndex((e) => e.from === edit.from && e.to === edit.to);
		if (same < 0) merged.push(edit);
		else merged[same] = { ...edit, insert: (merged[same]?.insert ?? "") + edit.insert.replace(/^\n+/, "") };
	}
	return merged;
}

/** What to add before text appended at the end so it starts after a blank line. */
function endGap(text: string): string {
	if (text === "" || text.endsWith("\n\n")) return "";
	return text.endsWith("\n") ? "\n" : "\n\n";
}

/** Whether a section holds nothing but blank lines and thematic breaks. */
export function isEmptySection(text: string, parsed: ParsedNote, section: FoundSection): boolean {
	for (let line = section.line + 1; line < section.end; line++) {
		if (!/^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})?$/.test(lineText(text, parsed, line))) return false;
	}
	return true;
}

/** The line where the cursor goes in a new note: under the first empty section's heading, or `null`. */
export function firstEmptySectionLine(text: string, parsed: ParsedNote): number | null {
	const empty = findSections(parsed).find((s) => isEmptySection(text, parsed, s));
	return empty ? Math.min(empty.line + 1, parsed.lineStarts.length - 1) : null;
}

export function lineText(text: string, parsed: ParsedNote, line: number): string {
	const start = parsed.lineStarts[line] ?? text.length;
	const next = parsed.lineStarts[line + 1];
	return text.slice(start, next === undefined ? text.length : next - 1).replace(/\r$/, "");
}
