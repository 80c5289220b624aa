/**
 * Entities found again after the entity registry changed (an entity note created, renamed,
 * deleted, its aliases edited): only the matcher runs again, over each question's title and
 * detail — the note is not read or parsed again, and the links a question holds stay as they were.
 */
import { entityNames } from "./extract";
import type { EntityFinder, NoteQuestions, Question } from "./model";

/**
 * The note's questions with their entities found again by `find`, or null when no question's
 * entities change. Every other field — and so every question's place in a sorted list — is kept.
 *
 * @example withEntitiesFound(entry, (text) => (text.includes("星門") ? ["Stargate"] : []))
 */
export function withEntitiesFound(entry: NoteQuestions, find: EntityFinder | undefined): NoteQuestions | null {
	let changed = false;
	const questions = entry.questions.map((q): Question => {
		const entities = entityNames(q.links, q.title, q.detail, find);
		if (sameNames(entities, q.entities)) return q;
		changed = true;
		return { ...q, entities };
	});
	return changed ? { note: entry.note, questions } : null;
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
	return a === b || (a.length === b.length && a.every((name, i) => name === b[i]));
}
