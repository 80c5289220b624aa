/**
 * Questions read from one note: the top-level list items of its investigation section(s), each
 * with its title, detail, status, entities, review date and answer, and the note's properties.
 * Works on the parser's structure (`parseStructure`: blocks, no inline pass): a heading the parser
 * does not report (one inside a code block) opens no section; a list item's children are the items
 * after it, up to the next top-level one. Inline syntax (links) is read inside the questions alone
 * (`inlineWithin`). Every string a question or the note's properties hold is a copy
 * (`text/own.ts`), so an index of them never holds the note's text.
 */
import { parseStructure, type ListItem, type NoteStructure, type ParsedNote } from "../parse";
import { lineAt } from "../text/line-at";
import { copyOf, own } from "../text/own";
import { normalizeDate } from "./dates";
import type { EntityFinder, NoteProps, NoteQuestions, Question } from "./model";
import { fromFrontmatter, fromMetadataLines, noteProps, unwrapLink } from "./properties";
import { contentWithoutFields, fieldValue, isWhitespace, readItemLine, splitTitleLine, statusOf, type ItemLine } from "./syntax";

export interface ExtractOptions {
	/** Vault path of the note. */
	readonly path: string;
	/** Says whether a heading opens the investigation section (`investigationHeadingMatcher`). */
	readonly isInvestigationHeading: (heading: string) => boolean;
	/** Finds entity names in a question's text; without it only links count. */
	readonly findEntities?: EntityFinder;
	/** When the note was created, in the stored date format, if the file system knows. */
	readonly created?: string | null;
}

/** A line range `[from, to]` of an investigation section's body (inclusive). */
interface SectionRange {
	readonly from: number;
	readonly to: number;
}

/**
 * The note's questions and properties — how the plugin, the CLI and the edits read a note. A note
 * without the section has no questions. `structure` is `parseStructure(text)`, when the caller
 * needs it too.
 */
export function readNoteQuestions(text: string, options: ExtractOptions, structure: NoteStructure = parseStructure(text)): NoteQuestions {
	const parsed = structure.note;
	const ranges = investigationRanges(parsed, options.isInvestigationHeading, parsed.lineStarts.length - 1);
	// Properties come from before the section: its heading (the line before its body) is not the note's title.
	const note = readNoteProps(text, parsed, options, ranges[0] ? ranges[0].from - 1 : Infinity);
	if (ranges.length === 0) return { note, questions: [] };
	const questions: Question[] = [];
	const items = parsed.listItems;
	for (let i = 0; i < items.length; i++) {
		const item = items[i]!;
		const line = item.position.start.line;
		if (item.parent >= 0 || !ranges.some((r) => line >= r.from && line <= r.to)) continue;
		const question = readQuestion(text, parsed.lineStarts, line, subtreeEnd(items, i), note, options, structure);
		if (question) questions.push(question);
	}
	return { note, questions };
}

/** The body lines of every section opened by an investigation heading. */
function investigationRanges(parsed: ParsedNote, matches: (heading: string) => boolean, lastLine: number): SectionRange[] {
	const ranges: SectionRange[] = [];
	const { headings } = parsed;
	headings.forEach((heading, i) => {
		if (!matches(heading.heading) || insideNonHeadingBlock(parsed, heading.position.start.line)) return;
		const next = headings.slice(i + 1).find((h) => h.level <= heading.level);
		ranges.push({ from: heading.position.start.line + 1, to: next ? next.position.start.line - 1 : lastLine });
	});
	return ranges;
}

/** True when a code block (or any non-heading block) covers the line: what looks like a heading there is not one. */
function insideNonHeadingBlock(parsed: ParsedNote, line: number): boolean {
	return parsed.sections.some((s) => s.type !== "heading" && s.position.start.line <= line && s.position.end.line >= line);
}

/**
 * The last line of the subtree of the top-level item `items[root]`: its own lines and those of its
 * descendants, which are the items after it up to the next top-level one (a nested item is
 * always opened inside the top-level item open at the time).
 */
