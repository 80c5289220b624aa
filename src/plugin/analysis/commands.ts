/**
 * The analysis commands. Each gathers what it needs from the vault, lets a core function compute
 * the change, and writes it the Obsidian way: one `vault.create` for a new note, `processFrontMatter`
 * for properties, `vault.process` (re-computed inside the callback) or the editor for the body.
 */
import { MarkdownView, normalizePath, Notice, TFile, getLanguage, type Editor } from "obsidian";
import {
	addQuestion, buildNote, checkFields, clippingProperties, dashboardBase, emptyFields, insertClippingSections, insertMissingSections,
	locatedMessage, normalize, notePath, planProperties, readAnalysis, type AnalysisError, type PropertyChange, type RawFields,
} from "../../core/analysis";
import type { Locale } from "date-fns";
import { zhCN } from "date-fns/locale/zh-CN";
import { zhTW } from "date-fns/locale/zh-TW";
import { pickLanguage, say, type Language, type Translate } from "../../core/i18n";
import type { FeatureContext } from "../feature";
import { fetchPageMetadata, type FetchFailure, type PageFetcher } from "./fetch";
import { AnalysisForm } from "./form";
import { allPaths, ensureFolder, keywordSources, loadTemplate, sourcesIndex } from "./vault";

/** What the commands take from outside: the network and the clock. */
export interface AnalysisPorts {
	readonly fetchPage: PageFetcher;
	/** How long to wait for a page, in milliseconds. */
	readonly timeoutMs: number;
	readonly now: () => Date;
}

/** The language of new analyses and of notes that do not say. */
export function noteLanguageSetting(context: FeatureContext): Language {
	const { analysisLanguage, language } = context.settings;
	if (analysisLanguage !== "auto") return analysisLanguage;
	return language === "auto" ? pickLanguage(getLanguage()) : language;
}

/** An error value, in the interface language (with its line and column when it came from a template). */
export function explain(t: Translate, error: AnalysisError): string {
	return say(t, locatedMessage(error));
}

/** Opens the new-analysis form (with the page-fetch button when `fromUrl`). */
export function openForm(context: FeatureContext, ports: AnalysisPorts, fromUrl: boolean): AnalysisForm {
	const { app, t } = context;
	const initial: RawFields = { ...rawOf(emptyFields(noteLanguageSetting(context))), published: fromUrl ? "" : formatNow(ports.now()) };
	const form = new AnalysisForm(app, {
		t, initial, offerFetch: fromUrl, sources: sourcesIndex(app), keywords: keywordSources(app),
		fetch: async (url) => {
			const outcome = await fetchPageMetadata(ports.fetchPage, url, ports.timeoutMs);
			return outcome.ok ? outcome : { ok: false, message: failureMessage(t, outcome.failure) };
		},
		create: (raw) => createAnalysis(context, ports, raw),
		openExisting: (path) => openPath(context, path),
		...dateLocaleOf(context),
	});
	form.open();
	return form;
}

/** The date-fns locale of the interface language, for Chinese; English needs none. */
function dateLocaleOf(context: FeatureContext): { dateLocale?: Locale } {
	const { language } = context.settings;
	const chosen = language === "auto" ? pickLanguage(getLanguage()) : language;
	return chosen === "zh-TW" ? { dateLocale: zhTW } : chosen === "zh-CN" ? { dateLocale: zhCN } : {};
}

function rawOf(fields: ReturnType<typeof emptyFields>): RawFields {
	return { ...fields, authors: fields.authors.join(", "), keywords: fields.keywords.join(", ") };
}

function formatNow(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, "0");
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

function failureMessage(t: Translate, failure: FetchFailure): string {
	switch (failure.reason) {
		case "offline": return t("analysis.fetch.offline");
		case "status": return t("analysis.fetch.status", { status: failure.status });
		case "not-html": return t("analysis.fetch.notHtml", { type: failure.type });
		case "timeout": return t("analysis.fetch.timeout", { seconds: failure.seconds });
	}
}

/** Creates the note in one write, opens it and puts the cursor in the first empty section; returns a problem or null. */
export async function createAnalysis(context: FeatureContext, ports: AnalysisPorts, raw: RawFields): Promise<string | null> {
	const { app, t, settings } = context;
	const fields = checkFields(raw);
	if (!fields.ok) return explain(t, fields.error);
	const template = await loadTemplate(app, settings.templatePath, fields.value.lang);
	if (!template.ok) return t("analysis.error.templateMissing", { path: template.path });
	const filled = { fields: fields.value, now: ports.now() };
	const note = buildNote(template.text, filled);
	if (!note.ok) return t("analysis.error.template", { path: settings.templatePath || fields.value.lang, reason: explain(t, note.error) });
	const path = notePath(settings.fileNamePattern, filled, normalizePath(settings.analysesFolder || "/"), allPaths(app), "Untitled analysis");
	if (!path.ok) return explain(t, path.error);
	await ensureFolder(app, settings.analysesFolder);
	const file = await app.vault.create(normalizePath(path.value), note.value.text);
	await openFile(context, file, note.value.cursorLine);
	new Notice(t("analysis.notice.created", { path: file.path }));
	return null;
}

async function openFile(context: FeatureContext, file: TFile, cursorLine?: number): Promise<void> {
	const leaf = context.app.workspace.getLeaf(false);
	await leaf.openFile(file, { active: true });
	if (cursorLine === undefined || !(leaf.view instanceof MarkdownView)) return;
	leaf.view.editor.setCursor({ line: cursorLine, ch: 0 });
	leaf.view.editor.focus();
}

