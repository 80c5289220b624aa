/**
 * The block scanner: one pass over the lines, keeping a stack of open containers (blockquotes,
 * lists, list items, footnote definitions) and at most one open leaf, as CommonMark's parsing
 * strategy does. No recursion, so 10,000 nested lists cost a deep array, not a deep call stack.
 * It yields headings, top-level sections, list items, the protected ranges of code, math,
 * comment and HTML blocks, and the text regions the inline scanner reads.
 */
import {
	MAY_START_BLOCK, SPACE, TAB, atxHeading, fenceCloses, fenceOpen, findMarker, footnoteDefinition, htmlBlockEnds, htmlBlockKind,
	isBlank, isCallout, isCommentOpen, isMathOpen, isThematicBreak, listMarker, setextLevel, skipSpaces,
	tableCells, tableDelimiterColumns, taskChar, type ListMarker,
} from "./block-syntax";
import type { Container, ItemBlock, ItemDraft, Leaf, LeafKind, ListBlock } from "./containers";
import type { Lines } from "./lines";
import { RangeList } from "./ranges";
import type { Heading, Section, SectionType } from "./types";

/** A byte order mark, which some editors put at the start of a file. */
const BOM = 0xfeff;
const GREATER_THAN = 62;
const LESS_THAN = 60;
const OPEN_BRACKET = 91;
const HASH = 35;
const BACKTICK = 96;
const TILDE = 126;
const DOLLAR = 36;
const PERCENT = 37;
const EQUALS = 61;
const DASH = 45;
const STAR = 42;
const UNDERSCORE = 95;
const PIPE = 124;
const COLON = 58;

/** What the block scanner found. */
export interface BlockScan {
	readonly headings: Heading[];
	readonly sections: Section[];
	readonly items: ItemDraft[];
	/** Text the inline scanner reads, as `[from, to)` offset pairs, in order. */
	readonly regions: number[];
	/** Lines of `%%` comment blocks' regions (Obsidian still reads tags and links there). */
	readonly ranges: RangeList;
}

export function scanBlocks(lines: Lines, firstLine: number, ranges: RangeList): BlockScan {
	const scanner = new BlockScanner(lines, ranges);
	for (let line = firstLine; line < lines.count; line++) scanner.line(line);
	scanner.finish();
	return scanner.result();
}

class BlockScanner {
	private readonly text: string;
	private readonly stack: Container[] = [];
	/** The open list items, innermost last (a subsequence of `stack`). */
	private readonly openItems: ItemBlock[] = [];
	private leaf: Leaf | undefined;
	private lastNonBlank = -1;
	private readonly headings: Heading[] = [];
	private readonly sections: Section[] = [];
	private readonly items: ItemDraft[] = [];
	private readonly regions: number[] = [];
	// The line being read: its number, the scan position and column, its end; then its indentation.
	private n = 0;
	private pos = 0;
	private col = 0;
	private end = 0;
	private ipos = 0;
	private icol = 0;
	private notThematicLine = -1;
	private notThematicChar = 0;

	constructor(
		private readonly lines: Lines,
		private readonly ranges: RangeList,
	) {
		this.text = lines.text;
	}

	result(): BlockScan {
		return { headings: this.headings, sections: this.sections, items: this.items, regions: this.regions, ranges: this.ranges };
	}

	line(n: number): void {
		this.n = n;
		// A byte order mark at the very start is not text: `\uFEFF# Title` is a heading.
		this.pos = n === 0 && this.text.charCodeAt(0) === BOM ? 1 : this.lines.start(n);
		this.col = 0;
		this.end = this.lines.end(n);
		const matched = this.matchContainers();
		const blank = isBlank(this.text, this.pos, this.end);
		const leaf = this.leaf;
		if (leaf && matched === this.stack.length && this.continueLeaf(leaf, blank)) {
			if (!blank) this.touch();
			return;
		}
		if (blank) {
			this.closeLeaf();
			this.closeTo(matched);
			return;
		}
		this.openBlocks(matched);
		this.touch();
	}

	finish(): void {
		this.closeTo(0);
		this.closeLeaf();
	}

	// ——— positions within the line ———

	/** Measures the indentation from the scan position into `ipos`/`icol`, without moving. */
	private measureIndent(): void {
		let pos = this.pos;
		let col = this.col;
		for (; pos < this.end; pos++) {
			const c = this.text.charCodeAt(pos);
			if (c === SPACE) col++;
			else if (c === TAB) col += 4 - (col % 4);
			else break;
		}
		this.ipos = pos;
		this.icol = col;
	}

