/**
 * The questions feature's Obsidian side, minus the view: builds the index once the layout is
 * ready (reading only analyses and notes with an investigation heading, a few files at a time,
 * yielding to the interface), keeps it current from `metadataCache` `changed` and vault `rename` /
 * `delete`, writes status changes back through `Vault.process`, and opens a question's note at
 * its line. Views subscribe to be told when the index changes.
 *
 * With the entity registry (`deps.entities`), a question's entities include the names the matcher
 * finds, and a registry change (an entity created, renamed, deleted, its aliases edited) finds
 * them again — the matcher alone over each question's title and detail, no note read again —
 * once a burst of changes is over, in slices that yield to the interface.
 */
import { Notice, TFile, debounce, type CachedMetadata, type PaneType, type TAbstractFile } from "obsidian";
import {
	dayOf,
	editQuestion,
	findQuestion,
	investigationHeadingMatcher,
	QuestionIndex,
	READ_BATCH,
	readNoteQuestions,
	withEntitiesFound,
	type EntityFinder,
	type Question,
	type QuestionChange,
} from "../../core/questions";
import type { FeatureContext, Lifecycle } from "../feature";
import { readInBatches, slicer } from "../slices";

/** The entity registry as the questions feature reads it; the entities feature's `EntityService` is one. */
export interface EntityPort {
	/** The names of the entities `text` mentions, each once (names the linker would not link left out). */
	entityNames(text: string): readonly string[];
	/** The entity whose note is at `path`, if that note is one. */
	entityAt(path: string): { readonly name: string; readonly aliases: readonly string[] } | undefined;
	/** Resolves once `entityNames` answers at once (its matcher is built, a slice at a time). */
	namesReady(): Promise<void>;
	/** Calls `listener` after every change of the registry, with the entities renamed (old → new name). */
	onChange(listener: (change: { readonly renamed: ReadonlyMap<string, string> }) => void): () => void;
}

/** What other features may hand the questions feature. */
export interface QuestionsDeps {
	/** The entity registry; without it a question's entities are its links alone. */
	readonly entities?: EntityPort;
}

/** Told when the index changed; `renamed` (old → new entity name) when entities were renamed. */
export type IndexListener = (renamed?: ReadonlyMap<string, string>) => void;

/** Quiet time, in ms, after a registry change before entities are found again (a vault load, a bulk rename). */
const REFIND_MS = 250;

/** Thrown inside `Vault.process` to abandon a write; never escapes the service. */
class NotFound extends Error {}

export class QuestionsService {
	readonly index = new QuestionIndex();
	/** True once the first build finished. */
	ready = false;
	private readonly listeners = new Set<IndexListener>();
	private matcherKey = "";
	/** Finds entity names in a question's text, when the registry is there. */
	private readonly findEntities: EntityFinder | undefined;
	/** Entities renamed since the last pass that found entities again (old → new name). */
	private renamed = new Map<string, string>();
	/** Finds entities again once the registry has been quiet for `REFIND_MS`. */
	private readonly refind = debounce(() => void this.refindAll(), REFIND_MS, true);
	/** True while a pass runs; `refindAgain` asks for one more when the registry changed meanwhile. */
	private refinding = false;
	private refindAgain = false;
	/** Set when the plugin unloads, so a build in progress stops reading. */
	private stopped = false;
	/** Notes a change handed over while the build runs: the build's read of them may be older. */
	private readonly changedWhileBuilding = new Set<string>();
	private matcher: (heading: string) => boolean = investigationHeadingMatcher();

	constructor(
		private readonly host: FeatureContext & Lifecycle,
		private readonly deps: QuestionsDeps = {},
	) {
		const entities = deps.entities;
		this.findEntities = entities ? (text) => entities.entityNames(text) : undefined;
	}

	private get app() {
		return this.host.app;
	}

