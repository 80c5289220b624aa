/**
 * `new VAULT [--title …] [--source URL] [--outlet …] [--author …] [--published …] [--keywords a,b]
 * [--lang en|zh-TW|zh-CN]`: creates an analysis note in the vault's analyses folder (the plugin's
 * settings when the vault has them), in one write that never overwrites a file, and prints its path.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { buildNote, builtinTemplate, checkFields, describeError, notePath } from "../../core/analysis";
import { LANGUAGES, type Language } from "../../core/i18n";
import { migrateSettings, type DossierSettings } from "../../core/settings";
import { positional, stringOption, UsageError, type Command, type ParsedArgs } from "../command";
import { createNew, markdownFiles, readNote, vaultFolder } from "../io";

/**
 * The plugin's settings stored in the vault, or the defaults. The configuration folder is
 * `--config-dir`, else the hidden folder at the vault's root that holds Dossier's `data.json`.
 */
async function vaultSettings(root: string, configDir: string | undefined): Promise<DossierSettings> {
	const hidden = await fs.readdir(root, { withFileTypes: true });
	const folders = configDir !== undefined ? [configDir] : hidden.filter((e) => e.isDirectory() && e.name.startsWith(".")).map((e) => e.name);
	for (const folder of folders) {
		const text = await fs.readFile(path.join(root, folder, "plugins", "dossier", "data.json"), "utf8").catch(() => null);
		if (text !== null) return migrateSettings(parseJson(text)).settings;
	}
	return migrateSettings(undefined).settings;
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

function language(args: ParsedArgs, settings: DossierSettings): Language {
	const given = stringOption(args, "lang");
	if (given === undefined) return settings.analysisLanguage === "auto" ? "en" : settings.analysisLanguage;
	const lang = LANGUAGES.find((l) => l.toLowerCase() === given.toLowerCase());
	if (!lang) throw new UsageError(`--lang must be one of ${LANGUAGES.join(", ")}, not "${given}"`);
	return lang;
}

async function template(root: string, settings: DossierSettings, lang: Language): Promise<string> {
	if (settings.templatePath.trim() === "") return builtinTemplate(lang);
	return readNote(path.join(root, ...settings.templatePath.split("/")));
}

export const newAnalysis: Command = {
	name: "new",
	summary: "Create an analysis note and print its path",
	usage: [
		"new VAULT [--title T] [--source URL] [--outlet O] [--author A[,B]] [--published DATE] [--keywords a,b] [--lang en|zh-TW|zh-CN]",
		"  DATE             2025-12-05 14:42, 2025年12月5日 14:42, Dec 5, 2025, 5 December 2025 or ISO",
		"  --description D  the article's description",
		"  --config-dir D   the vault's configuration folder (default: the hidden folder holding Dossier's settings)",
	].join("\n"),
	options: {
		title: { type: "string" }, source: { type: "string" }, outlet: { type: "string" }, author: { type: "string" }, published: { type: "string" },
		keywords: { type: "string" }, lang: { type: "string" }, description: { type: "string" }, "config-dir": { type: "string" },
	},
	run: async (args, io) => {
		const root = await vaultFolder(positional(args, 0, "VAULT"));
		const settings = await vaultSettings(root, stringOption(args, "config-dir"));
		const value = (name: string) => stringOption(args, name) ?? "";
		const fields = checkFields({
			title: value("title"), source: value("source"), outlet: value("outlet"), authors: value("author"), published: value("published"),
			description: value("description"), keywords: value("keywords"), lang: language(args, settings),
		});
		if (!fields.ok) throw new UsageError(describeError(fields.error));
		const context = { fields: fields.value, now: new Date() };
		const note = buildNote(await template(root, settings, fields.value.lang), context);
		if (!note.ok) throw new UsageError(`template: ${describeError(note.error)}`);
		const existing = new Set(await markdownFiles(root));
		const file = notePath(settings.fileNamePattern, context, settings.analysesFolder, existing, "Untitled analysis");
		if (!file.ok) throw new UsageError(`file name pattern: ${describeError(file.error)}`);
		await createNew(path.join(root, ...file.value.split("/")), note.value.text);
		io.out(file.value);
		return 0;
	},
};
