/**
 * Why a frontmatter block is not valid YAML, in plain words: the `yaml` package's stable error
 * code picks a reason from the `frontmatter` catalogue (what is wrong and what to change), in the
 * reader's language. A code that covers several mistakes (`MISSING_CHAR`: a quote not closed, or a
 * line without a colon…) is split by the library's English text, with the code's general reason
 * after its cases, so a reworded library message still gets a true if vaguer reason. A code with
 * no row, or an error without a code, gives the library's own text.
 *
 * One unit with its examples: `YAML_REASON_EXAMPLES` holds, for every row, frontmatter that really
 * makes the installed `yaml` report that code, and one test loop parses each through `parseNote`.
 */
import type { ErrorCode } from "yaml";
import { message, type Message } from "../i18n";
import type { frontmatter } from "../i18n/catalogs/frontmatter";

/** A reason in the catalogue (the fallback, which quotes the library, is not one). */
export type ReasonKey = Exclude<keyof typeof frontmatter.en, "frontmatter.reason.other">;

/** One reason: the code it explains and, for a code with several cases, which case. */
export interface YamlReason {
	/** The `yaml` package's error code. */
	readonly code: ErrorCode;
	/** Picks one case of the code by the library's English text; absent for the code's general reason. */
	readonly when?: RegExp;
	readonly reason: ReasonKey;
}

/** Rows are tried in order: a code's cases before its general reason. */
export const YAML_REASONS: readonly YamlReason[] = [
	{ code: "DUPLICATE_KEY", reason: "frontmatter.reason.duplicate-key" },
	{ code: "TAB_AS_INDENT", reason: "frontmatter.reason.tab-indent" },
	// "Missing closing "quote" / "Missing closing 'quote".
	{ code: "MISSING_CHAR", when: /closing .?quote/i, reason: "frontmatter.reason.unclosed-quote" },
	// "Implicit map keys need to be followed by map values": a line that is only text.
	{ code: "MISSING_CHAR", when: /followed by map values/i, reason: "frontmatter.reason.missing-colon" },
	// "Flow map (sequence) must end with a } (])": a `{` or `[` that is never closed.
	{ code: "MISSING_CHAR", when: /must end with a/i, reason: "frontmatter.reason.unclosed-bracket" },
	{ code: "MISSING_CHAR", reason: "frontmatter.reason.missing-mark" },
	// "Flow sequence (map) in block collection must be sufficiently indented and end with a ] (})".
	{ code: "BAD_INDENT", when: /^Flow (?:sequence|map)/i, reason: "frontmatter.reason.unclosed-bracket" },
	{ code: "BAD_INDENT", reason: "frontmatter.reason.bad-indent" },
	// "Nested mappings are not allowed in compact mappings": `title: Race: the chips front`.
	{ code: "BLOCK_AS_IMPLICIT_KEY", when: /nested mappings/i, reason: "frontmatter.reason.colon-in-value" },
	// "A block sequence may not be used as an implicit map key": a `-` item indented less than the one above.
	{ code: "BLOCK_AS_IMPLICIT_KEY", reason: "frontmatter.reason.list-misaligned" },
	{ code: "MULTILINE_IMPLICIT_KEY", reason: "frontmatter.reason.multiline-key" },
	{ code: "UNEXPECTED_TOKEN", reason: "frontmatter.reason.unexpected" },
	{ code: "BAD_SCALAR_START", reason: "frontmatter.reason.reserved-start" },
	{ code: "BAD_DQ_ESCAPE", reason: "frontmatter.reason.bad-escape" },
	{ code: "ALIAS_PROPS", reason: "frontmatter.reason.alias-props" },
	{ code: "MULTIPLE_ANCHORS", reason: "frontmatter.reason.multiple-anchors" },
	{ code: "MULTIPLE_TAGS", reason: "frontmatter.reason.multiple-tags" },
	{ code: "MULTIPLE_DOCS", reason: "frontmatter.reason.multiple-docs" },
	// As an error (not a warning), only "Anchor (Alias) cannot be an empty string".
	{ code: "BAD_ALIAS", reason: "frontmatter.reason.empty-anchor" },
	{ code: "BLOCK_IN_FLOW", reason: "frontmatter.reason.block-in-flow" },
	{ code: "KEY_OVER_1024_CHARS", reason: "frontmatter.reason.long-key" },
	{ code: "BAD_PROP_ORDER", reason: "frontmatter.reason.prop-order" },
	// As an error (not a warning), a tag the library cannot read at all, such as `!!str!!str`.
	{ code: "TAG_RESOLVE_FAILED", reason: "frontmatter.reason.unknown-tag" },
];

/** The reason for a code and the library's text, or `null` when no row explains it. */
export function yamlReasonKey(code: ErrorCode | null, detail: string): ReasonKey | null {
	if (code === null) return null;
	const row = YAML_REASONS.find((r) => r.code === code && (r.when === undefined || r.when.test(detail)));
	return row ? row.reason : null;
}

