/**
 * The linker: a note's text + its parse + the matcher + a policy → a plan of edits against the
 * original text; then the new text. The plan never touches a protected range (the parser's
 * `protectedRanges`: frontmatter, code, math, comments, HTML, links, URLs, tags, footnotes,
 * block ids), links inside callouts and tables (escaping `|` in table rows), and shows the text
 * as written: `[[Stargate|星門]]`, or `[[DeepSeek]]` when the surface is the name itself.
 */
import type { ParsedNote, ProtectedRange } from "../parse";
import { bracketRanges } from "./brackets";
import { findMentions, linkTargetOf, resolveName } from "./matcher";
import { DOUBTFUL_FLAGS, type ApplyResult, type DoubtfulEdit, type LinkEdit, type LinkPlan, type LinkPolicy, type Matcher, type Mention, type SkippedMention, type SkipReason } from "./types";

/**
 * Plans the links for one note. Never proposes an edit inside a protected range. A doubtful
 * mention (`DOUBTFUL_FLAGS`) goes to `doubtful` instead, once per entity under policy `first`, and
 * only for an entity no sure edit or existing link covers.
 */
export function planLinks(text: string, parsed: ParsedNote, matcher: Matcher, policy: LinkPolicy): LinkPlan {
	const context = contextOf(text, parsed, matcher, policy);
	const edits: LinkEdit[] = [];
	const doubtful: DoubtfulEdit[] = [];
	const skipped: SkippedMention[] = [];
	const planned = new Set<string>();
	const targets = new Set<string>();
	const offered = new Set<string>();
	// Mentions come in text order: each list of spans is walked once beside them.
	for (const mention of findMentions(matcher, text, policy.notePath)) {
		const reason = skipReason(mention, context, planned);
		if (reason === "doubtful" && !(policy.mentions === "first" && offered.has(mention.entity))) {
			offered.add(mention.entity);
			doubtful.push({ ...editOf(mention, context), flag: mention.flag! });
			continue;
		}
		if (reason) {
			skipped.push(mention.flag && (reason === "flagged" || reason === "doubtful") ? { offset: mention.from, surface: mention.surface, entity: mention.entity, reason, flag: mention.flag } : { offset: mention.from, surface: mention.surface, entity: mention.entity, reason });
			continue;
		}
		planned.add(mention.entity);
		targets.add(mention.target ?? mention.entity);
		edits.push(editOf(mention, context));
	}
	const linked = [...new Set([...context.linkedTargets, ...targets])].sort();
	return { edits, doubtful: doubtful.filter((edit) => !planned.has(edit.entity)), skipped, linked };
}

/** The plan with its doubtful links taken as sure: what applying every offered link writes. */
export function withDoubtful(plan: LinkPlan): LinkPlan {
	if (plan.doubtful.length === 0) return plan;
	const edits = [...plan.edits, ...plan.doubtful.map(({ flag: _flag, ...edit }) => edit)].sort((a, b) => a.offset - b.offset);
	return { ...plan, edits, doubtful: [], linked: [...new Set([...plan.linked, ...plan.doubtful.map((d) => d.target)])].sort() };
}

function editOf(mention: Mention, context: Context): LinkEdit {
	const target = mention.target ?? mention.entity;
	const text = linkText(target, mention.surface, context.policy.style, context.tables.contains(mention.from));
	return { offset: mention.from, length: mention.to - mention.from, text, entity: mention.entity, target, surface: mention.surface };
}

/** What the rules need to know about the note, computed once per plan. */
interface Context {
	readonly text: string;
	readonly policy: LinkPolicy;
	readonly protectedRanges: Walker<ProtectedRange>;
	/** Bracket syntax the parser may see as text (`brackets.ts`). */
	readonly brackets: Walker<Span>;
	readonly headings: Walker<Span>;
	readonly tables: Walker<Span>;
	/** Entity names the note links already. */
	readonly linked: ReadonlySet<string>;
	/** The same entities as link targets (`linkTargetOf`), for the plan's `linked`. */
	readonly linkedTargets: ReadonlySet<string>;
}

interface Span {
	readonly from: number;
	readonly to: number;
}

/**
 * Sorted, disjoint spans walked beside offsets that never decrease (the mentions, in text
 * order): each question moves a pointer forward, so a note's plan costs one pass over each list.
 */
class Walker<T extends Span> {
	private next = 0;

	constructor(private readonly spans: readonly T[]) {}

	/** The index of the first span ending after `offset`. */
	seek(offset: number): number {
		const { spans } = this;
		while (this.next < spans.length && spans[this.next]!.to <= offset) this.next++;
		return this.next;
	}

	/** True when a span overlaps `[from, to)`. */
	overlaps(from: number, to: number): boolean {
		const span = this.spans[this.seek(from)];
		return span !== undefined && span.from < to;
	}

	/** True when a span holds `offset`. */
	contains(offset: number): boolean {
		const span = this.spans[this.seek(offset)];
		return span !== undefined && span.from <= offset;
	}

	/** The last span ending at or before `offset`. */
	before(offset: number): T | undefined {
		return this.spans[this.seek(offset) - 1];
	}
}

