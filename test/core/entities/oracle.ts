/**
 * The independent oracle: micromark/mdast (CommonMark + GFM + math + frontmatter + wikilinks)
 * parses a note, and every edit the linker plans must fall inside one plain `text` node — text
 * that is not inside a link, an image, a wikilink or a definition.
 */
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { mathFromMarkdown } from "mdast-util-math";
import { fromMarkdown as wikiLinkFromMarkdown } from "mdast-util-wiki-link";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfm } from "micromark-extension-gfm";
import { math } from "micromark-extension-math";
import { syntax as wikiLink } from "micromark-extension-wiki-link";
import type { LinkEdit } from "../../../src/core/entities";

interface Node {
	readonly type: string;
	readonly value?: string;
	readonly position?: { readonly start: { readonly offset?: number }; readonly end: { readonly offset?: number } };
	readonly children?: readonly Node[];
}

/** Node types whose text is not plain text a link may be put in. */
const NOT_PLAIN = new Set(["link", "linkReference", "image", "imageReference", "wikiLink", "definition", "footnoteReference"]);

/** The `[from, to)` source spans of the plain text nodes of `markdown`. */
export function plainTextSpans(markdown: string): { from: number; to: number }[] {
	const tree = fromMarkdown(markdown, {
		// Single-dollar math is left out: Obsidian reads `$…$` as Pandoc does (no space or line break
		// just inside the dollars; `\$星門$\nDeepSeek$星門$` holds one formula), micromark otherwise.
		// The parser's own tests, held to Obsidian's recordings, cover it.
		extensions: [frontmatter(["yaml"]), gfm(), math({ singleDollarTextMath: false }), wikiLink({ aliasDivider: "|" })],
		mdastExtensions: [frontmatterFromMarkdown(["yaml"]), gfmFromMarkdown(), mathFromMarkdown(), wikiLinkFromMarkdown()],
	}) as unknown as Node;
	const spans: { from: number; to: number }[] = [];
	const walk = (node: Node) => {
		if (NOT_PLAIN.has(node.type)) return;
		if (node.type === "text" && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
			spans.push({ from: node.position.start.offset, to: node.position.end.offset });
		}
		const children = node.children ?? [];
		if (children.some((c) => c.position === undefined)) unpositioned(markdown, node, spans, walk);
		else for (const child of children) walk(child);
	};
	walk(tree);
	return spans;
}

/**
 * GFM's autolink literals split a text node into text and link nodes without positions. Each
 * link is found in the source by its text, in order; the text between links (and positioned
 * siblings) is the text nodes' span.
 */
function unpositioned(markdown: string, parent: Node, spans: { from: number; to: number }[], walk: (node: Node) => void): void {
	let cursor = parent.position?.start.offset ?? 0;
	let pending: number | null = null;
	const close = (at: number) => {
		if (pending !== null && at > pending) spans.push({ from: pending, to: at });
		pending = null;
	};
	for (const child of parent.children ?? []) {
		if (child.position?.start.offset !== undefined && child.position.end.offset !== undefined) {
			close(child.position.start.offset);
			walk(child);
			cursor = child.position.end.offset;
		} else if (child.type === "text") {
			pending ??= cursor;
			// Step past this text, so a link's text is looked for after it (`DeepSeekwww.x.org（www.x.org`
			// is text, then a link: the first `www.x.org` is not the link).
			const found = findSource(markdown, child.value ?? "", cursor) ?? findSource(markdown, lastLine(child.value ?? ""), cursor);
			if (found) cursor = found.to;
		} else {
			const found = findSource(markdown, (child.children ?? []).map((c) => c.value ?? "").join(""), cursor);
			close(found ? found.from : cursor);
			if (found) cursor = found.to;
		}
	}
	close(parent.position?.end.offset ?? markdown.length);
}

/**
 * Where a link's decoded text stands in the source at or after `from`: a character may have been
 * written with a backslash escape (`www.aspi.org\(` reads as `www.aspi.org(`).
 */
function findSource(markdown: string, text: string, from: number): { from: number; to: number } | null {
	const pattern = [...text].map((ch) => (/[!-/:-@[-`{-~]/.test(ch) ? `\\\\?${ch.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")}` : ch)).join("");
	const re = new RegExp(pattern, "g");
	re.lastIndex = from;
	const match = re.exec(markdown);
	return match ? { from: match.index, to: match.index + match[0].length } : null;
}

/** A text node's last line: its earlier lines may have lost trailing spaces to a hard break. */
function lastLine(value: string): string {
	return value.slice(value.lastIndexOf("\n") + 1);
}

/** The edits that do not lie inside one plain text node. */
export function editsOutsideText(markdown: string, edits: readonly LinkEdit[]): LinkEdit[] {
	if (edits.length === 0) return [];
	const spans = plainTextSpans(markdown);
	return edits.filter((e) => !spans.some((s) => s.from <= e.offset && e.offset + e.length <= s.to));
}
