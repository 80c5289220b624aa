/**
 * The entity service: the vault's entity registry and its matcher, kept current.
 *
 * Built once from `metadataCache` frontmatter when the layout is ready, then updated one note at
 * a time: `metadataCache` `changed` (the note's new frontmatter), vault `rename` and `delete`.
 * Other features get the service as a constructor argument (`features.ts`) and read `registry`,
 * `matcher()` and `entityForName()`, or subscribe with `onChange`.
 *
 * One service serves one loaded plugin: `start` (from the feature's `load`) begins a session bound
 * to that plugin's app and lifecycle; events of an older session are ignored.
 */
import { TFile, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import {
	buildMatcher,
	emptyRegistry,
	entityFromNote,
	entityNamed,
	entityNamesIn,
	registryOf,
	withEntity,
	type Entity,
	type Matcher,
	type Registry,
} from "../../core/entities";
import { entitiesDefaults, matchOptionsOf, type EntitiesSettings } from "../../core/settings/entities";
import type { Lifecycle } from "../feature";

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
		app.workspace.onLayoutReady(() => this.build(session));
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
		if (session.ready && session.folder !== session.host.settings().entitiesFolder) this.build(session);
		return session.registry;
	}

	/** The matcher over the current registry and settings, rebuilt only when either changed. */
	matcher(): Matcher {
		const session = this.current();
		const registry = this.registry;
		const settings = session?.host.settings() ?? entitiesDefaults;
		const key = matcherKey(registry, settings);
		if (session?.matcher?.key === key && session.matcher.matcher.registry === registry) return session.matcher.matcher;
		const matcher = buildMatcher(registry, matchOptionsOf(settings));
		if (session) session.matcher = { key, matcher };
		return matcher;
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
		if (session.folder !== settings.entitiesFolder) return this.build(session);
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

	private stop(session: Session): void {
		if (this.session === session) this.session = null;
	}

	private build(session: Session): void {
		const { app, settings } = session.host;
		const options = { folder: settings().entitiesFolder };
		const entities: Entity[] = [];
		session.frontmatter.clear();
		for (const file of app.vault.getMarkdownFiles()) {
			const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter;
			session.frontmatter.set(file.path, frontmatter);
			const entity = entityFromNote(file.path, frontmatter, options);
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

/** What the matcher depends on: the registry's revision and the settings that change what it finds. */
function matcherKey(registry: Registry, settings: EntitiesSettings): string {
	return `${registry.revision}|${settings.entitiesAllowShort}|${settings.entitiesVariants}`;
}