function subtreeEnd(items: readonly ListItem[], root: number): number {
	let end = -1;
	for (let i = root; i < items.length; i++) {
		const item = items[i]!;
		if (i > root && item.parent < 0) break;
		end = Math.max(end, item.position.start.line, item.position.end.line);
		const own = item.continuationLines;
		if (own.length > 0) end = Math.max(end, own[own.length - 1]!);
	}
	return end;
}

/** The question whose item starts on `line` and whose subtree ends on `end`; `null` if the line is no item. */
function readQuestion(text: string, lineStarts: readonly number[], line: number, end: number, note: NoteProps, options: ExtractOptions, structure: NoteStructure): Question | null {
	const first = lineAt(text, lineStarts, line);
	const itemLine = readItemLine(first);
	if (!itemLine) return null;
	const { title, rest } = splitTitleLine(contentWithoutFields(first, itemLine));
	const below = detailOf(text, lineStarts, line + 1, end);
	// `below` is already a copy; the rest of the first line is a slice of the note until copied.
	const detail = rest === "" ? below : own(below === "" ? rest : `${rest}\n${below}`);
	const answered = fieldValue(itemLine, "answered");
	const links = linkNames(lineStarts, structure, line, end, itemLine);
	return {
		path: options.path,
		line,
		title: own(title),
		detail,
		status: statusOf(itemLine),
		entities: entityNames(links, title, detail, options.findEntities),
		links,
		review: reviewOf(itemLine),
		answeredBy: answered ? own(unwrapLink(answered)) : null,
		note,
	};
}

function reviewOf(itemLine: ItemLine): string | null {
	const value = fieldValue(itemLine, "review");
	return value === null ? null : (normalizeDate(value)?.slice(0, 10) ?? null);
}

/** Lines `from..to`, dedented, trailing spaces and surrounding blank lines removed, blank runs collapsed; a copy. */
function detailOf(text: string, lineStarts: readonly number[], from: number, to: number): string {
	let first = from;
	let last = to;
	while (first <= last && isBlankLine(text, lineStarts, first)) first++;
	while (last > first && isBlankLine(text, lineStarts, last)) last--;
	// One line (the usual detail paragraph): dedenting it and trimming both ends is trimming it.
	if (first === last) return trimmedLineCopy(text, lineStarts, first);
	return own(joinedDetail(text, lineStarts, from, to));
}

/** `own(lineAt(text, lineStarts, n).trim())`, copied from the text in one step. */
function trimmedLineCopy(text: string, lineStarts: readonly number[], n: number): string {
	let from = lineStarts[n] ?? text.length;
	let to = lineStarts[n + 1] ?? text.length;
	while (from < to && isWhitespace(text.charCodeAt(from))) from++;
	while (to > from && isWhitespace(text.charCodeAt(to - 1))) to--;
	return copyOf(text, from, to);
}

/** A line with nothing but whitespace (as `trim` sees it: `isWhitespace` is its set, line ends included). */
function isBlankLine(text: string, lineStarts: readonly number[], n: number): boolean {
	const start = lineStarts[n] ?? text.length;
	const end = lineStarts[n + 1] ?? text.length;
	for (let i = start; i < end; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
	return true;
}

function joinedDetail(text: string, lineStarts: readonly number[], from: number, to: number): string {
	const lines: string[] = [];
	let cut = Infinity;
	for (let n = from; n <= to; n++) {
		const line = lineAt(text, lineStarts, n).trimEnd();
		lines.push(line);
		if (line !== "") cut = Math.min(cut, indentOf(line));
	}
	if (lines.length === 0) return "";
	const dedented = cut === 0 || cut === Infinity ? lines : lines.map((l) => dedent(l, cut));
	const joined = dedented.join("\n");
	return (joined.includes("\n\n\n") ? joined.replace(/\n{3,}/g, "\n\n") : joined).trim();
}

/** The line without its first `columns` columns of indentation. */
function dedent(line: string, columns: number): string {
	let col = 0;
	let i = 0;
	while (i < line.length && col < columns && (line[i] === " " || line[i] === "\t")) {
		col += line[i] === "\t" ? 4 - (col % 4) : 1;
		i++;
	}
	return line.slice(i);
}

/** Columns of leading indentation, a tab counting to the next multiple of 4. */
function indentOf(line: string): number {
	let col = 0;
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === 32) col++;
		else if (c === 9) col += 4 - (col % 4);
		else break;
	}
	return col;
}

