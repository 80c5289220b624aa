/**
 * *Named with*: the entities named in the same analyses as an entity, most shared analyses first.
 * Read from the timeline's sources (`TimelineSource`): an analysis names an entity exactly when
 * the timeline lists it there (`sourcesNaming`), and names every entity it links or names
 * unlinked. Plain data in, plain data out; the timeline section, the CLI and the maps all read it.
 */
import { newestFirst, sourcesNaming } from "./timeline";
import type { Entity, Registry, TimelineSource } from "./types";

/** An analysis two entities share. */
export interface SharedAnalysis {
	readonly path: string;
	readonly title: string;
	/** `published` as written, when the analysis has one. */
	readonly published?: string;
}

/** An entity named in the same analyses as another. */
export interface NamedWith {
	/** The entity named with it. */
	readonly entity: Entity;
	/** The analyses that name both, newest published first, undated last. */
	readonly analyses: readonly SharedAnalysis[];
	/** How many analyses name both. */
	readonly count: number;
	/** The newest of their published dates, as written; absent when none is dated. */
	readonly latest?: string;
}

/** Finds an entity by the name a `TimelineSource` gives it (a note's name). */
export type EntityByName = (name: string) => Entity | undefined;

/**
 * The entities named with `entity` in `sources`, most shared analyses first, then the newest
 * shared date (undated last), then by name. Names `byName` does not know are left out, and so is
 * `entity` itself under any of its spellings.
 */
export function namedWith(entity: Entity, sources: readonly TimelineSource[], byName: EntityByName): NamedWith[] {
	const shared = new Map<string, { entity: Entity; analyses: SharedAnalysis[] }>();
	for (const source of sourcesNaming(entity, sources)) {
		const analysis = sharedOf(source);
		for (const other of entitiesOf(source, byName)) {
			if (other.path === entity.path) continue;
			const entry = shared.get(other.path) ?? { entity: other, analyses: [] };
			entry.analyses.push(analysis);
			shared.set(other.path, entry);
		}
	}
	return [...shared.values()].map(({ entity: other, analyses }) => entryOf(other, analyses)).sort(mostShared);
}

/** Every entity `source` names (linked or not), each once, in the order it gives them. */
export function entitiesOf(source: TimelineSource, byName: EntityByName): Entity[] {
	const found = new Map<string, Entity>();
	for (const name of [...source.entities, ...(source.unlinked ?? [])]) {
		const entity = byName(name);
		if (entity && !found.has(entity.path)) found.set(entity.path, entity);
	}
	return [...found.values()];
}

/**
 * Finds the registry's entities by name, case-insensitively; of two notes with one name, the
 * first by path (the timeline knows entities by name only).
 */
export function byNameIn(registry: Registry): EntityByName {
	const byName = new Map<string, Entity>();
	const paths = [...registry.byPath.keys()].sort();
	for (const path of paths) {
		const entity = registry.byPath.get(path)!;
		const key = entity.name.toLowerCase();
		if (!byName.has(key)) byName.set(key, entity);
	}
	return (name) => byName.get(name.toLowerCase());
}

function sharedOf({ path, title, published }: TimelineSource): SharedAnalysis {
	return published ? { path, title, published } : { path, title };
}

function entryOf(entity: Entity, analyses: SharedAnalysis[]): NamedWith {
	analyses.sort(newestFirst);
	const latest = analyses[0]?.published;
	return latest ? { entity, analyses, count: analyses.length, latest } : { entity, analyses, count: analyses.length };
}

/** Most shared first, then the newest shared date (undated last), then by name. */
function mostShared(a: NamedWith, b: NamedWith): number {
	if (a.count !== b.count) return b.count - a.count;
	if (a.latest !== b.latest) {
		if (a.latest === undefined) return 1;
		if (b.latest === undefined) return -1;
		return a.latest < b.latest ? 1 : -1;
	}
	return a.entity.name.localeCompare(b.entity.name) || (a.entity.path < b.entity.path ? -1 : a.entity.path > b.entity.path ? 1 : 0);
}

/**
 * What *Named with* lists, over the entities `DeepSeek`, `OpenAI`, `Qwen`, `Stargate` and
 * `Nvidia` (the test loop runs every example through `namedWith` for `DeepSeek`): each other
 * entity as `name count latest`.
 */
export const NAMED_WITH_EXAMPLES: readonly { readonly sources: readonly TimelineSource[]; readonly listed: readonly string[]; readonly why: string }[] = [
	{
		sources: [
			{ path: "a.md", title: "A", published: "2025-01-02", entities: ["DeepSeek", "OpenAI"] },
			{ path: "b.md", title: "B", published: "2025-12-05", entities: ["DeepSeek", "OpenAI", "Qwen"] },
			{ path: "c.md", title: "C", published: "2025-06-01", entities: ["OpenAI", "Qwen"] },
		],
		listed: ["OpenAI 2 2025-12-05", "Qwen 1 2025-12-05"],
		why: "most shared first; an analysis that does not name the entity shares nothing",
	},
	{
		sources: [
			{ path: "a.md", title: "A", published: "2025-03-01", entities: ["DeepSeek", "Qwen"] },
			{ path: "b.md", title: "B", entities: ["DeepSeek", "Stargate"] },
			{ path: "c.md", title: "C", published: "2025-09-01", entities: ["DeepSeek", "OpenAI"] },
			{ path: "d.md", title: "D", published: "2025-09-01", entities: ["DeepSeek", "Nvidia"] },
		],
		listed: ["Nvidia 1 2025-09-01", "OpenAI 1 2025-09-01", "Qwen 1 2025-03-01", "Stargate 1 -"],
		why: "a tie goes to the newest shared date, undated last, then to the name",
	},
	{
		sources: [
			{ path: "a.md", title: "A", published: "2025-05-05", entities: [], unlinked: ["deepseek", "Stargate"] },
			{ path: "b.md", title: "B", published: "2025-05-06", entities: ["Stargate"], unlinked: ["DeepSeek", "Stargate", "Qwen"] },
		],
		listed: ["Stargate 2 2025-05-06", "Qwen 1 2025-05-06"],
		why: "unlinked names count as the timeline counts them, each entity once per analysis, case aside",
	},
	{
		sources: [
			{ path: "Entities/DeepSeek.md", title: "DeepSeek", entities: ["DeepSeek", "OpenAI"] },
			{ path: "a.md", title: "A", entities: ["DeepSeek", "DeepSeek Labs", "OpenAI"] },
		],
		listed: ["OpenAI 1 -"],
		why: "the entity's own note is no analysis of it; names no entity has are left out",
	},
];
