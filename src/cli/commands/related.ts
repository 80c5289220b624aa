/**
 * `entities VAULT --related ENTITY [--json]`: the entities named in the same analyses as ENTITY,
 * most shared first, with the count and the latest date — the timeline's *Named with*.
 */
import { byNameIn, namedWith, type NamedWith } from "../../core/entities";
import { entityOrFail, readAnalyses } from "../analyses";
import { count, type Io, type ParsedArgs } from "../command";
import { LazyList, writeJson, writeLines } from "../json";
import { vaultMatcher, type LoadedVault } from "../vault";

/** Prints *Named with* for the entity `name`; exit code 0, or a usage error for an unknown name. */
export async function printRelated(vault: LoadedVault, args: ParsedArgs, name: string, io: Io): Promise<number> {
	const matcher = vaultMatcher(vault, args);
	const entity = entityOrFail(matcher, name);
	const { sources } = await readAnalyses(vault, matcher, { io, questions: false });
	const list = namedWith(entity, sources, byNameIn(matcher.registry));
	if (args.values.json === true) await writeJson(io, new LazyList(list, toJson), 1);
	else if (list.length === 0) io.out(`No other entity is named in the analyses that name ${entity.name}.`);
	else await writeLines(io, new LazyList(list, toText));
	return 0;
}

function toJson({ entity, count: shared, latest, analyses }: NamedWith) {
	return { entity: entity.name, path: entity.path, category: entity.category, count: shared, latest, analyses };
}

/** `OpenAI · 7 analyses · 2025-12-05`, as the timeline shows it. */
function toText({ entity, count: shared, latest }: NamedWith): string {
	return [entity.name, count(shared, "analysis", "analyses"), ...(latest ? [latest.slice(0, 10)] : [])].join(" · ");
}