async function openPath(context: FeatureContext, path: string): Promise<void> {
	const file = context.app.vault.getFileByPath(path);
	if (file instanceof TFile) await openFile(context, file);
}

/** Replaces the editor's text with `next` by one change over the span that differs (cursor and undo kept sane). */
function applyToEditor(editor: Editor, before: string, next: string): void {
	let start = 0;
	while (start < before.length && start < next.length && before[start] === next[start]) start += 1;
	let end = 0;
	while (end < before.length - start && end < next.length - start && before[before.length - 1 - end] === next[next.length - 1 - end]) end += 1;
	editor.replaceRange(next.slice(start, next.length - end), editor.offsetToPos(start), editor.offsetToPos(before.length - end));
}

/** Insert analysis sections: only those the note lacks, in order. */
export function insertSections(context: FeatureContext, editor: Editor): void {
	const { t } = context;
	const before = editor.getValue();
	const result = insertMissingSections(before, noteLanguageSetting(context));
	if (!result.ok) return void new Notice(explain(t, result.error));
	if (result.value.inserted.length === 0) return void new Notice(t("analysis.notice.noSectionsMissing"));
	applyToEditor(editor, before, result.value.text);
	new Notice(t("analysis.notice.sectionsAdded", { count: result.value.inserted.length }));
}

/** Add investigation question: a numbered item at the end of the section, cursor after its number. */
export function addInvestigationQuestion(context: FeatureContext, editor: Editor): void {
	const before = editor.getValue();
	const result = addQuestion(before, "", noteLanguageSetting(context));
	if (!result.ok) return void new Notice(explain(context.t, result.error));
	applyToEditor(editor, before, result.value.text);
	editor.setCursor({ line: result.value.line, ch: result.value.ch });
}

/** The active Markdown file, when there is one. */
export function activeNote(context: FeatureContext): TFile | null {
	const file = context.app.workspace.getActiveFile();
	return file instanceof TFile && file.extension === "md" ? file : null;
}

/** Copies planned changes into the object `processFrontMatter` hands over (lists copied, existing keys keep their place). */
function assign(frontmatter: Record<string, unknown>, changes: readonly PropertyChange[]): void {
	for (const change of changes) frontmatter[change.key] = typeof change.value === "string" ? change.value : [...change.value];
}

/**
 * Normalize: properties first (`processFrontMatter`, planned from the properties it hands over),
 * then the body (`vault.process`), which moves only the lines the properties now reproduce.
 */
export async function normalizeNote(context: FeatureContext, file: TFile): Promise<void> {
	const { app, t } = context;
	const lang = noteLanguageSetting(context);
	const before = await app.vault.read(file);
	const preview = normalize(before, { properties: "write", lang });
	if (!preview.ok) return void new Notice(explain(t, preview.error));
	if (preview.value.changes.length === 0 && preview.value.moved.length === 0 && preview.value.inserted.length === 0) {
		return void new Notice(t("analysis.notice.unchanged"));
	}
	let changes: readonly PropertyChange[] = [];
	await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		changes = planProperties(frontmatter, readAnalysis(before, lang).wanted).changes;
		assign(frontmatter, changes);
	});
	let moved = 0;
	let sections = 0;
	await app.vault.process(file, (current) => {
		const body = normalize(current, { properties: "keep", lang });
		if (!body.ok) return current;
		moved = body.value.moved.length;
		sections = body.value.inserted.length;
		return body.value.text;
	});
	new Notice(t("analysis.notice.normalized", { changes: changes.length, moved, sections }));
	if (preview.value.conflicts.length > 0) new Notice(t("analysis.notice.conflicts", { keys: preview.value.conflicts.join(", ") }));
}

/** Whether the active note looks like a Web Clipper note not yet converted. */
export function isClipping(context: FeatureContext, file: TFile): boolean {
	const frontmatter = context.app.metadataCache.getFileCache(file)?.frontmatter;
	return !!frontmatter && typeof frontmatter.source === "string" && frontmatter.type !== "analysis";
}

/** Convert web clipping: Dossier's properties added (`processFrontMatter`), sections above the clipped text (`vault.process`). */
export async function convertClippingNote(context: FeatureContext, file: TFile): Promise<void> {
	const { app, t } = context;
	const fallback = noteLanguageSetting(context);
	let lang: Language = fallback;
	const body = await app.vault.read(file);
	await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		const planned = clippingProperties(frontmatter, body, fallback);
		lang = planned.lang;
		assign(frontmatter, planProperties(frontmatter, planned.wanted).changes);
	});
	let problem: AnalysisError | null = null;
	await app.vault.process(file, (current) => {
		const next = insertClippingSections(current, lang);
		if (!next.ok) problem = next.error;
		return next.ok ? next.value : current;
	});
	new Notice(problem ? explain(t, problem) : t("analysis.notice.converted"));
}

/** Create analyses dashboard: writes the `.base` file only if it does not exist, then opens it. */
export async function createDashboard(context: FeatureContext): Promise<void> {
	const { app, t, settings } = context;
	const path = normalizePath(settings.dashboardPath);
	if (app.vault.getAbstractFileByPath(path)) return void new Notice(t("analysis.notice.dashboardExists", { path }));
	const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
	if (folder) await ensureFolder(app, folder);
	const file = await app.vault.create(path, dashboardBase({ table: t("analysis.dashboard.table"), list: t("analysis.dashboard.list") }));
	await app.workspace.getLeaf(false).openFile(file);
	new Notice(t("analysis.notice.dashboardCreated", { path }));
}
