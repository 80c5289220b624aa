/** Builders for entity tests: entities from a short spec, the starter registry, a matcher. */
import { buildMatcher, chineseVariants, entityFromNote, entityNoteText, registryOf, STARTER_ENTITIES, type Entity, type Matcher, type Registry } from "../../../src/core/entities";
import { entityFileName } from "../../../src/core/entities/create";
import { parseNote } from "../../../src/core/parse";

/** `Name: alias, alias` → an entity under `Entities/`; `folder/Name: …` → one in that folder. */
export function entity(spec: string, extra: Partial<Entity> = {}): Entity {
	const [where = "", rest = ""] = spec.split(/:\s*/, 2);
	const aliases = rest ? rest.split(/,\s*/) : [];
	const name = where.slice(where.lastIndexOf("/") + 1);
	const path = where.includes("/") ? `${where}.md` : `Entities/${name}.md`;
	return { name, path, aliases, link: true, excludedAliases: [], allowedAliases: [], ...extra };
}

/** The starter entities as notes written by `entityNoteText` and read back by `entityFromNote`. */
export function starterRegistry(): Registry {
	return registryOf(
		STARTER_ENTITIES.map((starter) => {
			const path = `Entities/${entityFileName(starter.name).fileName}.md`;
			const found = entityFromNote(path, parseNote(entityNoteText(starter)).frontmatter, { folder: "" });
			if (!found) throw new Error(`starter ${starter.name} is no entity`);
			return found;
		}),
	);
}

export function matcherOf(registry: Registry, variants = true): Matcher {
	return buildMatcher(registry, variants ? { allowFlagged: false, variants: chineseVariants() } : { allowFlagged: false });
}
