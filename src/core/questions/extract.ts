/**
 * Questions read from one note: the top-level list items of its investigation section(s), each
 * with its title, detail, status, entities, review date and answer, and the note's properties.
 * Works on the parser's output: a heading the parser does not report (one inside a code block)
 * opens no section; a list item's children are the items after it, up to the next top-level one.
 *
 * `readNoteQuestions(text)` is how the plugin and the CLI index a note, reading as little as the
 * note allows (`parseSection`). When the frontmatter gives every property the note needs, it reads
 * a plain section line by line, or else parses the structure from the investigation heading on
 * (when the parser proves the skip exact); otherwise the whole structure. It reads links inside the
 * questions alone. `extractQuestions(text, parseNote(text))` reads the same questions from a full
 * parse (edits use it); property tests hold the two to the same answer.
 */
import { inlineRegions, parseSection, type Frontmatter, type InlineScan, type ListItem, type NoteStructure, type ParsedNote, type PlainListSection, type Reference } from "../parse";
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

/** The links starting at offsets `[from, to)`, in order; asked for question after question, in order. */
type LinksWithin = (from: number, to: number) => readonly Reference[];

/**
 * A note's questions from its text (`parseSection`). A plain section under complete frontmatter is
 * read line by line; any other note is parsed from the section on, or whole (`structureQuestions`).
 */
export function readNoteQuestions(text: string, options: ExtractOptions): NoteQuestions {
	const front = new FrontGate();
	const read = parseSection(text, { heading: options.isInvestigationHeading, when: front.when });
	return read.plain ? plainQuestions(text, read.plain, options, front.props) : structureQuestions(text, read.structure, options, front.props);
}

/**
 * Reads the properties of the frontmatter block a parser hands over, and lets the parser skip to
 * the section when they are all the note needs.
 */
class FrontGate {
	props: FrontProps = {};
	readonly when = (block: Frontmatter | undefined): boolean => {
		this.props = block?.ok ? fromFrontmatter(block.values) : {};
		return !needsBody(this.props);
	};
}

/** The questions of a plain section; inline syntax is read only in the paragraphs of items that hold a `[`. */
function plainQuestions(text: string, section: PlainListSection, options: ExtractOptions, front: FrontProps): NoteQuestions {
	const { lineStarts, items } = section;
	const note = propsOf(options, front, {}, "");
	const questions: Question[] = [];
	let bracket = -1;
	let inline: ((regions: readonly number[]) => InlineScan) | undefined;
	for (const item of items) {
		// Every link and embed starts with `[`; past the last one, no item needs the inline scan.
		if (bracket < item.from) {
			const at = text.indexOf("[", item.from);
			bracket = at === -1 ? Infinity : at;
		}
		const mayLink = bracket < (lineStarts[item.lastLine + 1] ?? text.length);
		const links: LinksWithin = mayLink ? () => (inline ??= inlineRegions(text, lineStarts))(item.paragraphs).links : NO_LINKS;
		const question = readQuestion(text, lineStarts, item.line, item.lastLine, note, options, links);
		if (question) questions.push(question);
	}
	return { note, questions };
}

const NO_LINKS: LinksWithin = () => [];

/**
 * A note's questions from its structure, reading inline syntax inside the questions only — and not
 * even there when a question holds no `[`, which every link and embed starts with.
 */
function structureQuestions(text: string, structure: NoteStructure, options: ExtractOptions, front: FrontProps): NoteQuestions {
	let bracket = -1;
	const linksWithin: LinksWithin = (from, to) => {
		if (bracket < from) {
			const at = text.indexOf("[", from);
			bracket = at === -1 ? Infinity : at;
		}
		return bracket < to ? structure.inlineWithin(from, to).links : [];
	};
	return extractWith(text, structure.note, linksWithin, options, front);
}

/** The note's questions and properties from a full parse. A note without the section has no questions. */
export function extractQuestions(text: string, parsed: ParsedNote, options: ExtractOptions): NoteQuestions {
	const linksWithin: LinksWithin = (from, to) => parsed.links.filter((l) => l.position.start.offset >= from && l.position.start.offset < to);
	const block = parsed.frontmatterBlock;
	return extractWith(text, parsed, linksWithin, options, block?.ok ? fromFrontmatter(block.values) : {});
}

/**
 * `parsed` may lack the blocks before the first investigation section (`parseSection`'s
 * `skipTo`), but only when the frontmatter says all the note's properties need from them.
 */
function extractWith(text: string, parsed: ParsedNote, linksWithin: LinksWithin, options: ExtractOptions, front: FrontProps): NoteQuestions {
	const ranges = investigationRanges(parsed, options.isInvestigationHeading, parsed.lineStarts.length - 1);
	// Properties come from before the section: its heading (the line before its body) is not the note's title.
	const note = readNoteProps(text, parsed, options, front, ranges[0] ? ranges[0].from - 1 : Infinity);
	if (ranges.length === 0) return { note, questions: [] };
	const questions: Question[] = [];
	const items = parsed.listItems;
	for (let i = 0; i < items.length; i++) {
		const item = items[i]!;
		const line = item.position.start.line;
		if (item.parent >= 0 || !ranges.some((r) => line >= r.from && line <= r.to)) continue;
		const question = readQuestion(text, parsed.lineStarts, line, subtreeEnd(items, i), note, options, linksWithin);
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
function readQuestion(text: string, lineStarts: readonly number[], line: number, end: number, note: NoteProps, options: ExtractOptions, linksWithin: LinksWithin): Question | null {
	const first = lineAt(text, lineStarts, line);
	const itemLine = readItemLine(first);
	if (!itemLine) return null;
	const { title, rest } = splitTitleLine(contentWithoutFields(first, itemLine));
	const below = detailOf(text, lineStarts, line + 1, end);
	// `below` is already a copy; the rest of the first line is a slice of the note until copied.
	const detail = rest === "" ? below : own(below === "" ? rest : `${rest}\n${below}`);
	const answered = fieldValue(itemLine, "answered");
	const links = linkNames(lineStarts, linksWithin, line, end, itemLine);
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
function linkNames(lineStarts: readonly number[], linksWithin: LinksWithin, line: number, end: number, itemLine: ItemLine): readonly string[] {
	const from = lineStarts[line] ?? Infinity;
	const links = linksWithin(from, lineStarts[end + 1] ?? Infinity);
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

/** The properties the frontmatter gives, as `fromFrontmatter` reads them. */
type FrontProps = ReturnType<typeof fromFrontmatter>;

/**
 * Whether the note's properties need what comes before the investigation section: metadata lines
 * fill what the frontmatter lacks of title, outlet, published and keywords, and a note without a
 * title takes its first heading's.
 */
function needsBody(front: FrontProps): boolean {
	return !(front.title && front.outlet && front.published && front.keywords);
}

function readNoteProps(text: string, parsed: ParsedNote, options: ExtractOptions, front: FrontProps, before: number): NoteProps {
	const lines = needsBody(front) ? fromMetadataLines(rootContents(text, parsed, before)) : {};
	const titled = front.title !== undefined || lines.title !== undefined;
	return propsOf(options, front, lines, titled ? "" : fallbackTitle(parsed, options.path, before));
}

/** The note's properties, owned, from its frontmatter and metadata lines. */
function propsOf(options: ExtractOptions, front: FrontProps, lines: ReturnType<typeof fromMetadataLines>, fallback: string): NoteProps {
	return ownProps(noteProps(options.path, fallback, front, lines, { created: options.created ?? undefined }));
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
