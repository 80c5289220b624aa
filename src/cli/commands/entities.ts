/**
 * `entities VAULT [--json]`: the registry Dossier builds from the vault's entity notes, and the
 * names it finds but will not link; with `--related`, the entities named with one (`related.ts`).
 */
import type { Entity, Matcher } from "../../core/entities";
import { count, stringOption, type Command } from "../command";
import { writeJson } from "../json";
import { loadVault, VAULT_OPTIONS, vaultMatcher } from "../vault";
import { printRelated } from "./related";

export const entities: Command = {
	name: "entities",
	summary: "List the vault's entities (notes with type: entity) and their names",
	usage: [
		"entities VAULT [--json] [--folder F] [--related ENTITY]",
		"  --json       print the registry as JSON: {entities, flagged}",
		"  --related E  instead, the entities named in the same analyses as E, most shared first:",
		"               `OpenAI · 7 analyses · 2025-12-05`; with --json [{entity, path, category, count, latest, analyses}]",
		"  --folder F   the entities folder (default: the plugin's setting, else Entities)",
		"  --config-dir D  the vault's configuration folder (default: the hidden folder holding app.json)",
	].join("\n"),
	options: { json: { type: "boolean" }, related: { type: "string" }, ...VAULT_OPTIONS },
	run: async (args, io) => {
		const vault = await loadVault(args, io);
		const related = stringOption(args, "related");
		if (related !== undefined) return printRelated(vault, args, related, io);
		const matcher = vaultMatcher(vault, args);
		const list = [...vault.registry.byPath.values()].sort((a, b) => a.name.localeCompare(b.name));
		if (args.values.json === true) await writeJson(io, { entities: list, flagged: matcher.flagged }, 2);
		else io.out(summary(list, matcher));
		return 0;
	},
};

function summary(list: readonly Entity[], matcher: Matcher): string {
	const lines = list.map((e) => `${e.name}${e.category ? ` (${e.category})` : ""}${e.aliases.length ? `: ${e.aliases.join(", ")}` : ""}${e.link ? "" : "  [link: false]"}`);
	const flagged = matcher.flagged.map((f) => `  ${f.alias} (${f.entity}): ${f.reason}`);
	return [`${count(list.length, "entity", "entities")}, ${count(matcher.size, "name")}`, ...lines, ...(flagged.length ? ["Found but not linked:", ...flagged] : [])].join("\n");
}
