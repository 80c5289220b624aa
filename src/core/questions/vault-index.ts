/**
 * The vault-wide question index: every note's questions, replaced one note at a time, with the
 * sorted lists the panel reads kept current by binary-search insertion (never re-sorted, never
 * re-scanned). The adapters feed it — the plugin from `metadataCache` and vault events, the CLI
 * from a folder walk — and read it through `panelModel` (`./panel`).
 */
import type { QuestionSource } from "../entities/types";
import { ACTIVE_STATUSES, type NoteQuestions, type Question, type QuestionStatus } from "./model";
import { COMPARE, lowerBound, type SortBy } from "./order";

/**
 * Notes an index build reads before indexing them: the reads in flight at once, then a run of
 * indexing over the texts just read. Measured by `npm run bench`, reading a batch and then
 * indexing it is about a tenth faster than reading and indexing one note at a time.
 */
export const READ_BATCH = 64;

export class QuestionIndex {
	private readonly byPath = new Map<string, NoteQuestions>();
	/** Sorted lists, built on first use for a sort and kept current after. */
	private readonly sorted = new Map<SortBy, Question[]>();
	private readonly statusCounts: Record<QuestionStatus, number> = { open: 0, investigating: 0, answered: 0, dropped: 0 };
	/** Questions that carry a review date (few), for counting overdue reviews without a full pass. */
	private readonly reviewed = new Set<Question>();
	/** Bumped on every change, so views can tell whether to redraw. */
	private version = 0;

	/** Replaces what the index holds for `entry.note.path`. A note without questions is dropped. */
	set(entry: NoteQuestions): void {
		const path = entry.note.path;
		this.drop(path);
		if (entry.questions.length === 0) return;
		this.byPath.set(path, entry);
		for (const q of entry.questions) {
			this.statusCounts[q.status]++;
			if (q.review !== null) this.reviewed.add(q);
		}
		for (const [sort, list] of this.sorted) for (const q of entry.questions) list.splice(lowerBound(list, q, COMPARE[sort]), 0, q);
		this.version++;
	}

	/**
	 * Replaces a note's questions with `entry`'s when they differ only in what no sort reads — their
	 * entities (`withEntitiesFound`): each new question takes its old one's place in every sorted
	 * list, so a registry change re-tags thousands of questions without moving any. Anything else
	 * (another count, another place) is a plain `set`.
	 */
	retag(entry: NoteQuestions): void {
		const old = this.byPath.get(entry.note.path);
		if (!old || old.questions.length !== entry.questions.length || !entry.questions.every((q, i) => samePlace(q, old.questions[i]!))) return this.set(entry);
		this.byPath.set(entry.note.path, entry);
		old.questions.forEach((q, i) => {
			const next = entry.questions[i]!;
			if (this.reviewed.delete(q)) this.reviewed.add(next);
			for (const [sort, list] of this.sorted) {
				const at = lowerBound(list, q, COMPARE[sort]);
				if (list[at] === q) list[at] = next;
			}
		});
		this.version++;
	}

	/** Forgets a note (deleted, or no longer has questions). */
	remove(path: string): void {
		this.drop(path);
	}

	/** Moves a note's questions to a new path. */
	rename(oldPath: string, newPath: string): void {
		const entry = this.byPath.get(oldPath);
		if (!entry) return;
		const note = { ...entry.note, path: newPath };
		this.set({ note, questions: entry.questions.map((q) => ({ ...q, path: newPath, note })) });
		this.drop(oldPath);
	}

	private drop(path: string): void {
		const old = this.byPath.get(path);
		if (!old) return;
		this.byPath.delete(path);
		for (const q of old.questions) {
			this.statusCounts[q.status]--;
			this.reviewed.delete(q);
		}
		for (const [sort, list] of this.sorted) {
			for (const q of old.questions) {
				const at = lowerBound(list, q, COMPARE[sort]);
				if (list[at] === q) list.splice(at, 1);
			}
		}
		this.version++;
	}

	/** The note's entry, if it has questions. */
	get(path: string): NoteQuestions | undefined {
		return this.byPath.get(path);
	}

	has(path: string): boolean {
		return this.byPath.has(path);
	}

	/** Every note with questions. */
	entries(): IterableIterator<NoteQuestions> {
		return this.byPath.values();
	}

	/** Number of notes with questions. */
	get noteCount(): number {
		return this.byPath.size;
	}

	/** Number of questions per status, across the vault. */
	counts(): Readonly<Record<QuestionStatus, number>> {
		return { ...this.statusCounts };
	}

	/** Every question with a review date. */
	withReview(): ReadonlySet<Question> {
		return this.reviewed;
	}

	/** Every question, sorted; the list is the index's own — read it, do not change it. */
	inOrder(sort: SortBy): readonly Question[] {
		let list = this.sorted.get(sort);
		if (!list) {
			list = [...this.byPath.values()].flatMap((e) => e.questions).sort(COMPARE[sort]);
			this.sorted.set(sort, list);
		}
		return list;
	}

	/** Changes whenever the index changes. */
	get revision(): number {
		return this.version;
	}
}

/** True when `a` sorts exactly where `b` does under every order and counts the same (the fields they read are equal). */
function samePlace(a: Question, b: Question): boolean {
	return a.path === b.path && a.line === b.line && a.title === b.title && a.review === b.review && a.status === b.status && a.note === b.note;
}

/**
 * The open and investigating questions of `index`, as the entity timeline and the maps read them
 * (the plugin lends them to the timeline; the CLI hands them to a map).
 */
export function activeQuestionSources(index: QuestionIndex): QuestionSource[] {
	const active = new Set<QuestionStatus>(ACTIVE_STATUSES);
	return [...index.entries()].flatMap((entry) =>
		entry.questions.filter((q) => active.has(q.status)).map((q) => ({ path: q.path, line: q.line, text: q.title, detail: q.detail, entities: q.entities })),
	);
}
