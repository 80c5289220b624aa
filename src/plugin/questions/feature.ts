/**
 * The questions feature: registers the panel, its ribbon icon and commands, starts the index
 * service, and opens the panel by itself the first time the plugin runs in a vault.
 */
import { Notice, normalizePath } from "obsidian";
import { ACTIVE_STATUSES, briefingMarkdown, dayOf, panelModel, type PanelModel } from "../../core/questions";
import type { QuestionSource } from "../../core/entities";
import type { Feature } from "../feature";
import type DossierPlugin from "../main";
import { QuestionsService, type QuestionsDeps } from "./service";
import { QuestionsView, QUESTIONS_VIEW } from "./view";

/** The open panel, if any (views may be deferred: checked with `instanceof`). */
function openView(plugin: DossierPlugin): QuestionsView | null {
	const view = plugin.app.workspace.getLeavesOfType(QUESTIONS_VIEW)[0]?.view;
	return view instanceof QuestionsView ? view : null;
}

/** Shows the panel in the right sidebar, creating it when needed. */
export async function revealQuestions(plugin: DossierPlugin): Promise<void> {
	const { workspace } = plugin.app;
	let leaf = workspace.getLeavesOfType(QUESTIONS_VIEW)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		await leaf?.setViewState({ type: QUESTIONS_VIEW, active: true });
	}
	if (leaf) await workspace.revealLeaf(leaf);
}

/** Markdown of the questions as the panel shows them (or, with no panel, every open question by note). */
function exportMarkdown(plugin: DossierPlugin, service: QuestionsService): { text: string; count: number } {
	const view = openView(plugin);
	const today = dayOf(new Date());
	const groupBy = view?.state.groupBy ?? "note";
	const query = view?.query() ?? { statuses: ACTIVE_STATUSES };
	const model: PanelModel = panelModel(service.index, { query, groupBy, sortBy: view?.state.sortBy ?? "published", limit: Infinity, today });
	const label = (key: string | null) => key ?? plugin.t("questions.group.all");
	const words = {
		heading: plugin.t("questions.briefing.heading", { date: today }),
		group: (g: { key: string | null; label: string | null }) => (view ? view.groupLabel({ ...g, count: 0, questions: [] }) : label(g.label)),
		status: (s: Parameters<QuestionsView["statusLabel"]>[0]) => plugin.t(`questions.status.${s}`),
		review: plugin.t("questions.briefing.review"),
		answeredBy: plugin.t("questions.briefing.answeredBy"),
	};
	return { text: briefingMarkdown(model.groups, groupBy, words), count: model.matching };
}

async function copyOpenQuestions(plugin: DossierPlugin, service: QuestionsService): Promise<void> {
	const { text, count } = exportMarkdown(plugin, service);
	await navigator.clipboard.writeText(text);
	new Notice(plugin.t("questions.notice.copied", { count }));
}

async function createBriefing(plugin: DossierPlugin, service: QuestionsService): Promise<void> {
	const { vault, workspace } = plugin.app;
	const base = plugin.t("questions.briefing.fileName", { date: dayOf(new Date()) }).replace(/[\\/:*?"<>|#^[\]]/g, "-");
	let path = normalizePath(`${base}.md`);
	for (let n = 2; vault.getAbstractFileByPath(path); n++) path = normalizePath(`${base} ${n}.md`);
	const file = await vault.create(path, exportMarkdown(plugin, service).text);
	await workspace.getLeaf(false).openFile(file);
	new Notice(plugin.t("questions.notice.created", { path }));
}

/** The questions feature, and what it lends other features. */
export interface QuestionsFeature extends Feature {
	/** Every open or investigating question of the vault, with its entities, for the entity timeline. */
	readonly openQuestions: () => readonly QuestionSource[];
	/** Calls `listener` whenever the index changes (once loaded); returns the unsubscribe function. */
	readonly onQuestionsChange: (listener: () => void) => () => void;
}

/** The feature; `deps` carries what other features lend it (the entity matcher). */
export function questionsFeature(deps: QuestionsDeps = {}): QuestionsFeature {
	let service: QuestionsService | null = null;
	const listeners = new Set<() => void>();
	const need = (): QuestionsService => {
		if (!service) throw new Error("the questions feature is not loaded");
		return service;
	};
	return {
		openQuestions: () => {
			if (!service) return [];
			const active = new Set<string>(ACTIVE_STATUSES);
			return [...service.index.entries()].flatMap((entry) =>
				entry.questions.filter((q) => active.has(q.status)).map((q) => ({ path: q.path, line: q.line, text: q.title, detail: q.detail, entities: q.entities })),
			);
		},
		onQuestionsChange: (listener) => {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		commands: [
			{ id: "open-questions", name: "questions.command.open", icon: "circle-help", run: (plugin) => revealQuestions(plugin) },
			{ id: "copy-open-questions", name: "questions.command.copy", icon: "copy", run: (plugin) => copyOpenQuestions(plugin, need()) },
			{ id: "create-briefing", name: "questions.command.briefing", icon: "file-plus", run: (plugin) => createBriefing(plugin, need()) },
		],
		load: (plugin) => {
			const current = new QuestionsService(plugin, deps);
			service = current;
			plugin.register(current.subscribe(() => listeners.forEach((listener) => listener())));
			plugin.registerView(QUESTIONS_VIEW, (leaf) => new QuestionsView(leaf, plugin, current));
			plugin.registerHoverLinkSource(QUESTIONS_VIEW, { display: plugin.manifest.name, defaultMod: true });
			plugin.addRibbonIcon("circle-help", plugin.t("questions.command.open"), () => void revealQuestions(plugin));
			current.start();
			plugin.app.workspace.onLayoutReady(() => void openFirstTime(plugin));
		},
	};
}

/** Opens the panel once, the first time the plugin runs, so new users find it. */
async function openFirstTime(plugin: DossierPlugin): Promise<void> {
	if (plugin.settings.questionsPanelShown) return;
	await plugin.saveSettings({ ...plugin.settings, questionsPanelShown: true });
	await revealQuestions(plugin);
}
