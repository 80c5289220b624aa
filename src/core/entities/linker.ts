/**
 * The linker: a note's text + its parse + the matcher + a policy → a plan of edits against the
 * original text; then the new text.
 */
import type { ParsedNote } from "../parse";
import type { ApplyResult, LinkEdit, LinkPlan, LinkPolicy, Matcher } from "./types";

/** Plans the links for one note. Never proposes an edit inside a protected range. */
export function planLinks(text: string, parsed: ParsedNote, matcher: Matcher, policy: LinkPolicy): LinkPlan {
	void text;
	void parsed;
	void matcher;
	void policy;
	return { edits: [], skipped: [], linked: [] };
}

/** The text with every edit of `plan` applied (the plan must have been made for this text). */
export function applyPlan(text: string, plan: LinkPlan): string {
	void plan;
	return text;
}

/**
 * Applies a chosen subset of edits, checking each still fits: the surface still at its offset,
 * edits disjoint. Returns why not otherwise (then re-plan).
 */
export function applyEdits(text: string, edits: readonly LinkEdit[]): ApplyResult {
	void edits;
	return { ok: true, text };
}

/** The link text for a mention: `[[Target]]`, `[[Target|surface]]` (`\|` in tables) or `[surface](Target.md)`. */
export function linkText(entity: string, surface: string, style: LinkPolicy["style"], inTable: boolean): string {
	void style;
	void inTable;
	return `[[${entity}|${surface}]]`;
}
