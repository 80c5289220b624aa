/**
 * `map VAULT ENTITY [--write]`, `map VAULT --analysis NOTE [--write]`: an entity's (or an
 * analysis's) map as a JSON Canvas, made over the canvas already in the maps folder so the
 * user's cards and moves are kept. Printed, or written atomically with `--write` (its path
 * printed). An unknown entity or note, or a canvas Dossier cannot read, is a one-line error, and
 * nothing is written.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { TimelineSource } from "../../core/entities";
import { LANGUAGES, message, say, translator, type Language } from "../../core/i18n";
import { analysisMap, entityMap, mapOptionsOf, mapPath, renderMap, type MapDraft } from "../../core/map";
import { entityOrFail, readAnalyses } from "../analyses";
import { positional, stringOption, UsageError, type Command, type Io, type ParsedArgs } from "../command";
import { createNew, writeAtomic } from "../io";
import { writeJson } from "../json";
import { loadVault, vaultMatcher, VAULT_OPTIONS, type LoadedVault } from "../vault";

/** Tries before giving up when the canvas keeps changing between reading and writing it. */
const WRITE_TRIES = 3;

/** The language the canvas speaks: `--lang`, else the interface language of the settings, else English. */
function language(args: ParsedArgs, vault: LoadedVault): Language {
	const given = stringOption(args, "lang");
	if (given === undefined) return vault.settings.language === "auto" ? "en" : vault.settings.language;
	const lang = LANGUAGES.find((l) => l.toLowerCase() === given.toLowerCase());
	if (!lang) throw new UsageError(`--lang must be one of ${LANGUAGES.join(", ")}, not "${given}"`);
	return lang;
}

/** The vault path of the note `--analysis` names: a vault path, or a file path inside the vault. */
function notePathOf(vault: LoadedVault, given: string): string {
	const asVaultPath = given.split(path.sep).join("/");
	if (vault.files.includes(asVaultPath)) return asVaultPath;
	const inside = path.relative(vault.root, path.resolve(given)).split(path.sep).join("/");
	if (vault.files.includes(inside)) return inside;
	throw new UsageError(`no note ${given} in the vault`);
}

/** The map asked for, and the name its canvas file takes. */
async function draftOf(vault: LoadedVault, args: ParsedArgs, io: Io): Promise<{ draft: MapDraft; name: string }> {
	const matcher = vaultMatcher(vault, args);
	const options = mapOptionsOf(vault.settings, translator(language(args, vault)));
	const note = stringOption(args, "analysis");
	if (note === undefined) {
		const entity = entityOrFail(matcher, positional(args, 1, "ENTITY (or --analysis NOTE)"));
		const { sources, questions } = await readAnalyses(vault, matcher, { io });
		return { draft: entityMap({ entity, sources, questions, matcher }, options), name: entity.name };
	}
	if (args.positionals.length > 1) throw new UsageError("give an ENTITY or --analysis NOTE, not both");
	const file = notePathOf(vault, note);
	// An analysis's map needs that note alone: its links, unlinked names and questions.
	const { sources, questions } = await readAnalyses(vault, matcher, { files: [file] });
	const name = path.posix.basename(file).replace(/\.md$/i, "");
	const analysis: TimelineSource = sources[0] ?? { path: file, title: name, entities: [] };
	return { draft: analysisMap({ analysis, questions, registry: matcher.registry }, options), name };
}

/** What `file` holds now, or null when there is no file yet. */
async function readExisting(file: string, shown: string): Promise<string | null> {
	return fs.readFile(file, "utf8").catch((error: unknown) => {
		if ((error as { code?: string }).code === "ENOENT") return null;
		throw new UsageError(`cannot read ${shown}: ${error instanceof Error ? error.message : String(error)}`);
	});
}

/** The map over `existing`, or a usage error saying why the canvas there is left alone. */
function rendered(draft: MapDraft, existing: string | null, shown: string) {
	const result = renderMap(draft, existing);
	if (!result.ok) throw new UsageError(say(translator("en"), message("map.invalid", { path: shown, reason: result.reason })));
	return result;
}

/** Writes the map, computed from the canvas as it is at write time; a canvas changed meanwhile is read again. */
async function writeMap(draft: MapDraft, file: string, shown: string): Promise<void> {
	for (let attempt = 0; attempt < WRITE_TRIES; attempt++) {
		const existing = await readExisting(file, shown);
		const { text } = rendered(draft, existing, shown);
		if (existing !== null) {
			if (await writeAtomic(file, text, existing)) return;
			continue;
		}
		const created = await createNew(file, text).then(
			() => true,
			(error: unknown) => {
				if ((error as { code?: string }).code === "EEXIST") return false;
				throw error;
			},
		);
		if (created) return;
	}
	throw new UsageError(`${shown} kept changing while it was written; nothing was written`);
}

export const mapCommand: Command = {
	name: "map",
	summary: "Map an entity (or an analysis) and what is named with it on a JSON Canvas",
	usage: [
		"map VAULT (ENTITY | --analysis NOTE) [--write] [--lang en|zh-TW|zh-CN]",
		"  ENTITY         an entity's name or alias",
		"  --analysis N   map the analysis N (a vault path or a file in the vault) and its entities instead",
		"  --write        write the canvas (atomically) in the maps folder and print its path; the cards",
		"                 you moved or added there are kept. Without it, print the canvas JSON",
		"  --lang L       the language of the canvas's labels (default: the plugin's interface language)",
		"  --folder, --config-dir, --allow-short, --no-variants   as for `entities`",
	].join("\n"),
	options: { write: { type: "boolean" }, analysis: { type: "string" }, lang: { type: "string" }, ...VAULT_OPTIONS },
	run: async (args, io) => {
		const vault = await loadVault(args, io);
		const { draft, name } = await draftOf(vault, args, io);
		const shown = mapPath(vault.settings.mapsFolder, name);
		const file = path.join(vault.root, ...shown.split("/"));
		if (args.values.write === true) {
			await writeMap(draft, file, shown);
			io.out(shown);
		} else await writeJson(io, rendered(draft, await readExisting(file, shown), shown).canvas, 2);
		return 0;
	},
};
