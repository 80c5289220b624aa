/**
 * The entity service: the vault's entity registry and its matcher, kept current.
 *
 * Built once from `metadataCache` frontmatter when the layout is ready — the registry, then the
 * matcher, a slice at a time between frames — then updated one note at a time: `metadataCache`
 * `changed` (the note's new frontmatter), vault `rename` and `delete`. Other features get the
 * service as a constructor argument (`features.ts`) and read `registry`, `matcher()` and
 * `entityForName()`, or subscribe with `onChange`; those that find names over many notes first
 * wait for `namesReady()`.
 *
 * One service serves one loaded plugin: `start` (from the feature's `load`) begins a session bound
 * to that plugin's app and lifecycle; events of an older session are ignored.
 */
import { TFile, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import {
	emptyRegistry,
	entityFromNote,
	entityNamed,
	entityNamesIn,
	runSteps,
	matcherBuild,
	registryOf,
	withEntity,
	type Entity,
	type Matcher,
	type Registry,
} from "../../core/entities";
import { entitiesDefaults, matchOptionsOf, type EntitiesSettings } from "../../core/settings/entities";
import type { Lifecycle } from "../feature";
import { slicer } from "../slices";

/** What the service needs from the plugin. */
export interface EntityServiceHost {
	readonly app: App;
	/** The current settings (read on every use, so changes apply at once). */
	readonly settings: () => EntitiesSettings;
	/** Ties the service's events and its stop to the plugin's life. */
	readonly lifecycle: Lifecycle;
}

type Frontmatter = Readonly<Record<string, unknown>> | undefined;

/** What changed in the registry, for listeners that keep names (a picked entity, a filter). */
export interface RegistryChange {
	/** Entities whose note was renamed: old name → new name (the note's base name is the name). */
	readonly renamed: ReadonlyMap<string, string>;
}

const NO_RENAMES: RegistryChange = { renamed: new Map() };

/** Notes whose frontmatter the registry's build reads between two pauses. */
const NOTES_PER_STEP = 200;

/** The state of one loaded plugin. */
interface Session {
	readonly host: EntityServiceHost;
	registry: Registry;
	/** The folder the registry was built with; a change of the setting rebuilds it. */
	folder: string;
	/** Frontmatter of every Markdown note last seen, by path: a rename re-reads it from here. */
	readonly frontmatter: Map<string, Frontmatter>;
	ready: boolean;
	matcher?: { readonly key: string; readonly matcher: Matcher };
	/** The first build, begun when the layout is ready (`firstBuild`). */
	firstBuild?: Promise<void>;
	/** The matcher being built a slice at a time (`namesReady`), for the registry and settings of `key`. */
	building?: Building;
}

interface Building {
	readonly key: string;
	readonly registry: Registry;
	readonly steps: Generator<void, Matcher, void>;
	/** Resolves when the build is done, or taken over (finished at once by `matcher()`, or replaced). */
	done: Promise<void>;
}

export class EntityService {
	private session: Session | null = null;
	private readonly listeners = new Set<(change: RegistryChange) => void>();

	/** Begins serving `host`'s vault: events now, the first build when the layout is ready. */
	start(host: EntityServiceHost): void {
		const session: Session = { host, registry: emptyRegistry(), folder: host.settings().entitiesFolder, frontmatter: new Map(), ready: false };
		this.session = session;
		const { app, lifecycle } = host;
		lifecycle.register(() => this.stop(session));
		app.workspace.onLayoutReady(() => void (session.firstBuild = this.firstBuild(session)));
		lifecycle.registerEvent(app.metadataCache.on("changed", (file, _data, cache) => this.changed(session, file, cache)));
		lifecycle.registerEvent(app.vault.on("rename", (file, oldPath) => this.renamed(session, file, oldPath)));
		lifecycle.registerEvent(app.vault.on("delete", (file) => this.deleted(session, file)));
	}

	/** True once the registry has been built from the vault. */
	get ready(): boolean {
		return this.current()?.ready ?? false;
	}

	/** Every entity of the vault (empty before the layout is ready). */
	get registry(): Registry {
		const session = this.current();
		if (!session) return emptyRegistry();
		if (session.ready && session.folder !== session.host.settings().entitiesFolder) runSteps(this.build(session));
		return session.registry;
	}

	/**
	 * The matcher over the current registry and settings, rebuilt only when either changed. A build
	 * under way in slices (`namesReady`) for them is finished at once, not begun again.
	 */
	matcher(): Matcher {
		const session = this.current();
		const registry = this.registry;
		const settings = session?.host.settings() ?? entitiesDefaults;
		const key = matcherKey(registry, settings);
		const built = session && builtFor(session, key, registry);
		if (built) return built;
		const steps = (session && buildingFor(session, key, registry))?.steps ?? matcherBuild(registry, matchOptionsOf(settings));
		const matcher = runSteps(steps);
		if (session) {
			session.matcher = { key, matcher };
			session.building = undefined;
		}
		return matcher;
	}

	/**
	 * Resolves once `matcher()` answers at once: the matcher for the current registry and settings
	 * is built, here a slice at a time between frames (a vault's thousands of names take longer than
	 * a frame). Features that find names over many notes wait for it before they begin. `pause`
	 * is awaited between steps (default: a `slicer`, yielding once a slice's time is up).
	 */
	namesReady(pause: () => Promise<void> = slicer()): Promise<void> {
		const session = this.current();
		if (!session) return Promise.resolve();
		// Names are found once the registry is there: its first build ends with the matcher's.
		if (!session.ready && session.firstBuild) return session.firstBuild.then(() => (session.ready ? this.namesReady(pause) : undefined));
		const registry = this.registry;
		const settings = session.host.settings();
		const key = matcherKey(registry, settings);
		if (builtFor(session, key, registry)) return Promise.resolve();
		const under = buildingFor(session, key, registry);
		if (under) return under.done;
		const building: Building = { key, registry, steps: matcherBuild(registry, matchOptionsOf(settings)), done: Promise.resolve() };
		session.building = building;
		building.done = this.matcherInSlices(session, building, pause);
		return building.done;
	}

	/** The entity at `path`, if that note is one. */
	entityAt(path: string): Entity | undefined {
		return this.registry.byPath.get(path);
	}

	/** The entity one of whose names is exactly `name` (compared as the matcher compares), or null. */
	entityForName(name: string): Entity | null {
		return entityNamed(this.matcher(), name) ?? null;
	}

	/**
	 * The names of the entities `text` mentions, in order of first mention, each once — names the
	 * linker would not link (flagged) left out. Suits the questions feature's `findEntities`.
	 */
	entityNames(text: string): string[] {
		return entityNamesIn(this.matcher(), text);
	}

	/**
	 * After the settings changed: rebuilds the registry when the entities folder changed, and tells
	 * listeners when the matcher will find other names (short aliases allowed, variants), as for a
	 * registry change — what they derived from the old matcher is stale.
	 */
	settingsChanged(): void {
		const session = this.current();
		if (!session?.ready) return;
		const settings = session.host.settings();
		if (session.folder !== settings.entitiesFolder) return runSteps(this.build(session));
		const built = session.matcher;
		if (built && built.key !== matcherKey(session.registry, settings)) this.notify(session);
	}

	/** Calls `listener` after every change of the registry (or of what the matcher finds); returns the unsubscribe function. */
	onChange(listener: (change: RegistryChange) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private current(): Session | null {
		return this.session;
	}

	private async matcherInSlices(session: Session, building: Building, pause: () => Promise<void>): Promise<void> {
		for (;;) {
			if (session.building !== building || this.session !== session) return;
			const step = building.steps.next();
			if (step.done) {
				session.matcher = { key: building.key, matcher: step.value };
				session.building = undefined;
				return;
			}
			await pause();
		}
	}

	private stop(session: Session): void {
		if (this.session === session) this.session = null;
	}

	/**
	 * The first build, a slice at a time between frames: the registry from every note's
	 * frontmatter, then the matcher. Notes changed meanwhile are read as they changed.
	 */
	private async firstBuild(session: Session): Promise<void> {
		const pause = slicer();
		const steps = this.build(session);
		while (!steps.next().done) {
			await pause();
			if (this.session !== session) return;
		}
		await this.namesReady(pause);
	}

	/**
	 * Builds the registry from every Markdown note's frontmatter, pausing every few notes (a
	 * generator: `runSteps` builds at once). A note's change, rename or delete seen while it runs
	 * has already updated `session.frontmatter`, which the build keeps.
	 */
	private *build(session: Session): Generator<void, void, void> {
		const { app, settings } = session.host;
		const options = { folder: settings().entitiesFolder };
		session.ready = false;
		session.frontmatter.clear();
		let read = 0;
		for (const file of app.vault.getMarkdownFiles()) {
			if (!session.frontmatter.has(file.path) && app.vault.getFileByPath(file.path) === file) session.frontmatter.set(file.path, app.metadataCache.getFileCache(file)?.frontmatter);
			if (++read % NOTES_PER_STEP === 0) yield;
		}
		const entities: Entity[] = [];
		for (const [path, frontmatter] of session.frontmatter) {
			const entity = entityFromNote(path, frontmatter, options);
			if (entity) entities.push(entity);
		}
		session.folder = options.folder;
		session.registry = registryOf(entities);
		session.ready = true;
		this.notify(session);
	}

	private changed(session: Session, file: TFile, cache: CachedMetadata): void {
		if (file.extension !== "md") return;
		session.frontmatter.set(file.path, cache.frontmatter);
		if (session.ready) this.update(session, [[file.path, cache.frontmatter]]);
	}

	private renamed(session: Session, file: TAbstractFile, oldPath: string): void {
		if (!(file instanceof TFile) || file.extension !== "md") return;
		const frontmatter = session.host.app.metadataCache.getFileCache(file)?.frontmatter ?? session.frontmatter.get(oldPath);
		session.frontmatter.delete(oldPath);
		session.frontmatter.set(file.path, frontmatter);
		if (!session.ready) return;
		const before = session.registry.byPath.get(oldPath)?.name;
		this.update(session, [[oldPath, undefined], [file.path, frontmatter]], oldPath, before);
	}

	private deleted(session: Session, file: TAbstractFile): void {
		if (!(file instanceof TFile)) return;
		session.frontmatter.delete(file.path);
		if (session.ready) this.update(session, [[file.path, undefined]], file.path);
	}

	/**
	 * Applies each note's new frontmatter (`undefined` and `removed` for a note gone from `path`).
	 * `renamedFrom` is the name of the entity a rename moved, if it was one.
	 */
	private update(session: Session, notes: readonly (readonly [string, Frontmatter])[], removed?: string, renamedFrom?: string): void {
		const options = { folder: session.folder };
		let registry = session.registry;
		for (const [path, frontmatter] of notes) {
			registry = withEntity(registry, path, path === removed ? null : entityFromNote(path, frontmatter, options));
		}
		if (registry === session.registry) return;
		session.registry = registry;
		const after = renamedFrom === undefined ? undefined : registry.byPath.get(notes[notes.length - 1]![0])?.name;
		const renamed = renamedFrom !== undefined && after !== undefined && after !== renamedFrom;
		this.notify(session, renamed ? { renamed: new Map([[renamedFrom, after]]) } : NO_RENAMES);
	}

	private notify(session: Session, change: RegistryChange = NO_RENAMES): void {
		if (this.session !== session) return;
		for (const listener of [...this.listeners]) listener(change);
	}
}

/** The session's matcher when it was built for `key` over `registry`. */
function builtFor(session: Session, key: string, registry: Registry): Matcher | undefined {
	const built = session.matcher;
	return built?.key === key && built.matcher.registry === registry ? built.matcher : undefined;
}

/** The session's build under way when it is for `key` over `registry`. */
function buildingFor(session: Session, key: string, registry: Registry): Building | undefined {
	const building = session.building;
	return building?.key === key && building.registry === registry ? building : undefined;
}

/** What the matcher depends on: the registry's revision and the settings that change what it finds. */
function matcherKey(registry: Registry, settings: EntitiesSettings): string {
	return `${registry.revision}|${settings.entitiesAllowShort}|${settings.entitiesVariants}`;
}
