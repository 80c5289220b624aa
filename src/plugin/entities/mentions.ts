/**
 * Unlinked mentions for the entity timeline: for each analysis (`type: analysis`), the entities it
 * names without linking them — in its text where *Link entities in this note* would link them
 * (`unlinkedMentions`), or as a plain entry of its `entities` property. Links need no index of
 * ours: Obsidian's `resolvedLinks` holds them.
 *
 * The cost stays bounded. Nothing is read until a timeline first asks. Then the analyses are read
 * a few at a time, yielding to the interface. After that, a metadata change queues its note: never
 * planned inside the event handler (a 5 MB note takes about a second), but by a queue that runs
 * after it, one note at a time, yielding between notes. While a timeline is shown the queue keeps
 * the text Obsidian hands over (a newer change of the same note replaces it) and runs at once; else
 * it keeps only the path, and the note is read again when a timeline next asks. A deleted note
 * leaves the queue; a renamed one moves in it. A registry change makes every entry stale: they are
 * read again once a burst of changes is over — at once while a timeline is shown, else when the
 * next one asks. Only the names found are kept; text only while its note waits in the queue.
 */
import { TFile, debounce, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import { unlinkedNames } from "../../core/entities";
import type { Lifecycle } from "../feature";
import { readInBatches, slicer, yieldToInterface } from "../slices";
import type { EntityService } from "./service";

/** Files read at once while building. */
const CONCURRENT_READS = 4;
/** Quiet time, in ms, after a registry change before the analyses are read again. */
const REREAD_MS = 500;

type Frontmatter = CachedMetadata["frontmatter"];

/** A changed note as Obsidian handed it over. */
interface Handed {
	readonly text: string;
	readonly frontmatter: Frontmatter;
}

/** Analyses are the notes the timeline lists. */
function isAnalysis(frontmatter: Frontmatter): boolean {
	return frontmatter?.type === "analysis";
}

export class MentionIndex {
	/** Entity names each analysis mentions unlinked; analyses with none are not kept. */
	private readonly byPath = new Map<string, readonly string[]>();
	private state: "idle" | "reading" | "ready" = "idle";
	/** Set by a registry change: every entry may be wrong until the analyses are read again. */
	private stale = false;
	/** Bumped by every read of the vault, so an older one stops. */
	private generation = 0;
	/** Reads the vault again once registry changes have been quiet for `REREAD_MS`. */
	private readonly reread = debounce(() => {
		this.rereadDue = false;
		void this.read();
	}, REREAD_MS, true);
	/** True while `reread` is pending. */
	private rereadDue = false;
	private stopped = false;
	/** Set once a timeline asked: until then nothing is read. */
	private asked = false;
	private readonly listeners = new Set<() => void>();
	/** Notes changed since they were planned, by path: as last handed over, or null to read them again. */
	private readonly queue = new Map<string, Handed | null>();
	/** The queue's run while it runs. */
	private draining: Promise<void> | null = null;

	constructor(
		private readonly app: App,
		private readonly service: EntityService,
		lifecycle: Lifecycle,
	) {
		lifecycle.registerEvent(app.metadataCache.on("changed", (file, data, cache) => this.changed(file, data, cache.frontmatter)));
		lifecycle.registerEvent(app.vault.on("rename", (file, oldPath) => this.renamed(file, oldPath)));
		lifecycle.registerEvent(app.vault.on("delete", (file) => this.deleted(file)));
		lifecycle.register(service.onChange(() => this.registryChanged()));
		lifecycle.register(() => this.stop());
	}

	/** True until the analyses have been read with the current registry, and while notes wait in the queue. */
	get pending(): boolean {
		return this.state !== "ready" || this.stale || this.queue.size > 0;
	}

	/**
	 * Resolves once the queue of changed notes is empty (at once when it is). For tests and for
	 * callers that must see every change planned; the listeners are told as well.
	 */
	idle(): Promise<void> {
		return this.draining ?? Promise.resolve();
	}

	/** The analyses that name the entity `name` without linking it; the first call starts the reading. */
	notesMentioning(name: string): string[] {
		this.asked = true;
		this.start();
		const wanted = name.toLowerCase();
		const paths: string[] = [];
		for (const [path, names] of this.byPath) if (names.some((n) => n.toLowerCase() === wanted)) paths.push(path);
		return paths;
	}

	/**
	 * Every analysis's unlinked names, by path, once they are read with the current registry and
	 * no changed note waits: for a command that needs them all (a map). The first call starts the
	 * reading, as a shown timeline does.
	 */
	async unlinkedByPath(): Promise<ReadonlyMap<string, readonly string[]>> {
		for (;;) {
			this.asked = true;
			this.start();
			if (!this.pending || this.stopped) return this.byPath;
			if (this.state === "ready" && !this.stale) await this.idle();
			else await new Promise<void>((resolve) => {
				const off = this.subscribe(() => {
					off();
					resolve();
				});
			});
		}
	}

	/** The entity names the analysis at `path` mentions without linking them, as last read (empty before). */
	unlinkedAt(path: string): readonly string[] {
		return this.byPath.get(path) ?? [];
	}

	/** Calls `listener` when a reading of the vault finishes; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private start(): void {
		if (this.state === "idle" && this.service.ready) void this.read();
		else if (this.stale && !this.rereadDue && this.state === "ready") this.schedule();
		if (this.queue.size > 0) this.drain();
	}

	private stop(): void {
		this.stopped = true;
		this.reread.cancel();
		this.rereadDue = false;
		this.queue.clear();
	}

	private registryChanged(): void {
		if (this.state === "idle") {
			if (this.asked) this.start();
			return;
		}
		this.stale = true;
		if (this.listeners.size > 0) this.schedule();
	}

	private schedule(): void {
		this.rereadDue = true;
		this.reread();
	}

	/** Reads every analysis, `CONCURRENT_READS` at a time, yielding to the interface between batches. */
	private async read(): Promise<void> {
		const generation = ++this.generation;
		this.state = "reading";
		this.stale = false;
		const { vault, metadataCache } = this.app;
		const files = vault.getMarkdownFiles().filter((f) => isAnalysis(metadataCache.getFileCache(f)?.frontmatter));
		const current = () => generation === this.generation && !this.stopped;
		await this.service.namesReady();
		await readInBatches(vault, files, CONCURRENT_READS, current, (file, text) => this.index(file.path, text, metadataCache.getFileCache(file)?.frontmatter));
		if (!current()) return;
		this.state = "ready";
		for (const listener of [...this.listeners]) listener();
	}

	/** Finds the note's unlinked mentions with the current registry. */
	private index(path: string, text: string, frontmatter: Frontmatter): void {
		const names = unlinkedNames(text, path, frontmatter?.entities, this.service.matcher());
		if (names.length === 0) this.byPath.delete(path);
		else this.byPath.set(path, names);
	}

	/** Queues an analysis to be planned after the handler returns; forgets a note that is no longer one. */
	private changed(file: TFile, text: string, frontmatter: Frontmatter): void {
		if (this.state === "idle" || file.extension !== "md") return;
		if (!isAnalysis(frontmatter)) {
			this.byPath.delete(file.path);
			this.queue.delete(file.path);
			return;
		}
		// Map order: a note changed again keeps its place, with its newest text.
		const shown = this.listeners.size > 0;
		this.queue.set(file.path, shown ? { text, frontmatter } : null);
		if (shown) this.drain();
	}

	/** Starts the queue's run unless it runs already (it takes notes queued meanwhile). */
	private drain(): void {
		this.draining ??= this.runQueue().finally(() => {
			this.draining = null;
		});
	}

	/** Plans the queued notes one at a time, never before yielding once, then tells the listeners. */
	private async runQueue(): Promise<void> {
		const pause = slicer();
		let planned = false;
		await yieldToInterface();
		await this.service.namesReady();
		for (let next = this.queue.entries().next(); !next.done && !this.stopped; next = this.queue.entries().next()) {
			const [path, queued] = next.value;
			this.queue.delete(path);
			planned = (await this.plan(path, queued)) || planned;
			await pause();
		}
		if (planned && !this.stopped) for (const listener of [...this.listeners]) listener();
	}

	/** Plans one queued note as it is now (read again when the queue kept no text); false when it is gone. */
	private async plan(path: string, queued: Handed | null): Promise<boolean> {
		const { vault, metadataCache } = this.app;
		const file = vault.getFileByPath(path);
		if (!(file instanceof TFile)) return false;
		const text = queued?.text ?? (await vault.cachedRead(file).catch(() => null));
		// Changed, moved or deleted while being read: a newer entry (or none) is due.
		if (text === null || this.stopped || this.queue.has(path) || vault.getFileByPath(path) !== file) return false;
		const frontmatter = queued ? queued.frontmatter : metadataCache.getFileCache(file)?.frontmatter;
		if (isAnalysis(frontmatter)) this.index(path, text, frontmatter);
		else this.byPath.delete(path);
		return true;
	}

	private deleted(file: TAbstractFile): void {
		this.byPath.delete(file.path);
		this.queue.delete(file.path);
	}

	/** Keeps the names under the new path; a queued note moves in the queue, keeping its text. */
	private renamed(file: TAbstractFile, oldPath: string): void {
		if (!(file instanceof TFile)) return;
		const names = this.byPath.get(oldPath);
		if (names !== undefined) {
			this.byPath.delete(oldPath);
			this.byPath.set(file.path, names);
		}
		if (this.queue.has(oldPath)) {
			const queued = this.queue.get(oldPath) ?? null;
			this.queue.delete(oldPath);
			this.queue.set(file.path, queued);
		}
	}
}