/** Why the YAML does not parse, as a message: our reason, or the library's text. */
export function yamlReason(problem: { readonly code: ErrorCode | null; readonly detail: string }): Message {
	const key = yamlReasonKey(problem.code, problem.detail);
	return key ? message(key) : message("frontmatter.reason.other", { detail: problem.detail });
}

/** Frontmatter that makes the installed `yaml` report `code`, the note line it names, and our reason. */
export interface YamlReasonExample {
	/** The YAML between the note's `---` fences (the note is `---\n{yaml}\n---\n…`). */
	readonly yaml: string;
	readonly code: ErrorCode;
	/** The note's line (1-based; the opening `---` is line 1). */
	readonly line: number;
	readonly reason: ReasonKey;
}

/** At least one example per row of `YAML_REASONS`, in the same order. */
export const YAML_REASON_EXAMPLES: readonly YamlReasonExample[] = [
	{ yaml: "title: Stargate\ntitle: 星門", code: "DUPLICATE_KEY", line: 3, reason: "frontmatter.reason.duplicate-key" },
	{ yaml: "tags:\n\t- chips", code: "TAB_AS_INDENT", line: 3, reason: "frontmatter.reason.tab-indent" },
	{ yaml: 'title: "DeepSeek R1', code: "MISSING_CHAR", line: 2, reason: "frontmatter.reason.unclosed-quote" },
	{ yaml: "title: Genesis Mission\nA sentence without a property name", code: "MISSING_CHAR", line: 3, reason: "frontmatter.reason.missing-colon" },
	{ yaml: "{title: Stargate", code: "MISSING_CHAR", line: 2, reason: "frontmatter.reason.unclosed-bracket" },
	{ yaml: 'outlet: "ASPI"# think tank', code: "MISSING_CHAR", line: 2, reason: "frontmatter.reason.missing-mark" },
	{ yaml: "tags: [chips, export controls", code: "BAD_INDENT", line: 2, reason: "frontmatter.reason.unclosed-bracket" },
	{ yaml: "tags: [chips, AI]\n  export controls", code: "BAD_INDENT", line: 3, reason: "frontmatter.reason.bad-indent" },
	{ yaml: "title: The US–China race: the chips front", code: "BLOCK_AS_IMPLICIT_KEY", line: 2, reason: "frontmatter.reason.colon-in-value" },
	{ yaml: "tags:\n    - chips\n  - AI", code: "BLOCK_AS_IMPLICIT_KEY", line: 4, reason: "frontmatter.reason.list-misaligned" },
	{ yaml: "published\nauthor: Jane Doe", code: "MULTILINE_IMPLICIT_KEY", line: 2, reason: "frontmatter.reason.multiline-key" },
	{ yaml: 'title: "Stargate" project', code: "UNEXPECTED_TOKEN", line: 2, reason: "frontmatter.reason.unexpected" },
	// Markdown emphasis: `*` starts a YAML reference.
	{ yaml: "title: *Stargate* and the grid", code: "UNEXPECTED_TOKEN", line: 2, reason: "frontmatter.reason.unexpected" },
	{ yaml: "author: @openai", code: "BAD_SCALAR_START", line: 2, reason: "frontmatter.reason.reserved-start" },
	{ yaml: 'source: "C:\\Users\\notes"', code: "BAD_DQ_ESCAPE", line: 2, reason: "frontmatter.reason.bad-escape" },
	{ yaml: "lab: &lab DeepSeek\nowner: !!str *lab", code: "ALIAS_PROPS", line: 3, reason: "frontmatter.reason.alias-props" },
	{ yaml: "lab: &a &b DeepSeek", code: "MULTIPLE_ANCHORS", line: 2, reason: "frontmatter.reason.multiple-anchors" },
	{ yaml: "year: !!str !!str 2025", code: "MULTIPLE_TAGS", line: 2, reason: "frontmatter.reason.multiple-tags" },
	{ yaml: "title: Stargate\n...\nsource: x", code: "MULTIPLE_DOCS", line: 4, reason: "frontmatter.reason.multiple-docs" },
	{ yaml: "lab: *", code: "BAD_ALIAS", line: 2, reason: "frontmatter.reason.empty-anchor" },
	{ yaml: "tags: {chips: - AI}", code: "BLOCK_IN_FLOW", line: 2, reason: "frontmatter.reason.block-in-flow" },
	{ yaml: `${"k".repeat(1030)}: 1 # too long`, code: "KEY_OVER_1024_CHARS", line: 2, reason: "frontmatter.reason.long-key" },
	{ yaml: "tags:\n  - &chips ? AI", code: "BAD_PROP_ORDER", line: 3, reason: "frontmatter.reason.prop-order" },
	{ yaml: "year: !!str!!str 2025", code: "TAG_RESOLVE_FAILED", line: 2, reason: "frontmatter.reason.unknown-tag" },
];