	/** Moves the scan position over spaces and tabs up to column `target`. */
	private advanceToCol(target: number): void {
		while (this.col < target && this.pos < this.end) {
			const c = this.text.charCodeAt(this.pos);
			if (c === SPACE) this.col++;
			else if (c === TAB) this.col += 4 - (this.col % 4);
			else break;
			this.pos++;
		}
	}

	/**
	 * Moves the scan position to `pos` at column `col`, then over one optional space. A tab wider
	 * than one column gives that space from its width and stays, partly consumed: `>\t\tfoo` has
	 * six columns of indentation left after `> `, an indented code block (CommonMark example 6).
	 */
	private moveTo(pos: number, col: number, oneSpace: boolean): void {
		this.pos = pos;
		this.col = col;
		if (!oneSpace || this.pos >= this.end) return;
		const c = this.text.charCodeAt(this.pos);
		if (c === TAB && 4 - (this.col % 4) > 1) this.col++;
		else if (c === SPACE || c === TAB) {
			this.pos++;
			this.col++;
		}
	}

	// ——— containers ———

	/** How many open containers this line continues, consuming their prefixes. */
	private matchContainers(): number {
		let matched = 0;
		while (matched < this.stack.length && this.continues(this.stack[matched] as Container)) matched++;
		return matched;
	}

	private continues(container: Container): boolean {
		if (container.kind === "list") return true;
		if (container.kind === "quote") return this.continuesQuote();
		// An item may begin with one blank line, not two: `1.` then a blank line is an empty item.
		if (container.kind === "item" && container.startsBlank && this.n === container.draft.line + 1 && isBlank(this.text, this.pos, this.end)) return false;
		return this.continuesIndented(container.contentCol);
	}

	/** A blank line, or one indented to `contentCol`: walks at most that far, so deep nesting stays linear. */
	private continuesIndented(contentCol: number): boolean {
		const pos = this.pos;
		const col = this.col;
		this.advanceToCol(contentCol);
		if (this.col >= contentCol || this.pos >= this.end) return true;
		this.pos = pos;
		this.col = col;
		return false;
	}

	private continuesQuote(): boolean {
		this.measureIndent();
		if (this.icol - this.col > 3 || this.text.charCodeAt(this.ipos) !== GREATER_THAN) return false;
		this.moveTo(this.ipos + 1, this.icol + 1, true);
		return true;
	}

	/** Closes every container above `depth` (and the open leaf, if one closes). */
	private closeTo(depth: number): void {
		while (this.stack.length > depth) this.closeTop();
	}

	private closeTop(): void {
		this.closeLeaf();
		const container = this.stack.pop();
		if (!container) return;
		const topLevel = this.stack.length === 0;
		if (container.kind === "item") {
			this.openItems.pop();
			this.closeItem(container.draft);
		}
		else if (topLevel && container.kind === "quote") this.section(container.callout ? "callout" : "blockquote", container.startLine);
		else if (topLevel && container.kind === "list") this.section("list", container.startLine);
		else if (topLevel && container.kind === "footnote") this.section("footnoteDefinition", container.startLine);
	}

	private closeItem(draft: ItemDraft): void {
		draft.endLine = draft.ownLineBeforeChildren >= 0 ? draft.ownLineBeforeChildren : draft.lastOwnLine;
	}

	/** Before a new block at depth `depth`: close what the line did not continue, and the leaf. */
	private prepare(depth: number, forItem: boolean): void {
		this.closeTo(depth);
		this.closeLeaf();
		if (!forItem) while (this.stack[this.stack.length - 1]?.kind === "list") this.closeTop();
	}

	/** Records the line as non-blank content of every open block, and of its innermost item. */
	private touch(): void {
		this.lastNonBlank = this.n;
		const item = this.openItems[this.openItems.length - 1];
		if (!item) return;
		const draft = item.draft;
		if (this.n > draft.line && draft.continuationLines[draft.continuationLines.length - 1] !== this.n) draft.continuationLines.push(this.n);
		draft.lastOwnLine = this.n;
	}

	// ——— new blocks ———

