/**
 * Creating entity notes: from the selection (a form pre-filled from `name (gloss)`), for the
 * note's keywords, and the starter set. Each note is created in one write, in the entities folder,
 * with the timeline block; a name that cannot be a file name is kept exactly as an alias.
 */
import { Notice, TFile, normalizePath, type App, type Editor } from "obsidian";
import { CATEGORIES, STARTER_ENTITIES, entityFileName, entityNoteText, splitSelection } from "../../core/entities";
import type { StringKey, Translate } from "../../core/i18n";
import type { EntitiesSettings } from "../../core/settings/entities";
import type { FeatureContext } from "../feature";
import { EntityFormModal, ExistingEntityModal, type CategoryOption, type EntitySpec } from "./create-modal";
import { KeywordsModal } from "./keywords-modal";
import type { EntityService } from "./service";

/** What creating a note came to. */
export type Created =
	| { readonly kind: "created"; readonly file: TFile }
	/** An entity already has this name (or the file is one). */
	| { readonly kind: "exists"; readonly path: string; readonly name: string }
	/** A note that is no entity holds the file name. */
	| { readonly kind: "taken"; readonly path: string };

/** The categories the picker offers: the built-in ones (translated), then the user's. */
export function categoryOptions(settings: EntitiesSettings, t: Translate): CategoryOption[] {
	const builtIn = CATEGORIES.map((value) => ({ value, label: t(`entities.category.${value}` as StringKey) }));
	const extra = settings.entitiesCategories.map(categoryValue).filter((value) => value !== "" && !(CATEGORIES as readonly string[]).includes(value));
	return [...builtIn, ...[...new Set(extra)].map((value) => ({ value, label: value }))];
}

/**
 * A category as written to the note, so that its tag `entity/<category>` is a valid tag: lower
 * case, and every run of characters a tag may not hold (anything but letters, digits, `_`, `-`,
 * `/`) made one `-`. `Think tank` → `think-tank`, `晶片廠` stays `晶片廠`.
 */
export function categoryValue(category: string): string {
	return category
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}_\-/]+/gu, "-")
		.replace(/^-+|-+$/g, "");
}

/** *Create entity from selection*: the form, then the note. */
export async function createFromSelection(context: FeatureContext, service: EntityService, editor: Editor): Promise<void> {
	const { app, t } = context;
	const names = splitSelection(editor.getSelection(), context.settings.entitiesCanonicalName);
	if (!names) return void new Notice(t("entities.notice.no-selection"));
	if (await offerExisting(app, t, service, [names.name, ...names.aliases])) return;
	const form = await new EntityFormModal(app, t, names, categoryOptions(context.settings, t)).ask();
	if (!form) return;
	if (await offerExisting(app, t, service, [form.name, ...form.aliases])) return;
	await report(app, t, await createEntityNote(app, context.settings, form));
}

/** When an entity has one of `names`: says so and offers to open it. True when one did. */
async function offerExisting(app: App, t: Translate, service: EntityService, names: readonly string[]): Promise<boolean> {
	for (const name of names) {
		const entity = service.entityForName(name);
		if (!entity) continue;
		await offerToOpen(app, t, entity.path, entity.name);
		return true;
	}
	return false;
}

async function offerToOpen(app: App, t: Translate, path: string, name: string): Promise<void> {
	const open = await new ExistingEntityModal(app, t, t("entities.create.exists", { name })).ask();
	const file = app.vault.getFileByPath(path);
	if (open && file) await app.workspace.getLeaf(false).openFile(file);
}

/** Tells the user what came of a creation, offering to open an existing entity. */
async function report(app: App, t: Translate, created: Created): Promise<void> {
	if (created.kind === "created") new Notice(t("entities.notice.created", { name: created.file.basename }));
	else if (created.kind === "exists") await offerToOpen(app, t, created.path, created.name);
	else new Notice(t("entities.create.file-taken", { name: created.path.split("/").pop() ?? created.path, path: created.path }));
}

/** Creates the entity note in one write, in the entities folder. Never overwrites a note. */
export async function createEntityNote(app: App, settings: EntitiesSettings, spec: EntitySpec): Promise<Created> {
	const baseName = entityFileName(spec.name).fileName;
	const folder = settings.entitiesFolder.trim() === "" ? "/" : normalizePath(settings.entitiesFolder);
	const root = folder === "/" || folder === "";
	const path = normalizePath(root ? `${baseName}.md` : `${folder}/${baseName}.md`);
	const existing = app.vault.getFileByPath(path);
	if (existing) {
		// Notes in the entities folder are entities whatever their properties.
		const isEntity = !root || app.metadataCache.getFileCache(existing)?.frontmatter?.type === "entity";
		return isEntity ? { kind: "exists", path, name: existing.basename } : { kind: "taken", path };
	}
	if (!root && !app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
	return { kind: "created", file: await app.vault.create(path, entityNoteText(spec)) };
}

/** The note's `keywords` property as a list of strings. */
export function keywordsOf(app: App, file: TFile): string[] {
	const value: unknown = app.metadataCache.getFileCache(file)?.frontmatter?.keywords;
	const list = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,，、]/) : [];
	return list.filter((item): item is string => typeof item === "string").map((item) => item.trim()).filter(Boolean);
}

/** *Create entities for this note's keywords*: one per keyword no entity has yet, after a checklist. */
export async function createForKeywords(context: FeatureContext, service: EntityService, file: TFile): Promise<void> {
	const { app, t, settings } = context;
	const specs: EntitySpec[] = [];
	let skipped = 0;
	for (const keyword of keywordsOf(app, file)) {
		const names = splitSelection(keyword, settings.entitiesCanonicalName);
		if (!names) continue;
		if ([names.name, ...names.aliases].some((name) => service.entityForName(name))) skipped++;
		else specs.push({ name: names.name, aliases: names.aliases, category: CATEGORIES[0] });
	}
	if (specs.length === 0) return void new Notice(t("entities.notice.no-keywords"));
	const chosen = await new KeywordsModal(app, t, specs, categoryOptions(settings, t)).ask();
	if (!chosen) return;
	const outcomes = await createAll(app, settings, chosen);
	new Notice(t("entities.notice.keywords", { created: outcomes.created, skipped: skipped + outcomes.skipped + specs.length - chosen.length }));
}

/** *Add starter entities*: the core's starter set, creating only those the vault lacks. */
export async function addStarterEntities(context: FeatureContext, service: EntityService): Promise<void> {
	const missing = STARTER_ENTITIES.filter((starter) => ![starter.name, ...starter.aliases].some((name) => service.entityForName(name)));
	const outcomes = await createAll(context.app, context.settings, missing);
	const skipped = STARTER_ENTITIES.length - missing.length + outcomes.skipped;
	new Notice(context.t("entities.notice.starters-added", { count: outcomes.created, skipped }));
}

/** Creates each entity in turn; counts those created and those skipped (already there). */
async function createAll(app: App, settings: EntitiesSettings, specs: readonly EntitySpec[]): Promise<{ created: number; skipped: number }> {
	let created = 0;
	for (const spec of specs) if ((await createEntityNote(app, settings, spec)).kind === "created") created++;
	return { created, skipped: specs.length - created };
}
