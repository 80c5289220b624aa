/**
 * The analysis note model: its properties, its four sections and the errors user input can
 * produce. Property names follow Obsidian's Web Clipper (`title`, `source`, `author`, `published`,
 * `created`, `description`, `tags`) so a clipped article becomes an analysis without renaming;
 * Dossier adds `type`, `outlet`, `keywords`, `entities`, `lang` (and `updated`, `aliases` when a
 * legacy metadata line carries them).
 */
import type { Language } from "../i18n";
import { describeFrontmatterProblem, type FrontmatterProblem } from "../parse";

/** The value of `type` that marks an analysis note. */
export const ANALYSIS_TYPE = "analysis";

/** Every property Dossier writes, in the order it adds them to a note that lacks them. */
export const PROPERTY_ORDER = [
	"type",
	"title",
	"source",
	"outlet",
	"author",
	"published",
	"updated",
	"created",
	"description",
	"keywords",
	"entities",
	"aliases",
	"lang",
	"tags",
] as const;

export type PropertyName = (typeof PROPERTY_ORDER)[number];

/** Properties whose value is a list of strings. */
export const LIST_PROPERTIES: ReadonlySet<PropertyName> = new Set(["author", "keywords", "entities", "aliases", "tags"]);

/** A property value as Dossier writes it: a string or a list of strings. */
export type PropertyValue = string | readonly string[];

/** What the user tells Dossier about the article, as the form and the CLI collect it. */
export interface AnalysisFields {
	/** The article's title. */
	readonly title: string;
	/** The article's URL (`source`), possibly empty. */
	readonly source: string;
	/** The publication that ran it, e.g. `Financial Times`. */
	readonly outlet: string;
	/** Its authors, in byline order. */
	readonly authors: readonly string[];
	/** When it was published, as an Obsidian date & time (`2025-12-05T14:42`), or empty. */
	readonly published: string;
	/** A one-paragraph description (the page's `og:description`), or empty. */
	readonly description: string;
	/** Keywords, in the order given. */
	readonly keywords: readonly string[];
	/** The language the analysis is written in. */
	readonly lang: Language;
}

/** The four sections of an analysis, in order. */
export const SECTION_KINDS = ["metadata", "summary", "structure", "questions"] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** Where in a template something is, counted from 1 as editors show it. */
export interface TextPosition {
	readonly line: number;
	readonly column: number;
}

/** What is wrong with a Moment-style date format. */
export type FormatProblem =
	/** A letter that is no date token, unbracketed (`yyyy`: Moment writes `YYYY`). */
	| { readonly kind: "not-a-token"; readonly letter: string }
	/** A `[` literal never closed. */
	| { readonly kind: "unclosed-bracket" }
	/** A format given to a placeholder that takes none (`{{title:YYYY}}`). */
	| { readonly kind: "takes-no-format"; readonly name: string }
	/** date-fns refused the translated pattern; `detail` is its own (English) words. */
	| { readonly kind: "rejected"; readonly detail: string };

/**
 * Something wrong with user input (a template, a date, a note), as data: the adapters turn it into
 * words in the interface language (`errorMessage` in `messages.ts`). `at` is where in the template
 * text the problem is, when it came from one.
 */
export type AnalysisError =
	| { readonly kind: "unknown-placeholder"; readonly name: string; readonly at?: TextPosition }
	| { readonly kind: "unclosed-placeholder"; readonly text: string; readonly at?: TextPosition }
	| { readonly kind: "bad-format"; readonly format: string; readonly problem: FormatProblem; readonly at?: TextPosition }
	| { readonly kind: "empty-pattern" }
	| { readonly kind: "multi-line-pattern" }
	| { readonly kind: "bad-date"; readonly input: string }
	| { readonly kind: "bad-url"; readonly input: string }
	| { readonly kind: "bad-frontmatter"; readonly problem: FrontmatterProblem }
	| { readonly kind: "no-section"; readonly section: SectionKind };

/** A value or the reason there is none. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AnalysisError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: AnalysisError): Result<T> => ({ ok: false, error });

/**
 * One English line for an error, in the CLI's lower-case style (`line 2, column 1: unknown
 * placeholder {{sumary}}`). The plugin says it in the interface language with `errorMessage`.
 */
export function describeError(error: AnalysisError): string {
	const where = "at" in error && error.at ? `line ${error.at.line}, column ${error.at.column}: ` : "";
	return where + describeKind(error);
}

function describeKind(error: AnalysisError): string {
	switch (error.kind) {
		case "unknown-placeholder":
			return `unknown placeholder {{${error.name}}}`;
		case "unclosed-placeholder":
			return `placeholder not closed: ${error.text}`;
		case "bad-format":
			return `bad date format "${error.format}": ${describeProblem(error.problem)}`;
		case "empty-pattern":
			return "the file name pattern is empty";
		case "multi-line-pattern":
			return "the file name pattern must be one line";
		case "bad-date":
			return `cannot read "${error.input}" as a date (try 2025-12-05 14:42)`;
		case "bad-url":
			return `not a web address: ${error.input}`;
		case "bad-frontmatter":
			return `${describeFrontmatterProblem(error.problem)} Nothing was changed.`;
		case "no-section":
			return `the note has no ${error.section} section`;
	}
}

function describeProblem(problem: FormatProblem): string {
	switch (problem.kind) {
		case "not-a-token":
			return `"${problem.letter}" is not a date token (put literal text in [brackets])`;
		case "unclosed-bracket":
			return "a [ is not closed";
		case "takes-no-format":
			return `{{${problem.name}}} takes no format`;
		case "rejected":
			return problem.detail;
	}
}
