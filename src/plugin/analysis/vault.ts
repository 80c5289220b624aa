/**
 * What the analysis commands read from the vault: existing analyses' sources (for duplicates),
 * keywords and entity names (for suggestions), the template, and every path (for collisions).
 * Everything comes from the metadata cache; nothing is read from disk but the template.
 */
import { normalizePath, TFile, type App } from "obsidian";
import { builtinTemplate, type KeywordSources } from "../../core/analysis";
import type { Language } from "../../core/i18n";

/** `path` → `source` of every note that has one. */
export function sourcesIndex(app: App): { readonly path: string; readonly source: string }[] {
	return app.vault.getMarkdownFiles().flatMap((file) => {
		const source: unknown = app.metadataCache.getFileCache(file)?.frontmatter?.source;
		return typeof source === "string" && source.trim() !== "" ? [{ path: file.path, source }] : [];
	});
}

/** Keywords of every note and the names (and aliases) of entity notes (`type: entity`). */
export function keywordSources(app: App): KeywordSources {
	const keywords: string[][] = [];
	const entityNames: string[] = [];
	for (const file of app.vault.getMarkdownFiles()) {
		const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter;
		if (!frontmatter) continue;
		keywords.push(strings(frontmatter.keywords));
		if (frontmatter.type === "entity") entityNames.push(file.basename, ...strings(frontmatter.aliases));
	}
	return { keywords, entityNames };
}

function strings(value: unknown): string[] {
	if (typeof value === "string") return [value];
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** Every file path in the vault, for picking a free name. */
export function allPaths(app: App): Set<string> {
	return new Set(app.vault.getFiles().map((f) => f.path));
}

/** The template text: the configured file, or the built-in template of `lang`. */
export async function loadTemplate(app: App, templatePath: string, lang: Language): Promise<{ ok: true; text: string } | { ok: false; path: string }> {
	if (templatePath.trim() === "") return { ok: true, text: builtinTemplate(lang) };
	const path = normalizePath(templatePath);
	const file = app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) return { ok: false, path };
	return { ok: true, text: await app.vault.cachedRead(file) };
}

/** Creates `folder` (and its parents) when it does not exist yet. */
export async function ensureFolder(app: App, folder: string): Promise<void> {
	const path = normalizePath(folder);
	if (path === "/" || path === "" || app.vault.getFolderByPath(path)) return;
	await app.vault.createFolder(path);
}