	private openBlocks(matched: number): void {
		let depth = matched;
		let opened = false;
		for (;;) {
			if (isBlank(this.text, this.pos, this.end)) return;
			this.measureIndent();
			const paragraphOpen = !opened && this.leaf?.kind === "paragraph";
			const interrupts = paragraphOpen && depth === this.stack.length;
			if (this.icol - this.col >= 4) {
				if (paragraphOpen) break;
				this.prepare(depth, false);
				this.startLeaf("indentedCode", 0, 0, 0);
				return;
			}
			const c = this.text.charCodeAt(this.ipos);
			if (c >= 128 || MAY_START_BLOCK[c] === 0) break;
			if (c === GREATER_THAN) this.openQuote(depth);
			else if (this.leafStarts(c, depth, paragraphOpen, interrupts)) return;
			else if (!this.containerStarts(c, depth, paragraphOpen, interrupts)) break;
			depth = this.stack.length;
			opened = true;
		}
		this.continueOrStartParagraph(depth, opened);
	}

	private continueOrStartParagraph(depth: number, opened: boolean): void {
		const leaf = this.leaf;
		if (!opened && leaf?.kind === "paragraph") {
			leaf.lastLine = this.n;
			return;
		}
		if (!opened && leaf?.kind === "table" && depth === this.stack.length) {
			leaf.lastLine = this.n;
			return;
		}
		this.prepare(depth, false);
		this.startLeaf("paragraph", 0, 0, 0);
	}

	private openQuote(depth: number): void {
		this.prepare(depth, false);
		this.moveTo(this.ipos + 1, this.icol + 1, true);
		const callout = this.stack.length === 0 && isCallout(this.text, skipSpaces(this.text, this.pos, this.end));
		this.stack.push({ kind: "quote", startLine: this.n, callout });
	}

	private openFootnote(depth: number): boolean {
		const contentStart = footnoteDefinition(this.text, this.ipos);
		if (contentStart < 0) return false;
		this.prepare(depth, false);
		this.ranges.add("footnote", this.ipos, contentStart);
		this.stack.push({ kind: "footnote", startLine: this.n, contentCol: this.icol + 4 });
		this.moveTo(contentStart, this.icol + (contentStart - this.ipos), false);
		return true;
	}

	/** A list item or a footnote definition; false when neither starts here. */
	private containerStarts(c: number, depth: number, paragraphOpen: boolean, interrupts: boolean): boolean {
		if (c === OPEN_BRACKET) return !paragraphOpen && this.openFootnote(depth);
		const marker = listMarker(this.text, this.ipos, this.end);
		if (!marker || !this.itemMayStart(marker, interrupts)) return false;
		this.openItem(depth, marker);
		return true;
	}

	// ——— list items ———

	/** CommonMark: an item interrupting a paragraph must have content, and an ordered one must start at 1. */
	private itemMayStart(marker: ListMarker, interrupts: boolean): boolean {
		if (!interrupts) return true;
		if (marker.ordered && marker.start !== 1) return false;
		return !isBlank(this.text, marker.end, this.end);
	}

	private openItem(depth: number, marker: ListMarker): void {
		const rowStart = this.pos;
		this.closeTo(depth);
		this.closeLeaf();
		const list = this.listFor(marker);
		const draft = this.draftItem(list, marker, rowStart);
		const contentCol = this.enterItemContent(marker);
		const startsBlank = isBlank(this.text, this.pos, this.end);
		draft.task = this.readTaskBox();
		if (list.lastItem && list.lastItem.ownLineBeforeChildren < 0) list.lastItem.endLine = this.n - 1;
		list.lastItem = draft;
		this.items.push(draft);
		const item: ItemBlock = { kind: "item", contentCol, startsBlank, draft };
		this.stack.push(item);
		this.openItems.push(item);
	}

	/** The list this item joins: the open one if the marker matches, else a new one. */
	private listFor(marker: ListMarker): ListBlock {
		const markerChar = marker.marker.charCodeAt(marker.marker.length - 1);
		const top = this.stack[this.stack.length - 1];
		if (top?.kind === "list" && top.markerChar === markerChar) return top;
		if (top?.kind === "list") this.closeTop();
		const list: ListBlock = { kind: "list", startLine: this.n, markerChar };
		this.stack.push(list);
		return list;
	}

	private draftItem(list: ListBlock, marker: ListMarker, rowStart: number): ItemDraft {
		const parentItem = this.openItems[this.openItems.length - 1];
		if (parentItem && parentItem.draft.ownLineBeforeChildren < 0) parentItem.draft.ownLineBeforeChildren = parentItem.draft.lastOwnLine;
		const parent = parentItem ? parentItem.draft.line : -(list.startLine || 1);
		return {
			line: this.n, start: rowStart, marker: marker.marker, ordered: marker.ordered, parent,
			continuationLines: [], lastOwnLine: this.n, ownLineBeforeChildren: -1, endLine: this.n,
		};
	}

