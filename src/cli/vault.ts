/**
 * The vault as the commands see it, loaded once per run: every note's start read for its
 * properties (or, for a command that needs them, every note whole), the entity notes → registry,
 * and the settings the plugin stored for this vault.
 */
import { promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import { buildMatcher, entityFromNote, registryOf, type Entity, type Matcher, type Registry } from "../core/entities";
import { parseFrontmatter } from "../core/parse";
import { migrateSettings, type DossierSettings } from "../core/settings";
import { matchOptionsOf } from "../core/settings/entities";
import { positional, stringOption, type Io, type ParsedArgs } from "./command";
import { markdownFiles, readHead, readNote, vaultFolder } from "./io";

/**
 * The vault's configuration folder. The CLI has no `Vault#configDir` to ask: it is the hidden
 * folder at the vault's root that holds `app.json` or `plugins/` (or `--config-dir`).
 */
async function configFolder(root: string, given: string | undefined): Promise<string | undefined> {
	if (given !== undefined) return path.join(root, given);
	const entries = await fs.readdir(root, { withFileTypes: true });
	for (const entry of entries) {
		if (!entry.isDirectory() || !entry.name.startsWith(".")) continue;
		const inside = await fs.readdir(path.join(root, entry.name)).catch(() => [] as string[]);
		if (inside.includes("app.json") || inside.includes("plugins")) return path.join(root, entry.name);
	}
	return undefined;
}

/** Options every entity command takes. */
export const VAULT_OPTIONS = { folder: { type: "string" }, "config-dir": { type: "string" }, "allow-short": { type: "boolean" }, "no-variants": { type: "boolean" } } as const;

/** A vault as the entity commands see it. */
export interface LoadedVault {
	readonly root: string;
	readonly files: readonly string[];
	readonly settings: DossierSettings;
	/** The vault's own "use Markdown links" setting (`.obsidian/app.json`). */
	readonly markdownLinks: boolean;
	readonly registry: Registry;
	/**
	 * A note's text, read when it is asked for: loading read only the notes' starts, and no text is
	 * kept, so a run over the vault holds one note at a time, not the vault.
	 */
	readonly take: (file: string) => Promise<string>;
}

/** Given each note's whole text as the vault is loaded, with the settings loading read. */
export type NoteVisitor = (file: string, text: string, settings: DossierSettings) => void;

/**
 * Reads the vault: its notes' paths, Dossier's stored settings (`--folder` overrides), its entity
 * notes; with `io`, shows the reading's progress. With `visit`, every note is read whole, once,
 * and handed to it as it is read (a command that needs every note's text reads it no second time);
 * without, only the notes' starts are read.
 */
export async function loadVault(args: ParsedArgs, io?: Io, visit?: NoteVisitor): Promise<LoadedVault> {
	const root = await vaultFolder(positional(args, 0, "VAULT"));
	const files = await markdownFiles(root);
	const config = await configFolder(root, stringOption(args, "config-dir"));
	const stored = migrateSettings(config === undefined ? undefined : await readJson(path.join(config, "plugins", "dossier", "data.json"))).settings;
	const folder = stringOption(args, "folder");
	const settings = folder === undefined ? stored : { ...stored, entitiesFolder: folder };
	const app = config === undefined ? undefined : await readJson(path.join(config, "app.json"));
	const markdownLinks = typeof app === "object" && app !== null && (app as { useMarkdownLinks?: unknown }).useMarkdownLinks === true;
	const entities: Entity[] = [];
	const reading = io?.progress(visit ? "Reading notes" : "Finding entities");
	for (const [done, file] of files.entries()) {
		reading?.update(done, files.length);
		const full = path.join(root, ...file.split("/"));
		const entity = visit ? entityInText(await visitNote(full, file, settings, visit), file, settings.entitiesFolder) : entityIn(full, file, settings.entitiesFolder);
		if (entity) entities.push(entity);
	}
	reading?.end();
	const take = (file: string) => readNote(path.join(root, ...file.split("/")));
	return { root, files, settings, markdownLinks, registry: registryOf(entities), take };
}

/**
 * The entity a note defines, read from the note's start (`readHead`): its frontmatter, which a
 * note under the entities folder may leave out. The whole note is read only when its frontmatter
 * runs past the start.
 */
function entityIn(full: string, file: string, folder: string): Entity | null {
	const head = readHead(full);
	if (!file.startsWith(`${folder}/`) && !opensFrontmatter(head.text)) return null;
	let properties = parseFrontmatter(head.text);
	if (properties === undefined && !head.whole && opensFrontmatter(head.text)) properties = parseFrontmatter(readFileSync(full, "utf8"));
	return entityFromNote(file, properties, { folder });
}

/** The entity a note defines, from its whole text. */
function entityInText(text: string, file: string, folder: string): Entity | null {
	if (!file.startsWith(`${folder}/`) && !opensFrontmatter(text)) return null;
	return entityFromNote(file, parseFrontmatter(text), { folder });
}

function opensFrontmatter(text: string): boolean {
	return text.startsWith("---") || text.startsWith("\ufeff---");
}

async function visitNote(full: string, file: string, settings: DossierSettings, visit: NoteVisitor): Promise<string> {
	const text = await readNote(full);
	visit(file, text, settings);
	return text;
}

/** The matcher for the vault's settings; `--allow-short` and `--no-variants` override them. */
export function vaultMatcher(vault: LoadedVault, args: ParsedArgs): Matcher {
	const settings = {
		...vault.settings,
		...(args.values["allow-short"] === true ? { entitiesAllowShort: true } : {}),
		...(args.values["no-variants"] === true ? { entitiesVariants: false } : {}),
	};
	return buildMatcher(vault.registry, matchOptionsOf(settings));
}

async function readJson(file: string): Promise<unknown> {
	try {
		return JSON.parse(await fs.readFile(file, "utf8")) as unknown;
	} catch {
		return undefined;
	}
}

