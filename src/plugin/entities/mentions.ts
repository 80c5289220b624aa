/**
 * Unlinked mentions for the entity timeline: for each analysis (`type: analysis`), the entities it
 * names without linking them — in its text where *Link entities in this note* would link them
 * (`unlinkedMentions`), or as a plain entry of its `entities` property. Links need no index of
 * ours: Obsidian's `resolvedLinks` holds them.
 *
 * The cost stays bounded. Nothing is read until a timeline first asks. Then the analyses are read
 * a few at a time, yielding to the interface; after that, one note is read again per metadata
 * change (Obsidian hands over its text). A registry change makes every entry stale: they are read
 * again once a burst of changes is over — at once while a timeline is shown, else when the next
 * one asks. Only the names found are kept, never the text.
 */
import { TFile, debounce, type App, type CachedMetadata, type Plugin, type TAbstractFile } from "obsidian";
import { propertyTargets, unlinkedMentions } from "../../core/entities";
import type { EntityService } from "./service";

/** Files read at once while building. */
const CONCURRENT_READS = 4;
/** Longest run of work, in ms, before yielding to the interface. */
const SLICE_MS = 12;
/** Quiet time, in ms, after a registry change before the analyses are read again. */
const REREAD_MS = 500;

type Frontmatter = CachedMetadata["frontmatter"];

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

	constructor(
		private readonly app: App,
		private readonly service: EntityService,
		plugin: Pick<Plugin, "registerEvent" | "register">,
	) {
		plugin.registerEvent(app.metadataCache.on("changed", (file, data, cache) => this.changed(file, data, cache.frontmatter)));
		plugin.registerEvent(app.vault.on("rename", (file, oldPath) => this.renamed(file, oldPath)));
		plugin.registerEvent(app.vault.on("delete", (file) => this.byPath.delete(file.path)));
		plugin.register(service.onChange(() => this.registryChanged()));
		plugin.register(() => this.stop());
	}

	/** True until the analyses have been read with the current registry. */
	get pending(): boolean {
		return this.state !== "ready" || this.stale;
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

	/** Calls `listener` when a reading of the vault finishes; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private start(): void {
		if (this.state === "idle" && this.service.ready) void this.read();
		else if (this.stale && !this.rereadDue && this.state === "ready") this.schedule();
	}

	private stop(): void {
		this.stopped = true;
		this.reread.cancel();
		this.rereadDue = false;
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

	/** Reads every analysis, `CONCURRENT_READS` at a time, yielding every `SLICE_MS`. */
	private async read(): Promise<void> {
		const generation = ++this.generation;
		this.state = "reading";
		this.stale = false;
		const { vault, metadataCache } = this.app;
		const files = vault.getMarkdownFiles().filter((f) => isAnalysis(metadataCache.getFileCache(f)?.frontmatter));
		const current = () => generation === this.generation && !this.stopped;
		let next = 0;
		let sliceStart = performance.now();
		const worker = async (): Promise<void> => {
			while (next < files.length && current()) {
				const file = files[next++]!;
				const text = await vault.cachedRead(file).catch(() => null);
				if (text !== null && current() && vault.getFileByPath(file.path) === file) this.index(file.path, text, metadataCache.getFileCache(file)?.frontmatter);
				if (performance.now() - sliceStart > SLICE_MS) {
					await new Promise((resolve) => window.setTimeout(resolve, 0));
					sliceStart = performance.now();
				}
			}
		};
		await Promise.all(Array.from({ length: CONCURRENT_READS }, worker));
		if (!current()) return;
		this.state = "ready";
		for (const listener of [...this.listeners]) listener();
	}

	/** Finds the note's unlinked mentions with the current registry. */
	private index(path: string, text: string, frontmatter: Frontmatter): void {
		const names = new Set(unlinkedMentions(text, path, this.service.matcher()));
		for (const target of propertyTargets(frontmatter?.entities)) {
			const entity = this.service.entityForName(target);
			if (entity) names.add(entity.name);
		}
		if (names.size === 0) this.byPath.delete(path);
		else this.byPath.set(path, [...names]);
	}

	private changed(file: TFile, text: string, frontmatter: Frontmatter): void {
		if (this.state === "idle" || file.extension !== "md") return;
		if (isAnalysis(frontmatter)) this.index(file.path, text, frontmatter);
		else this.byPath.delete(file.path);
	}

	private renamed(file: TAbstractFile, oldPath: string): void {
		const names = this.byPath.get(oldPath);
		if (!(file instanceof TFile) || names === undefined) return;
		this.byPath.delete(oldPath);
		this.byPath.set(file.path, names);
	}
}