	/** Moves past the marker and its spaces; returns the content column (CommonMark's rules). */
	private enterItemContent(marker: ListMarker): number {
		const markerCol = this.icol + (marker.end - this.ipos);
		this.moveTo(marker.end, markerCol, false);
		if (isBlank(this.text, this.pos, this.end)) return markerCol + 1;
		this.measureIndent();
		if (this.icol - markerCol >= 5) {
			this.advanceToCol(markerCol + 1);
			return markerCol + 1;
		}
		this.moveTo(this.ipos, this.icol, false);
		return this.icol;
	}

	/** `[ ]`, `[x]`, … at the start of the item's content: the task character; moves past the box. */
	private readTaskBox(): string | undefined {
		const task = taskChar(this.text, this.pos, this.end);
		if (task !== undefined) this.moveTo(this.pos + 3, this.col + 3, true);
		return task;
	}

	// ——— leaves ———

	/** Headings, fences, math, comments, HTML, setext underlines, thematic breaks, tables — by first character. */
	private leafStarts(c: number, depth: number, paragraphOpen: boolean, interrupts: boolean): boolean {
		switch (c) {
			case HASH:
				return this.atxHeadingStarts(depth);
			case BACKTICK:
			case TILDE:
				return this.fenceStarts(depth);
			case DOLLAR:
			case PERCENT:
				return this.mathOrCommentStarts(depth);
			case LESS_THAN:
				return this.htmlStarts(depth, paragraphOpen);
			case EQUALS:
				return interrupts && this.setextEnds();
			case DASH:
				return (interrupts && this.setextEnds()) || this.thematicBreakStarts(depth) || (interrupts && this.tableStarts());
			case STAR:
			case UNDERSCORE:
				return this.thematicBreakStarts(depth);
			case PIPE:
			case COLON:
				return interrupts && this.tableStarts();
			default:
				return false;
		}
	}

	private thematicBreakStarts(depth: number): boolean {
		if (!this.isThematicBreak()) return false;
		this.prepare(depth, false);
		if (this.stack.length === 0) this.sections.push({ type: "thematicBreak", position: this.lines.wholeLines(this.n, this.n) });
		return true;
	}

	/**
	 * Whether the rest of the line is a thematic break. A line already found not to be one for a
	 * character is not scanned again (`- - - … x` would otherwise cost a scan per nested item).
	 */
	private isThematicBreak(): boolean {
		const c = this.text.charCodeAt(this.ipos);
		if (this.notThematicLine === this.n && this.notThematicChar === c) return false;
		if (isThematicBreak(this.text, this.ipos, this.end)) return true;
		this.notThematicLine = this.n;
		this.notThematicChar = c;
		return false;
	}

	private atxHeadingStarts(depth: number): boolean {
		const found = atxHeading(this.text, this.ipos, this.end);
		if (!found) return false;
		this.prepare(depth, false);
		const position = { start: this.lines.locOn(this.n, this.pos), end: this.lines.locOn(this.n, this.end) };
		this.headings.push({ heading: this.text.slice(found.from, found.to), level: found.level, position });
		if (this.stack.length === 0) this.sections.push({ type: "heading", position });
		this.regions.push(found.from, found.to);
		return true;
	}

	private fenceStarts(depth: number): boolean {
		const fence = fenceOpen(this.text, this.ipos, this.end);
		if (!fence) return false;
		this.prepare(depth, false);
		this.startLeaf("fence", fence.char, fence.length, 0);
		return true;
	}

	private mathOrCommentStarts(depth: number): boolean {
		const kind: LeafKind | undefined = isMathOpen(this.text, this.ipos) ? "math" : isCommentOpen(this.text, this.ipos) ? "comment" : undefined;
		if (!kind) return false;
		const closer = findMarker(this.text, kind === "math" ? "$$" : "%%", this.ipos + 2, this.end);
		if (kind === "comment" && closer !== -1 && !isBlank(this.text, closer, this.end)) return false;
		this.prepare(depth, false);
		this.startLeaf(kind, 0, 0, 0);
		if (closer !== -1) this.closeLeaf();
		return true;
	}

	private htmlStarts(depth: number, paragraphOpen: boolean): boolean {
		const kind = htmlBlockKind(this.text, this.ipos, paragraphOpen);
		if (kind === 0) return false;
		this.prepare(depth, false);
		this.startLeaf("html", 0, 0, kind);
		if (kind <= 5 && htmlBlockEnds(kind, this.text, this.ipos, this.end)) this.closeLeaf();
		return true;
	}