/** Shared by every question without entities (most of them): one array fewer per question for the index to hold. */
const NO_NAMES: readonly string[] = Object.freeze([]);

/** Link targets inside the question (the answer link and URLs excepted), without duplicates. */
function linkNames(lineStarts: readonly number[], structure: NoteStructure, line: number, end: number, itemLine: ItemLine): readonly string[] {
	const from = lineStarts[line] ?? Infinity;
	const { links } = structure.inlineWithin(from, lineStarts[end + 1] ?? Infinity);
	if (links.length === 0) return NO_NAMES;
	const answer = itemLine.fields.find((f) => f.key === "answered");
	const names: string[] = [];
	for (const link of links) {
		const col = link.position.start.offset - from;
		if (answer && link.position.start.line === line && col >= answer.from && col < answer.to) continue;
		if (/^[a-z][a-z0-9+.-]*:/i.test(link.link)) continue; // URLs are not entities
		names.push(targetName(link.link));
	}
	return names.length === 0 ? NO_NAMES : dedupe(names);
}

/**
 * A question's entities: its link targets, then the names `find` sees in its title and detail,
 * without duplicates. Returns `links` itself when the finder adds nothing.
 */
export function entityNames(links: readonly string[], title: string, detail: string, find?: EntityFinder): readonly string[] {
	const found = find ? find(`${title}\n${detail}`) : NO_NAMES;
	if (found.length === 0) return links;
	return dedupe([...links, ...found]);
}

/** `Folder/DeepSeek#History` → `DeepSeek`. */
function targetName(link: string): string {
	const path = link.split("#")[0] ?? link;
	return own(path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, ""));
}

function dedupe(names: readonly string[]): string[] {
	const seen = new Set<string>();
	return names.filter((name) => {
		const key = name.toLowerCase();
		if (name === "" || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * The note's properties, owned: frontmatter first, then the metadata lines before the section
 * (`before`), then — for the title — the first heading before it, else the file name.
 */
function readNoteProps(text: string, parsed: ParsedNote, options: ExtractOptions, before: number): NoteProps {
	const block = parsed.frontmatterBlock;
	const front = block?.ok ? fromFrontmatter(block.values) : {};
	const lines = fromMetadataLines(rootContents(text, parsed, before));
	const titled = front.title !== undefined || lines.title !== undefined;
	const props = noteProps(options.path, titled ? "" : fallbackTitle(parsed, options.path, before), front, lines, { created: options.created ?? undefined });
	return ownProps(props);
}

/** The first heading before the section, else the file name: the title of a note that states none. */
function fallbackTitle(parsed: ParsedNote, path: string, before: number): string {
	const heading = parsed.headings.find((h) => h.position.start.line < before)?.heading;
	return heading || path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}

/** The first lines (marker removed) of root list items before the investigation section: candidate metadata lines. */
function rootContents(text: string, parsed: ParsedNote, before: number): string[] {
	const contents: string[] = [];
	for (const item of parsed.listItems) {
		const line = item.position.start.line;
		if (line >= before || contents.length >= 40) break;
		if (item.parent >= 0) continue;
		const first = lineAt(text, parsed.lineStarts, line);
		const parsedLine = readItemLine(first);
		if (parsedLine) contents.push(first.slice(parsedLine.contentFrom));
	}
	return contents;
}

/** The properties with every string copied: any of them may be a slice of the note's text. */
function ownProps(props: NoteProps): NoteProps {
	return {
		path: props.path,
		title: own(props.title),
		outlet: ownOrNull(props.outlet),
		published: ownOrNull(props.published),
		created: ownOrNull(props.created),
		keywords: ownAll(props.keywords),
		entities: ownAll(props.entities),
		type: ownOrNull(props.type),
	};
}

/** The strings copied; an empty list is the shared `NO_NAMES`. */
function ownAll(list: readonly string[]): readonly string[] {
	return list.length === 0 ? NO_NAMES : list.map(own);
}

function ownOrNull(s: string | null): string | null {
	return s === null ? null : own(s);
}