	/** Registers the events; the build waits for the layout. */
	start(): void {
		const { metadataCache, vault, workspace } = this.app;
		this.host.registerEvent(metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache)));
		this.host.registerEvent(vault.on("rename", (file, oldPath) => void this.onRename(file, oldPath)));
		this.host.registerEvent(vault.on("delete", (file) => this.onDelete(file)));
		this.host.register(() => this.stop());
		if (this.deps.entities) this.host.register(this.deps.entities.onChange(({ renamed }) => this.entitiesChanged(renamed)));
		workspace.onLayoutReady(() => void this.build());
	}

	private stop(): void {
		this.stopped = true;
		this.refind.cancel();
	}

	/** Called whenever the index changes; returns the unsubscribe function. */
	subscribe(listener: IndexListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private changed(renamed?: ReadonlyMap<string, string>): void {
		for (const listener of this.listeners) listener(renamed);
	}

	/** The names of the entity whose note `file` is (its name first), or null when it is none. */
	entityNamesAt(file: TFile): string[] | null {
		const { entities } = this.deps;
		if (entities) {
			const entity = entities.entityAt(file.path);
			return entity ? [entity.name, ...entity.aliases] : null;
		}
		// Without the registry: what the note's own properties say.
		const front = this.app.metadataCache.getFileCache(file)?.frontmatter;
		if (front?.type !== "entity") return null;
		const aliases: unknown = front.aliases;
		const names: unknown[] = [file.basename, ...(Array.isArray(aliases) ? (aliases as unknown[]) : [])];
		return names.filter((n): n is string => typeof n === "string" && n !== "");
	}

	/** Notes the renames and finds entities again once the registry has been quiet for `REFIND_MS`. */
	private entitiesChanged(renamed: ReadonlyMap<string, string>): void {
		for (const [from, to] of renamed) {
			for (const [first, last] of this.renamed) if (last === from) this.renamed.set(first, to);
			if (!this.renamed.has(from)) this.renamed.set(from, to);
		}
		// Nothing indexed yet (the registry is built before the index): every note will be read with it.
		if (this.stopped || (this.index.noteCount === 0 && this.renamed.size === 0)) return;
		this.refind();
	}

	/**
	 * Finds every question's entities again with the current registry, re-tagging in place the
	 * notes whose entities changed, then tells the views (always: a followed entity's names may
	 * have changed even when no question's did).
	 */
	private async refindAll(): Promise<void> {
		if (this.refinding) {
			this.refindAgain = true;
			return;
		}
		this.refinding = true;
		try {
			do {
				this.refindAgain = false;
				await this.refindPass();
			} while (this.refindAgain && !this.stopped);
		} finally {
			this.refinding = false;
		}
		const renamed = new Map([...this.renamed].filter(([from, to]) => from !== to));
		this.renamed = new Map();
		this.changed(renamed);
	}

	private async refindPass(): Promise<void> {
		await this.deps.entities?.namesReady();
		const pause = slicer();
		for (const entry of [...this.index.entries()]) {
			if (this.stopped) return;
			// A note read again since the pass began already has today's entities.
			if (this.index.get(entry.note.path) !== entry) continue;
			const next = withEntitiesFound(entry, this.findEntities);
			if (next) this.index.retag(next);
			await pause();
		}
	}

	/** The heading matcher for the current settings (rebuilt when the user's headings change). */
	isInvestigationHeading(heading: string): boolean {
		const key = this.host.settings.questionsHeadings.join("\n");
		if (key !== this.matcherKey) {
			this.matcherKey = key;
			this.matcher = investigationHeadingMatcher(this.host.settings.questionsHeadings);
		}
		return this.matcher(heading);
	}

	/** Worth reading: an analysis, a note with an investigation heading, or one the cache has not seen. */
	private worthReading(cache: CachedMetadata | null): boolean {
		if (!cache) return true;
		if (cache.frontmatter?.type === "analysis") return true;
		return cache.headings?.some((h) => this.isInvestigationHeading(h.heading)) ?? false;
	}

	/**
	 * Reads every worthwhile note once, `READ_BATCH` at a time, and indexes each batch as it
	 * arrives. A note changed during the build keeps the newer text the change handed over.
	 */
	async build(): Promise<void> {
		const pause = slicer();
		const files: TFile[] = [];
		for (const file of this.app.vault.getMarkdownFiles()) {
			if (this.worthReading(this.app.metadataCache.getFileCache(file))) files.push(file);
			await pause();
		}
		// Every note read finds names: the matcher is built first, in slices, not in the first note's.
		await this.deps.entities?.namesReady();
		await readInBatches(this.app.vault, files, READ_BATCH, () => !this.stopped, (file, text) => {
			if (!this.changedWhileBuilding.has(file.path)) this.indexText(file, text);
		}, pause);
		this.changedWhileBuilding.clear();
		this.ready = true;
		this.changed();
	}

	private indexText(file: TFile, text: string): void {
		const created = file.stat?.ctime ? dayOf(new Date(file.stat.ctime)) : null;
		const options = { path: file.path, isInvestigationHeading: (h: string) => this.isInvestigationHeading(h), created };
		this.index.set(readNoteQuestions(text, { ...options, findEntities: this.findEntities }));
	}

	private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
		if (file.extension !== "md") return;
		if (!this.ready) this.changedWhileBuilding.add(file.path);
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
		const options = { isInvestigationHeading: (h: string) => this.isInvestigationHeading(h), syntax: this.host.settings.questionsStatusSyntax };
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
		new Notice(this.host.t(key, { title: q.title, note: q.note.title }));
		return false;
	}
}
