/**
 * Edits to one question, as pure functions from the note's current text to its new text. The
 * question is found again by its title — its stored line is only a hint, since the note may have
 * changed since it was indexed — and only that question's line changes; line endings (`\r\n`) and
 * every other character are kept. When it cannot be found, the result says so and nothing changes.
 */
import { parseStructure } from "../parse";
import { lineAt, replaceLine } from "../text/line-at";
import { readNoteQuestions } from "./extract";
import type { Question, QuestionStatus } from "./model";
import { setField, setStatusOnLine, type StatusSyntax } from "./syntax";

/** What identifies a question across edits: its title, and where it was last seen. */
export interface QuestionRef {
	readonly title: string;
	/** The line it was last seen on: among questions with the same title, the nearest wins. */
	readonly line: number;
}

/** One change to a question's line. */
export type QuestionChange =
	| { readonly kind: "status"; readonly status: QuestionStatus }
	/** A `YYYY-MM-DD` date, or `null` to remove the review date. */
	| { readonly kind: "review"; readonly date: string | null }
	/** A link target (`Folder/Note`), written as `[[target]]`; `null` removes it. */
	| { readonly kind: "answered"; readonly target: string | null };

export interface EditOptions {
	readonly isInvestigationHeading: (heading: string) => boolean;
	readonly syntax: StatusSyntax;
}

export type EditResult =
	| { readonly ok: true; readonly text: string; readonly line: number }
	| { readonly ok: false; readonly reason: "not-found" };

/** The question `ref` points at in `text`, found by title, nearest to its old line; or `null`. */
export function findQuestion(text: string, ref: QuestionRef, isInvestigationHeading: (heading: string) => boolean, structure = parseStructure(text)): Question | null {
	const { questions } = readNoteQuestions(text, { path: "", isInvestigationHeading }, structure);
	let best: Question | null = null;
	for (const question of questions) {
		if (question.title !== ref.title) continue;
		if (!best || Math.abs(question.line - ref.line) < Math.abs(best.line - ref.line)) best = question;
	}
	return best;
}

/** The text with `change` applied to the question `ref` points at, or why it could not be. */
export function editQuestion(text: string, ref: QuestionRef, change: QuestionChange, options: EditOptions): EditResult {
	const structure = parseStructure(text);
	const found = findQuestion(text, ref, options.isInvestigationHeading, structure);
	if (!found) return { ok: false, reason: "not-found" };
	const starts = structure.note.lineStarts;
	const before = lineAt(text, starts, found.line);
	const after = changeLine(before, change, options.syntax);
	return { ok: true, text: after === before ? text : replaceLine(text, starts, found.line, after), line: found.line };
}

/** The new content of a question's line. */
export function changeLine(line: string, change: QuestionChange, syntax: StatusSyntax): string {
	switch (change.kind) {
		case "status":
			return setStatusOnLine(line, change.status, syntax);
		case "review":
			return setField(line, "review", change.date);
		case "answered":
			return setField(line, "answered", change.target === null ? null : `[[${change.target}]]`);
	}
}
