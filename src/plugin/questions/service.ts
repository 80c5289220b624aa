/**
 * The questions feature's Obsidian side, minus the view: builds the index once the layout is
 * ready (reading only analyses and notes with an investigation heading, a few files at a time,
 * yielding to the interface), keeps it current from `metadataCache` `changed` and vault `rename` /
 * `delete`, writes status changes back through `Vault.process`, and opens a question's note at
 * its line. Views subscribe to be told when the index changes.
 */
import { Notice, TFile, type CachedMetadata, type PaneType, type TAbstractFile } from "obsidian";
import {
	dayOf,
	editQuestion,
	findQuestion,
	investigationHeadingMatcher,
	QuestionIndex,
	readNoteQuestions,
	type EntityFinder,
	type Question,
	type QuestionChange,
} from "../../core/questions";
import type DossierPlugin from "../main";

/** What other features may hand the questions feature. */
export interface QuestionsDeps {
	/** Entity names in a question's text (the entity matcher); without it only links count. */
	readonly findEntities?: EntityFinder;
}

/** Files read at once while building the index. */
const CONCURRENT_READS = 8;
/** Longest run of work, in ms, before yielding to the interface during the build. */
const SLICE_MS = 12;

/** Thrown inside `Vault.process` to abandon a write; never escapes the service. */
class NotFound extends Error {}

export class QuestionsService {
	readonly index = new QuestionIndex();
	/** True once the first build finished. */
	ready = false;
	private readonly listeners = new Set<() => void>();
	private matcherKey = "";
	/** Set when the plugin unloads, so a build in progress stops reading. */
	private stopped = false;
	private matcher: (heading: string) => boolean = investigationHeadingMatcher();

	constructor(
		private readonly plugin: DossierPlugin,
		private readonly deps: QuestionsDeps = {},
	) {}

	private get app() {
		return this.plugin.app;
	}

	/** Registers the events; the build waits for the layout. */
	start(): void {
		const { metadataCache, vault, workspace } = this.app;
		this.plugin.registerEvent(metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache)));
		this.plugin.registerEvent(vault.on("rename", (file, oldPath) => void this.onRename(file, oldPath)));
		this.plugin.registerEvent(vault.on("delete", (file) => this.onDelete(file)));
		this.plugin.register(() => (this.stopped = true));
		workspace.onLayoutReady(() => void this.build());
	}

	/** Called with no argument whenever the index changes; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private changed(): void {
		for (const listener of this.listeners) listener();
	}

	/** The heading matcher for the current settings (rebuilt when the user's headings change). */
	isInvestigationHeading(heading: string): boolean {
		const key = this.plugin.settings.questionsHeadings.join("\n");
		if (key !== this.matcherKey) {
			this.matcherKey = key;
			this.matcher = investigationHeadingMatcher(this.plugin.settings.questionsHeadings);
		}
		return this.matcher(heading);
	}

	/** Worth reading: an analysis, a note with an investigation heading, or one the cache has not seen. */
	private worthReading(cache: CachedMetadata | null): boolean {
		if (!cache) return true;
		if (cache.frontmatter?.type === "analysis") return true;
		return cache.headings?.some((h) => this.isInvestigationHeading(h.heading)) ?? false;
	}

	/** Reads every worthwhile note once, `CONCURRENT_READS` at a time, yielding every `SLICE_MS`. */
	async build(): Promise<void> {
		const files = this.app.vault.getMarkdownFiles().filter((f) => this.worthReading(this.app.metadataCache.getFileCache(f)));
		let next = 0;
		let sliceStart = performance.now();
		const worker = async (): Promise<void> => {
			while (next < files.length && !this.stopped) {
				const file = files[next++]!;
				const text = await this.app.vault.cachedRead(file).catch(() => null);
				if (text !== null && this.app.vault.getFileByPath(file.path) === file) this.indexText(file, text);
				if (performance.now() - sliceStart > SLICE_MS) {
					await new Promise((resolve) => window.setTimeout(resolve, 0));
					sliceStart = performance.now();
				}
			}
		};
		await Promise.all(Array.from({ length: CONCURRENT_READS }, worker));
		this.ready = true;
		this.changed();
	}

	private indexText(file: TFile, text: string): void {
		const created = file.stat?.ctime ? dayOf(new Date(file.stat.ctime)) : null;
		const options = { path: file.path, isInvestigationHeading: (h: string) => this.isInvestigationHeading(h), created };
		this.index.set(readNoteQuestions(text, { ...options, findEntities: this.deps.findEntities }));
	}

	private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
		if (file.extension !== "md") return;
		if (!this.worthReading(cache) && !this.index.has(file.path)) return;
		this.indexText(file, data);
		this.changed();
	}

	private async onRename(file: TAbstractFile, oldPath: string): Promise<void> {
		if (!(file instanceof TFile) || !this.index.has(oldPath)) return;
		this.index.rename(oldPath, file.path);
		this.changed();
		// A title taken from the file name changes with it: read the note again.
		const text = await this.app.vault.cachedRead(file).catch(() => null);
		if (text !== null && this.app.vault.getFileByPath(file.path) === file) {
			this.indexText(file, text);
			this.changed();
		}
	}

	private onDelete(file: TAbstractFile): void {
		if (!this.index.has(file.path)) return;
		this.index.remove(file.path);
		this.changed();
	}

	/**
	 * Applies `change` to the question inside `Vault.process`, finding it again in the current text.
	 * Returns false, writing nothing, when the note or the question is gone (and says so).
	 */
	async edit(q: Question, change: QuestionChange): Promise<boolean> {
		const file = this.app.vault.getFileByPath(q.path);
		if (!file) return this.fail("questions.notice.noteGone", q);
		const options = { isInvestigationHeading: (h: string) => this.isInvestigationHeading(h), syntax: this.plugin.settings.questionsStatusSyntax };
		try {
			await this.app.vault.process(file, (text) => {
				const result = editQuestion(text, { title: q.title, line: q.line }, change, options);
				if (!result.ok) throw new NotFound();
				return result.text;
			});
			return true;
		} catch (error) {
			if (error instanceof NotFound) return this.fail("questions.notice.notFound", q);
			throw error;
		}
	}

	/** Opens the question's note at its line, found again just before opening. */
	async open(q: Question, where: PaneType | boolean): Promise<void> {
		const file = this.app.vault.getFileByPath(q.path);
		if (!file) {
			this.fail("questions.notice.noteGone", q);
			return;
		}
		const text = await this.app.vault.cachedRead(file);
		const found = findQuestion(text, { title: q.title, line: q.line }, (h) => this.isInvestigationHeading(h));
		const line = found?.line ?? Math.min(q.line, text.split("\n").length - 1);
		const leaf = this.app.workspace.getLeaf(where);
		await leaf.openFile(file, { active: true, eState: { line } });
	}

	private fail(key: "questions.notice.noteGone" | "questions.notice.notFound", q: Question): false {
		new Notice(this.plugin.t(key, { title: q.title, note: q.note.title }));
		return false;
	}
}