function contextOf(text: string, parsed: ParsedNote, matcher: Matcher, policy: LinkPolicy): Context {
	const headings = policy.skipHeadings ? parsed.headings.map((h) => span(h.position)) : [];
	const tables = parsed.sections.filter((s) => s.type === "table").map((s) => span(s.position));
	const linked = new Set<string>();
	const linkedTargets = new Set<string>();
	// A link to a heading or block of a note (`[[Settings#Editor]]`) points at a part of it: authors
	// link the note itself too, so only a link to the whole note counts as linking the entity.
	for (const ref of [...parsed.links, ...parsed.embeds]) {
		const entity = ref.link.includes("#") ? undefined : resolveName(matcher, ref.link, policy.notePath);
		if (!entity) continue;
		linked.add(entity.name);
		linkedTargets.add(linkTargetOf(matcher, entity));
	}
	const brackets = text.includes("[") || text.includes("<!--") ? bracketRanges(text) : [];
	return { text, policy, protectedRanges: new Walker(parsed.protectedRanges), brackets: new Walker(brackets), headings: new Walker(headings), tables: new Walker(tables), linked, linkedTargets };
}

function span(position: { readonly start: { readonly offset: number }; readonly end: { readonly offset: number } }): Span {
	return { from: position.start.offset, to: position.end.offset };
}

/**
 * The first rule that keeps a mention unlinked, in this order; null to link it. Called for each
 * mention in text order (the walkers move forward only).
 */
function skipReason(mention: Mention, context: Context, planned: ReadonlySet<string>): SkipReason | null {
	const { policy } = context;
	if (context.protectedRanges.overlaps(mention.from, mention.to)) return "protected";
	if (context.headings.contains(mention.from)) return "heading";
	if (policy.range && (mention.from < policy.range.from || mention.to > policy.range.to)) return "outside-range";
	if (policy.notePath !== undefined && mention.path === policy.notePath) return "self";
	if (mention.flag && !DOUBTFUL_FLAGS.includes(mention.flag)) return "flagged";
	if (nextToSyntax(context.text, mention) || context.brackets.overlaps(mention.from, mention.to) || afterUrl(context, mention)) return "syntax";
	if (policy.mentions === "first" && context.linked.has(mention.entity)) return "already-linked";
	if (policy.mentions === "first" && planned.has(mention.entity)) return "not-first";
	return mention.flag ? "doubtful" : null;
}

/** Binary search: does `[from, to)` overlap any of the sorted, disjoint ranges? */
export function overlapsProtected(ranges: readonly Span[], span: Span): boolean {
	let lo = 0;
	let hi = ranges.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (ranges[mid]!.to <= span.from) lo = mid + 1;
		else hi = mid;
	}
	const range = ranges[lo];
	return range !== undefined && range.from < span.to;
}

/** Space or `<` between a URL and a mention: the URL ends before them. */
const URL_END = /[\s<]/;

/**
 * True when a URL range ends earlier in the same run of non-space text (`https://x.com/a澳洲`):
 * the parser ends the URL at the first CJK character, GFM's autolinks run to the next space, so
 * a link there could land inside a URL.
 */
function afterUrl(context: Context, mention: Span): boolean {
	const previous = context.protectedRanges.before(mention.from);
	return previous !== undefined && previous.kind === "url" && !URL_END.test(context.text.slice(previous.to, mention.from));
}

/**
 * Characters beside the mention that the link would change: `!` before makes an embed, `\`
 * before escapes the bracket, `#` or `^` before reads as a tag or block id, `[` before or `]`
 * after nests brackets; a surface holding `[`, `]` or `|` breaks the link.
 */
function nextToSyntax(text: string, mention: Mention): boolean {
	const before = text[mention.from - 1];
	const after = text[mention.to];
	return before === "!" || before === "\\" || before === "#" || before === "^" || before === "[" || after === "]" || /[[\]|]/.test(mention.surface);
}

/** The text with every edit of `plan` applied (the plan must have been made for this text). */
export function applyPlan(text: string, plan: LinkPlan): string {
	const result = applyEdits(text, plan.edits);
	return result.ok ? result.text : text;
}

/**
 * Applies a chosen subset of edits, checking each still fits: the surface still at its offset,
 * edits in order and disjoint. Returns why not otherwise (then re-plan).
 */
export function applyEdits(text: string, edits: readonly LinkEdit[]): ApplyResult {
	const sorted = [...edits].sort((a, b) => a.offset - b.offset);
	let out = "";
	let at = 0;
	for (const edit of sorted) {
		if (edit.offset < at) return { ok: false, reason: `the link for "${edit.surface}" at ${edit.offset} overlaps another` };
		if (text.slice(edit.offset, edit.offset + edit.length) !== edit.surface) return { ok: false, reason: `"${edit.surface}" is no longer at ${edit.offset}` };
		out += text.slice(at, edit.offset) + edit.text;
		at = edit.offset + edit.length;
	}
	return { ok: true, text: out + text.slice(at) };
}

/**
 * The link text for a mention: `[[Target]]`, `[[Target|surface]]` (`\|` in tables) or
 * `[surface](Target.md)`. `target` is the note name, or its path without `.md` where the name
 * alone is not unique (`es/Plugins/Canvas`).
 */
export function linkText(target: string, surface: string, style: LinkPolicy["style"], inTable: boolean): string {
	if (style === "markdown") return `[${surface}](${target.split("/").map(encodePart).join("/")}.md)`;
	if (surface === target) return `[[${target}]]`;
	return `[[${target}${inTable ? "\\|" : "|"}${surface}]]`;
}

/** One part of a Markdown link's path, percent-encoded, brackets too (they would end the link). */
function encodePart(part: string): string {
	return encodeURIComponent(part).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
