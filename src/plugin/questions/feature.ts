/**
 * The questions feature: registers the panel, its ribbon icon and commands, starts the index
 * service, and opens the panel by itself the first time the plugin runs in a vault. The service
 * (which owns the index) and the view belong to the feature: the plugin holds neither. Other
 * features read the open questions through what `questionsFeature` returns.
 */
import { Notice, normalizePath } from "obsidian";
import { ACTIVE_STATUSES, activeQuestionSources, briefingMarkdown, dayOf, panelModel, type PanelModel } from "../../core/questions";
import type { QuestionSource } from "../../core/entities";
import type { Feature, FeatureContext } from "../feature";
import { QuestionsService, type QuestionsDeps } from "./service";
import { QuestionsView, QUESTIONS_VIEW } from "./view";

/** The open panel, if any (views may be deferred: checked with `instanceof`). */
function openView(context: FeatureContext): QuestionsView | null {
	const view = context.app.workspace.getLeavesOfType(QUESTIONS_VIEW)[0]?.view;
	return view instanceof QuestionsView ? view : null;
}

/** Shows the panel in the right sidebar, creating it when needed. */
export async function revealQuestions(context: FeatureContext): Promise<void> {
	const { workspace } = context.app;
	let leaf = workspace.getLeavesOfType(QUESTIONS_VIEW)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		await leaf?.setViewState({ type: QUESTIONS_VIEW, active: true });
	}
	if (leaf) await workspace.revealLeaf(leaf);
}

/** Markdown of the questions as the panel shows them (or, with no panel, every open question by note). */
function exportMarkdown(context: FeatureContext, service: QuestionsService): { text: string; count: number } {
	const view = openView(context);
	const today = dayOf(new Date());
	const groupBy = view?.state.groupBy ?? "note";
	const query = view?.query() ?? { statuses: ACTIVE_STATUSES };
	const model: PanelModel = panelModel(service.index, { query, groupBy, sortBy: view?.state.sortBy ?? "published", limit: Infinity, today });
	const label = (key: string | null) => key ?? context.t("questions.group.all");
	const words = {
		heading: context.t("questions.briefing.heading", { date: today }),
		group: (g: { key: string | null; label: string | null }) => (view ? view.groupLabel({ ...g, count: 0, questions: [] }) : label(g.label)),
		status: (s: Parameters<QuestionsView["statusLabel"]>[0]) => context.t(`questions.status.${s}`),
		review: context.t("questions.briefing.review"),
		answeredBy: context.t("questions.briefing.answeredBy"),
	};
	return { text: briefingMarkdown(model.groups, groupBy, words), count: model.matching };
}

async function copyOpenQuestions(context: FeatureContext, service: QuestionsService): Promise<void> {
	const { text, count } = exportMarkdown(context, service);
	await navigator.clipboard.writeText(text);
	new Notice(context.t("questions.notice.copied", { count }));
}

async function createBriefing(context: FeatureContext, service: QuestionsService): Promise<void> {
	const { vault, workspace } = context.app;
	const base = context.t("questions.briefing.fileName", { date: dayOf(new Date()) }).replace(/[\\/:*?"<>|#^[\]]/g, "-");
	let path = normalizePath(`${base}.md`);
	for (let n = 2; vault.getAbstractFileByPath(path); n++) path = normalizePath(`${base} ${n}.md`);
	const file = await vault.create(path, exportMarkdown(context, service).text);
	await workspace.getLeaf(false).openFile(file);
	new Notice(context.t("questions.notice.created", { path }));
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
		openQuestions: () => (service ? activeQuestionSources(service.index) : []),
		onQuestionsChange: (listener) => {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		commands: [
			{ id: "open-questions", name: "questions.command.open", icon: "circle-help", run: (context) => revealQuestions(context) },
			{ id: "copy-open-questions", name: "questions.command.copy", icon: "copy", run: (context) => copyOpenQuestions(context, need()) },
			{ id: "create-briefing", name: "questions.command.briefing", icon: "file-plus", run: (context) => createBriefing(context, need()) },
		],
		load: (host) => {
			const current = new QuestionsService(host, deps);
			service = current;
			host.register(current.subscribe(() => listeners.forEach((listener) => listener())));
			host.registerView(QUESTIONS_VIEW, (leaf) => new QuestionsView(leaf, host, current));
			host.registerHoverLinkSource(QUESTIONS_VIEW, { display: host.name, defaultMod: true });
			host.addRibbonIcon("circle-help", host.t("questions.command.open"), () => void revealQuestions(host));
			current.start();
			host.app.workspace.onLayoutReady(() => void openFirstTime(host));
		},
	};
}

/** Opens the panel once, the first time the plugin runs, so new users find it. */
async function openFirstTime(context: FeatureContext): Promise<void> {
	if (context.settings.questionsPanelShown) return;
	await context.saveSettings({ ...context.settings, questionsPanelShown: true });
	await revealQuestions(context);
}
