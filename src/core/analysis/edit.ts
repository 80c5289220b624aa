/**
 * Text transforms on an existing note, for the editor commands: insert the sections it lacks, add
 * an investigation question, and convert a Web Clipper note into an analysis. Each takes the note's
 * current text and returns the new text (or an error value); the adapters apply it.
 */
import { pickLanguage, type Language } from "../i18n";
import { parseNote, type ParsedNote } from "../parse";
import { planProperties, readProperties, writeProperties, type PropertyChange } from "./frontmatter";
import { headingText } from "./headings";
import { detectLanguage } from "./language";
import { ANALYSIS_TYPE, ok, SECTION_KINDS, type PropertyName, type PropertyValue, type Result, type SectionKind } from "./model";
import { noteConventions } from "../text/conventions";
import { appendBlock, applyEdits, findSections, lineText, missingSectionEdits, sectionHeading, type FoundSection } from "./sections";

/** The note's language: its `lang` property when Dossier knows it, else what its text says. */
export function noteLanguage(text: string, parsed: ParsedNote, fallback: Language): Language {
	const props = readProperties(text, parsed);
	const lang = props.ok ? props.value.values.lang : undefined;
	if (lang === "en" || lang === "zh-TW" || lang === "zh-CN") return lang;
	const body = props.ok ? text.slice(props.value.bodyStart) : text;
	return detectLanguage(body, findSections(parsed).map((s) => s.lang), fallback);
}

/** Inserts the sections the note lacks, in order, each before the next one it has. */
export function insertMissingSections(note: string, fallback: Language): Result<{ readonly text: string; readonly inserted: readonly SectionKind[] }> {
	const { text, restore } = noteConventions(note);
	const parsed = parseNote(text);
	const props = readProperties(text, parsed);
	if (!props.ok) return props;
	const { edits, inserted } = missingSectionEdits(text, parsed, noteLanguage(text, parsed, fallback), props.value.bodyStart);
	return ok({ text: restore(applyEdits(text, edits)), inserted });
}

/** A question added, and where the cursor goes (after its text). */
export interface AddedQuestion {
	readonly text: string;
	readonly line: number;
	readonly ch: number;
	/** The question's number. */
	readonly number: number;
}

/** Appends a numbered question to the investigation section, creating the section if missing. */
export function addQuestion(note: string, question: string, fallback: Language): Result<AddedQuestion> {
	const { text, restore } = noteConventions(note);
	let current = text;
	let parsed = parseNote(current);
	const found = findSections(parsed);
	if (!found.some((s) => s.kind === "questions")) {
		const props = readProperties(current, parsed);
		if (!props.ok) return props;
		current = appendBlock(current, `${sectionHeading("questions", noteLanguage(current, parsed, fallback), found)}\n`);
		parsed = parseNote(current);
	}
	const section = findSections(parsed).find((s) => s.kind === "questions");
	if (!section) return { ok: false, error: { kind: "no-section", section: "questions" } };
	const added = appendItem(current, parsed, section, question);
	return ok({ ...added, text: restore(added.text) });
}

function appendItem(text: string, parsed: ParsedNote, section: FoundSection, question: string): AddedQuestion {
	const items = parsed.listItems.filter((i) => i.ordered && i.parent < 0 && i.position.start.line > section.line && i.position.start.line < section.end);
	const last = items[items.length - 1];
	const number = last ? (parseInt(last.marker, 10) || items.length) + 1 : 1;
	const delimiter = last?.marker.endsWith(")") ? ")" : ".";
	// After the last question (with its paragraphs), else after the section's last line with content.
	const after = last ? lastItemLine(text, parsed, last.position.end.line) : lastContentLine(text, parsed, section);
	const loose = items.length > 0 && isLoose(text, parsed, items.map((i) => i.position.start.line), last?.continuationLines ?? []);
	const gap = after === section.line || loose || !last ? "\n\n" : "\n";
	const item = `${number}${delimiter} ${question}`;
	const at = lineEnd(text, parsed, after);
	const next = text.slice(0, at) + gap + item + text.slice(at);
	const line = after + gap.length;
	return { text: next, line, ch: item.length, number };
}

