/**
 * *Link entities in this note* and *… in selection*: plan, preview (a checkbox per link), then one
 * edit — through the editor when the note is open in one, else through `Vault.process`. The plan
 * is made again against the text as it is when the user applies it, and only the links the user
 * kept are written; an analysis's `entities` property is updated in the same edit.
 */
import { Notice, type App, type Editor, type MarkdownFileInfo, type MarkdownView, type TFile } from "obsidian";
import { applyEdits, planLinks, setEntitiesProperty, withDoubtful, type LinkEdit, type LinkPlan, type LinkPolicy } from "../../core/entities";
import { parseNote } from "../../core/parse";
import { linkPolicyOf } from "../../core/settings/entities";
import { changedSpan } from "../../core/text/changed-span";
import { snippetAround } from "../../core/text/snippet";
import type { FeatureContext } from "../feature";
import { LinkPreviewModal, type PreviewItem } from "./preview-modal";
import type { EntityService } from "./service";
import { isAnalysis, vaultUsesMarkdownLinks } from "./vault";

/** Where the note's text lives while linking: an open editor, or the file. */
export interface LinkTarget {
	readonly file: TFile;
	/** The editor showing `file`, with the view it belongs to (to check it still shows `file`). */
	readonly editor?: { readonly editor: Editor; readonly context: MarkdownView | MarkdownFileInfo };
	/** Only link within this range of the text (a selection). */
	readonly range?: { readonly from: number; readonly to: number };
}

/** Keys naming each edit across re-plans: entity, surface, and which occurrence of the pair it is. */
export function editKeys(edits: readonly LinkEdit[]): string[] {
	const seen = new Map<string, number>();
	return edits.map((edit) => {
		const pair = `${edit.entity}\u0000${edit.surface}`;
		const n = seen.get(pair) ?? 0;
		seen.set(pair, n + 1);
		return `${pair}\u0000${n}`;
	});
}

/** *Link entities in selection*: the editor's selection is the range. */
export async function linkSelection(context: FeatureContext, service: EntityService, editor: Editor, view: MarkdownView | MarkdownFileInfo): Promise<void> {
	const file = view.file;
	if (!file) return;
	if (!editor.somethingSelected()) return void new Notice(context.t("entities.notice.no-selection"));
	const [a, b] = [editor.posToOffset(editor.getCursor("from")), editor.posToOffset(editor.getCursor("to"))];
	await linkNote(context, service, { file, editor: { editor, context: view }, range: { from: Math.min(a, b), to: Math.max(a, b) } });
}

/** Plans the note's links, previews them, and writes the ones kept. */
export async function linkNote(context: FeatureContext, service: EntityService, target: LinkTarget): Promise<void> {
	const { app, t } = context;
	if (service.registry.byPath.size === 0) return void new Notice(t("entities.notice.no-entities"));
	const policy = policyFor(context, target);
	const text = target.editor ? target.editor.editor.getValue() : await app.vault.read(target.file);
	const plan = planFor(service, text, policy);
	const offered = withDoubtful(plan).edits;
	if (offered.length === 0) return void new Notice(t("entities.notice.nothing"));
	const keys = editKeys(offered);
	const doubts = new Map(plan.doubtful.map((d) => [d.offset, t(`entities.flag.${d.flag}`)]));
	const items: PreviewItem[] = offered.map((edit, i) => {
		const doubt = doubts.get(edit.offset);
		return { key: keys[i] ?? "", entity: edit.entity, snippet: snippetAround(text, edit.offset, edit.offset + edit.length), ...(doubt === undefined ? {} : { doubt }) };
	});
	const kept = await new LinkPreviewModal(app, t, items, plan.skipped.length).ask();
	if (!kept || kept.size === 0) return;
	const replan = (next: string, mentions = policy.mentions) => planFor(service, next, { ...policy, mentions });
	const change = (current: string) => linkedText(current, kept, replan, isAnalysis(app, target.file));
	const editor = editorShowing(target);
	const written = editor ? writeInEditor(editor, change) : await writeInFile(app, target.file, change);
	new Notice(written === null ? t("entities.notice.gone") : t("entities.notice.linked", { count: written }));
}

function policyFor(context: FeatureContext, target: LinkTarget): LinkPolicy {
	const policy = linkPolicyOf(context.settings, vaultUsesMarkdownLinks(context.app, target.file), target.file.path);
	return target.range ? { ...policy, range: target.range } : policy;
}

function planFor(service: EntityService, text: string, policy: LinkPolicy): LinkPlan {
	return planLinks(text, parseNote(text), service.matcher(), policy);
}

/** The outcome of linking a text: the new text and how many links it gained, or null when none of the kept links is left. */
type Linked = { readonly text: string; readonly count: number } | null;

/**
 * `current` with the kept links: planned again against `current`, so edits made since the preview
 * are never overwritten; an analysis also gets its `entities` property.
 */
export function linkedText(current: string, kept: ReadonlySet<string>, plan: (text: string, mentions?: LinkPolicy["mentions"]) => LinkPlan, analysis: boolean): Linked {
	// The keys were given to the sure and the doubtful links together, as the preview offered them.
	const fresh = withDoubtful(plan(current));
	const keys = editKeys(fresh.edits);
	const edits = fresh.edits.filter((_, i) => kept.has(keys[i] ?? ""));
	if (edits.length === 0) return null;
	const applied = applyEdits(current, edits);
	if (!applied.ok) return null;
	const text = analysis ? setEntitiesProperty(applied.text, linkedIn(applied.text, plan)) : applied.text;
	return { text, count: edits.length };
}

/**
 * The entities `text` links already: a plan's `linked` also counts what it would link, so those
 * (the entities of its edits, under the first-mention policy) are taken out.
 */
export function linkedIn(text: string, plan: (text: string, mentions?: LinkPolicy["mentions"]) => LinkPlan): string[] {
	const first = plan(text, "first");
	const pending = new Set(first.edits.map((edit) => edit.target));
	return first.linked.filter((name) => !pending.has(name));
}

/** The editor, if it still shows the note being linked. */
function editorShowing(target: LinkTarget): Editor | undefined {
	return target.editor?.context.file?.path === target.file.path ? target.editor.editor : undefined;
}

/** One editor change (one undo step). Returns the links written, or null. */
function writeInEditor(editor: Editor, change: (current: string) => Linked): number | null {
	const current = editor.getValue();
	const linked = change(current);
	const span = linked && changedSpan(current, linked.text);
	if (!linked || !span) return null;
	editor.transaction({ changes: [{ from: editor.offsetToPos(span.from), to: editor.offsetToPos(span.to), text: span.text }] });
	return linked.count;
}

/** One `Vault.process` write, computed from the text at write time. Returns the links written, or null. */
async function writeInFile(app: App, file: TFile, change: (current: string) => Linked): Promise<number | null> {
	let count: number | null = null;
	await app.vault.process(file, (current) => {
		const linked = change(current);
		count = linked?.count ?? null;
		return linked?.text ?? current;
	});
	return count;
}

/** The editor showing `file`, if the active one does. */
export function activeEditorOf(app: App, file: TFile): LinkTarget["editor"] {
	const active = app.workspace.activeEditor;
	return active?.editor && active.file?.path === file.path ? { editor: active.editor, context: active } : undefined;
}
