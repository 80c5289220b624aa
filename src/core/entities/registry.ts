/**
 * The registry: every entity of the vault by path, replaced per file as entity notes change.
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
	void path;
	void entity;
	return registry;
}

/** The entities named `name` (by note name, case-insensitively), for resolving link targets. */
export function entitiesNamed(registry: Registry, name: string): readonly Entity[] {
	void name;
	void registry;
	return [];
}
