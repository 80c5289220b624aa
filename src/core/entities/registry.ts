/**
 * The registry: every entity of the vault by path, replaced per file as entity notes change.
 * Values are never mutated: `withEntity` returns a new registry (or the same one when nothing
 * changed), so a matcher built from an older registry stays consistent.
 */
import type { Entity, Registry } from "./types";

export function emptyRegistry(): Registry {
	return { byPath: new Map(), revision: 0 };
}

/** A registry holding `entities` (a later entity with the same path replaces an earlier one). */
export function registryOf(entities: Iterable<Entity>): Registry {
	const byPath = new Map<string, Entity>();
	for (const entity of entities) byPath.set(entity.path, entity);
	return { byPath, revision: 1 };
}

/**
 * The registry after one note changed: `entity` added or replacing the one at `path`, or the
 * entity at `path` removed when `entity` is null (the note was deleted or is no entity any more).
 * Returns the same registry when nothing changed. For a rename, remove the old path, add the new.
 */
export function withEntity(registry: Registry, path: string, entity: Entity | null): Registry {
	const current = registry.byPath.get(path);
	if (entity === null && current === undefined) return registry;
	if (entity !== null && current !== undefined && sameEntity(current, entity)) return registry;
	const byPath = new Map(registry.byPath);
	if (entity === null) byPath.delete(path);
	else byPath.set(path, entity);
	return { byPath, revision: registry.revision + 1 };
}

/** The entities named `name` (by note name, case-insensitively), for resolving link targets. */
export function entitiesNamed(registry: Registry, name: string): readonly Entity[] {
	const wanted = name.toLowerCase();
	return [...registry.byPath.values()].filter((entity) => entity.name.toLowerCase() === wanted);
}

function sameEntity(a: Entity, b: Entity): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