/** The section's last line with content, ignoring trailing blank lines and thematic breaks. */
function lastContentLine(text: string, parsed: ParsedNote, section: FoundSection): number {
	for (let line = section.end - 1; line > section.line; line--) {
		const content = lineText(text, parsed, line).trim();
		if (content !== "" && !/^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/.test(content)) return line;
	}
	return section.line;
}

/** The last non-blank line of an item ending at `end` (Obsidian-style positions may end on a blank line). */
function lastItemLine(text: string, parsed: ParsedNote, end: number): number {
	let line = end;
	while (line > 0 && lineText(text, parsed, line).trim() === "") line -= 1;
	return line;
}

/** Whether items are separated by blank lines (a loose list, as in the sample). */
function isLoose(text: string, parsed: ParsedNote, lines: readonly number[], continuation: readonly number[]): boolean {
	if (continuation.length > 0) return true;
	return lines.slice(1).some((line) => lineText(text, parsed, line - 1).trim() === "");
}

function lineEnd(text: string, parsed: ParsedNote, line: number): number {
	const next = parsed.lineStarts[line + 1];
	return next === undefined ? text.length : next - 1;
}

/** The heading under which a converted clipping keeps the article, per language. */
export const CLIPPED_ARTICLE: Readonly<Record<Language, string>> = {
	en: "Clipped article",
	"zh-TW": "原文 (Clipped Article)",
	"zh-CN": "原文 (Clipped Article)",
};

/** What converting a clipping did. */
export interface Converted {
	readonly text: string;
	readonly changes: readonly PropertyChange[];
	readonly lang: Language;
}

/** The properties Dossier adds to a clipping (`values` are its current properties, `body` its text). */
export function clippingProperties(values: Readonly<Record<string, unknown>>, body: string, fallback: Language): { readonly wanted: [PropertyName, PropertyValue][]; readonly lang: Language } {
	const lang = clippingLanguage(values.lang, body, fallback);
	return { wanted: [["type", ANALYSIS_TYPE], ["outlet", ""], ["keywords", []], ["entities", []], ["lang", lang]], lang };
}

/** Puts the four sections above a clipping's text, which stays whole under its own heading; a note that has any of them is left alone. */
export function insertClippingSections(note: string, lang: Language): Result<string> {
	const { text, restore } = noteConventions(note);
	const parsed = parseNote(text);
	const props = readProperties(text, parsed);
	if (!props.ok) return props;
	if (findSections(parsed).length > 0) return ok(note);
	const sections = SECTION_KINDS.map((kind, i) => `## ${headingText(kind, lang, i + 1)}\n\n`).join("");
	const body = text.slice(props.value.bodyStart).replace(/^\n+/, "");
	return ok(restore(`${text.slice(0, props.value.bodyStart)}\n${sections}## ${CLIPPED_ARTICLE[lang]}\n\n${body}`));
}

/**
 * Converts a note the Web Clipper wrote into an analysis in one pass (the CLI's and the tests'
 * form; the plugin does the same in two steps): Dossier's properties are added, the Clipper's kept
 * as they are, and the sections go above the clipped text.
 */
export function convertClipping(note: string, fallback: Language): Result<Converted> {
	const { text, restore } = noteConventions(note);
	const parsed = parseNote(text);
	const props = readProperties(text, parsed);
	if (!props.ok) return props;
	const { wanted, lang } = clippingProperties(props.value.values, text.slice(props.value.bodyStart), fallback);
	const body = insertClippingSections(text, lang);
	if (!body.ok) return body;
	const plan = planProperties(props.value.values, wanted);
	return ok({ text: restore(writeProperties(body.value, props.value, plan.changes)), changes: plan.changes, lang });
}

function clippingLanguage(lang: unknown, body: string, fallback: Language): Language {
	if (typeof lang === "string" && lang.trim() !== "") return pickLanguage(lang);
	return detectLanguage(body, [], fallback);
}
