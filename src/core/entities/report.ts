/**
 * The entity report: names two entities share, entities no note mentions, and names that recur
 * without an entity (words in 「」, Capitalised Phrases, glosses in brackets).
 */
import type { ParsedNote } from "../parse";
import type { EntityReport, Matcher } from "./types";

/** A note as the report reads it. */
export interface ReportNote {
	readonly path: string;
	readonly text: string;
	readonly parsed: ParsedNote;
}

/** The report over `notes`. Candidates need at least `minCount` occurrences (default 2). */
export function entityReport(matcher: Matcher, notes: readonly ReportNote[], minCount = 2): EntityReport {
	void matcher;
	void notes;
	void minCount;
	return { sharedAliases: [], neverMentioned: [], candidates: [], mentions: {} };
}