	/** A `===`/`---` line under a paragraph turns it into a heading. */
	private setextEnds(): boolean {
		const level = setextLevel(this.text, this.ipos, this.end);
		const leaf = this.leaf;
		if (level === 0 || !leaf) return false;
		const heading = this.text.slice(leaf.startOffset, this.lines.end(leaf.lastLine)).trim().replace(/[ \t]*\r?\n[ \t]*/g, " ");
		const position = this.lines.linesPos(leaf.rowStart, this.n);
		this.headings.push({ heading, level, position });
		if (leaf.depth === 0) this.sections.push({ type: "heading", position });
		this.regions.push(leaf.startOffset, this.lines.end(leaf.lastLine));
		this.leaf = undefined;
		return true;
	}

	/** A delimiter row under a one-line paragraph with as many cells turns it into a table. */
	private tableStarts(): boolean {
		const leaf = this.leaf;
		if (!leaf || leaf.startLine !== this.n - 1) return false;
		const columns = tableDelimiterColumns(this.text, this.ipos, this.end);
		if (columns === 0 || columns !== tableCells(this.text, leaf.startOffset, this.lines.end(leaf.startLine))) return false;
		leaf.kind = "table";
		leaf.lastLine = this.n;
		return true;
	}

	private startLeaf(kind: LeafKind, fenceChar: number, fenceLength: number, htmlKind: number): void {
		const startOffset = kind === "indentedCode" ? this.pos : this.ipos;
		this.leaf = { kind, startLine: this.n, startOffset, rowStart: this.pos, lastLine: this.n, depth: this.stack.length, fenceChar, fenceLength, htmlKind };
	}

	/** Feeds the line to an open code, math, comment or HTML block; false when the line is not its. */
	private continueLeaf(leaf: Leaf, blank: boolean): boolean {
		if (leaf.kind === "paragraph" || leaf.kind === "table") return false;
		if (leaf.kind === "indentedCode") return this.continueIndentedCode(leaf, blank);
		if (leaf.kind === "html" && leaf.htmlKind >= 6) {
			if (!blank) leaf.lastLine = this.n;
			return !blank;
		}
		if (blank) return true;
		leaf.lastLine = this.n;
		if (this.leafCloses(leaf)) this.closeLeaf();
		return true;
	}

	private continueIndentedCode(leaf: Leaf, blank: boolean): boolean {
		if (blank) return true;
		this.measureIndent();
		if (this.icol - this.col < 4) return false;
		leaf.lastLine = this.n;
		return true;
	}

	private leafCloses(leaf: Leaf): boolean {
		if (leaf.kind === "fence") {
			this.measureIndent();
			return this.icol - this.col < 4 && fenceCloses(this.text, this.ipos, this.end, leaf.fenceChar, leaf.fenceLength);
		}
		if (leaf.kind === "math") return findMarker(this.text, "$$", this.pos, this.end) !== -1;
		if (leaf.kind === "comment") return findMarker(this.text, "%%", this.pos, this.end) !== -1;
		return htmlBlockEnds(leaf.htmlKind, this.text, this.pos, this.end);
	}

	/** Ends the open leaf: its section (if top-level), protected range and inline region. */
	private closeLeaf(): void {
		const leaf = this.leaf;
		if (!leaf) return;
		this.leaf = undefined;
		const to = this.lines.end(leaf.lastLine);
		const type = LEAF_SECTION[leaf.kind];
		if (leaf.depth === 0) this.sections.push({ type, position: this.lines.wholeLines(leaf.startLine, leaf.lastLine) });
		const protectedKind = leaf.kind === "html" && leaf.htmlKind === 2 ? "comment" : LEAF_PROTECTION[leaf.kind];
		if (protectedKind) this.ranges.add(protectedKind, leaf.startOffset, to);
		if (leaf.kind === "paragraph" || leaf.kind === "table" || leaf.kind === "comment") this.regions.push(leaf.startOffset, to);
	}

	private section(type: SectionType, startLine: number): void {
		const lastLine = Math.max(startLine, this.lastNonBlank);
		this.sections.push({ type, position: this.lines.wholeLines(startLine, lastLine) });
	}
}

const LEAF_SECTION: Readonly<Record<LeafKind, SectionType>> = {
	paragraph: "paragraph", table: "table", fence: "code", indentedCode: "code", math: "math", comment: "comment", html: "html",
};

const LEAF_PROTECTION: Readonly<Record<LeafKind, "code" | "math" | "comment" | "html" | undefined>> = {
	paragraph: undefined, table: undefined, fence: "code", indentedCode: "code", math: "math", comment: "comment", html: "html",
};
