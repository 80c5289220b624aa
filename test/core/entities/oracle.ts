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
	readonly position?: { readonly start: { readonly offset?: number }; readonly end: { readonly offset?: number } };
	readonly children?: readonly Node[];
}

/** Node types whose text is not plain text a link may be put in. */
const NOT_PLAIN = new Set(["link", "linkReference", "image", "imageReference", "wikiLink", "definition", "footnoteReference"]);

/** The `[from, to)` source spans of the plain text nodes of `markdown`. */
export function plainTextSpans(markdown: string): { from: number; to: number }[] {
	const tree = fromMarkdown(markdown, {
		extensions: [frontmatter(["yaml"]), gfm(), math(), wikiLink({ aliasDivider: "|" })],
		mdastExtensions: [frontmatterFromMarkdown(["yaml"]), gfmFromMarkdown(), mathFromMarkdown(), wikiLinkFromMarkdown()],
	}) as unknown as Node;
	const spans: { from: number; to: number }[] = [];
	const walk = (node: Node) => {
		if (NOT_PLAIN.has(node.type)) return;
		if (node.type === "text" && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
			spans.push({ from: node.position.start.offset, to: node.position.end.offset });
		}
		for (const child of node.children ?? []) walk(child);
	};
	walk(tree);
	return spans;
}

/** The edits that do not lie inside one plain text node. */
export function editsOutsideText(markdown: string, edits: readonly LinkEdit[]): LinkEdit[] {
	if (edits.length === 0) return [];
	const spans = plainTextSpans(markdown);
	return edits.filter((e) => !spans.some((s) => s.from <= e.offset && e.offset + e.length <= s.to));
}
