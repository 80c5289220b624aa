/**
 * `normalize`: turns an analysis as a researcher wrote it (the sample's shape — a source URL, a
 * title, numbered sections, `- **標題：** …` metadata lines) into Dossier's form: the metadata moves
 * into properties, missing sections are added, and every other line stays, in order. A metadata
 * line leaves the body only when the properties reproduce it exactly; running it twice changes
 * nothing the second time.
 */
import type { Language } from "../i18n";
import { parseNote, type ParsedNote } from "../parse";
import { holds, planProperties, readProperties, writeProperties, type PropertyChange } from "./frontmatter";
import { detectLanguage } from "./language";
import { readMetadataLine, readUrlLine, type ReadLine } from "./metadata";
import { ANALYSIS_TYPE, ok, type PropertyName, type PropertyValue, type Result, type SectionKind } from "./model";
import { noteConventions } from "../text/conventions";
import { applyEdits, findSections, lineText, missingSectionEdits, type Edit } from "./sections";

/** What `normalize` did. */
export interface Normalized {
	/** The new text of the note. */
	readonly text: string;
	/** The properties set, in order. */
	readonly changes: readonly PropertyChange[];
	/** Properties the note already held with a different value (kept as they were). */
	readonly conflicts: readonly PropertyName[];
	/** The lines moved into properties (zero-based line numbers of the input). */
	readonly moved: readonly number[];
	/** The sections added. */
	readonly inserted: readonly SectionKind[];
	/** The language the note was read as. */
	readonly lang: Language;
}

/** A metadata line found in the note, with its line number. */
interface Candidate {
	readonly line: number;
	readonly read: ReadLine;
}

/** The properties a note's own text says it should have, and the lines that say it. */
export interface NoteReading {
	readonly parsed: ParsedNote;
	readonly candidates: readonly Candidate[];
	readonly wanted: readonly (readonly [PropertyName, PropertyValue])[];
	readonly lang: Language;
}

/** Reads what an analysis's text says about its article, without changing anything. */
export function readAnalysis(text: string, fallbackLang: Language = "en"): NoteReading {
	const parsed = parseNote(text);
	const candidates = [...urlCandidates(text, parsed), ...metadataCandidates(text, parsed)];
	const lang = detectLanguage(text, [...findSections(parsed).map((s) => s.lang), ...candidates.map((c) => c.read.lang)], fallbackLang);
	const wanted: [PropertyName, PropertyValue][] = [["type", ANALYSIS_TYPE], ["lang", lang]];
	for (const candidate of candidates) wanted.push(...candidate.read.properties.map(([k, v]) => [k, v] as [PropertyName, PropertyValue]));
	return { parsed, candidates, wanted: mergeWanted(wanted), lang };
}

/**
 * Normalizes a note. `properties: "write"` sets the properties the text implies (the CLI's one
 * write); `"keep"` leaves the frontmatter alone and only moves the lines the properties already
 * reproduce (the plugin's second step, after `processFrontMatter`).
 */
export function normalize(note: string, options: { readonly properties: "write" | "keep"; readonly lang?: Language } = { properties: "write" }): Result<Normalized> {
	const { text, restore } = noteConventions(note);
	const reading = readAnalysis(text, options.lang);
	const props = readProperties(text, reading.parsed);
	if (!props.ok) return props;
	const plan = planProperties(props.value.values, options.properties === "write" ? reading.wanted : []);
	const moved = reading.candidates.filter((c) => c.read.exact && c.read.properties.every(([k, v]) => holds(plan.merged, k, v))).map((c) => c.line);
	const removals = moved.map((line) => lineRemoval(text, reading.parsed, line));
	const sections = missingSectionEdits(text, reading.parsed, reading.lang, props.value.bodyStart);
	const body = applyEdits(text, [...removals, ...sections.edits]);
	const out = writeProperties(body, props.value, plan.changes);
	return ok({ text: restore(out), changes: plan.changes, conflicts: plan.conflicts, moved, inserted: sections.inserted, lang: reading.lang });
}

/** Removes a line with its line break, and the whitespace-only line under it (the sample's spacer). */
function lineRemoval(text: string, parsed: ParsedNote, line: number): Edit {
	const from = parsed.lineStarts[line] ?? text.length;
	const spacer = line + 1 < parsed.lineStarts.length && lineText(text, parsed, line + 1).trim() === "" && lineText(text, parsed, line + 1) !== "";
	const to = parsed.lineStarts[line + (spacer ? 2 : 1)] ?? text.length;
	return { from, to, insert: "" };
}

/** The bare URL line above the first heading: the article's address written on top of the note. */
function urlCandidates(text: string, parsed: ParsedNote): Candidate[] {
	const props = readProperties(text, parsed);
	const first = props.ok ? lineOf(parsed, props.value.bodyStart) : 0;
	const stop = parsed.headings[0]?.position.start.line ?? parsed.lineStarts.length;
	const found: Candidate[] = [];
	for (let line = first; line < stop; line++) {
		const url = readUrlLine(lineText(text, parsed, line));
		if (url !== null && !isProtected(parsed, line, true)) found.push({ line, read: { properties: [["source", url]], exact: true, lang: null } });
	}
	// Two addresses on top: which one is the article's is not clear, so neither moves.
	return found.length === 1 ? found : [];
}

/** Metadata lines of the metadata section, outside code and comments. */
function metadataCandidates(text: string, parsed: ParsedNote): Candidate[] {
	const section = findSections(parsed).find((s) => s.kind === "metadata");
	if (!section) return [];
	const found: Candidate[] = [];
	for (let line = section.line + 1; line < section.end; line++) {
		if (isProtected(parsed, line, false)) continue;
		const read = readMetadataLine(lineText(text, parsed, line));
		if (read) found.push({ line, read });
	}
	return found;
}

/** Kinds of protected text that make a whole line off limits (a link inside a value is fine). */
const BLOCKING = new Set(["frontmatter", "code", "math", "comment", "html"]);

function isProtected(parsed: ParsedNote, line: number, urlLine: boolean): boolean {
	const start = parsed.lineStarts[line] ?? 0;
	const end = parsed.lineStarts[line + 1] ?? Number.MAX_SAFE_INTEGER;
	return parsed.protectedRanges.some((r) => r.from < end && r.to > start && (BLOCKING.has(r.kind) || (!urlLine && r.kind === "inlineCode")));
}

function lineOf(parsed: ParsedNote, offset: number): number {
	let line = 0;
	while (line + 1 < parsed.lineStarts.length && (parsed.lineStarts[line + 1] ?? Infinity) <= offset) line += 1;
	return line;
}

/** Joins repeated keys: lists are concatenated, the first scalar wins. */
function mergeWanted(wanted: readonly (readonly [PropertyName, PropertyValue])[]): [PropertyName, PropertyValue][] {
	const merged = new Map<PropertyName, PropertyValue>();
	for (const [key, value] of wanted) {
		const have = merged.get(key);
		if (have === undefined) merged.set(key, value);
		else if (typeof have !== "string" && typeof value !== "string") merged.set(key, [...have, ...value.filter((v) => !have.includes(v))]);
	}
	return [...merged];
}
