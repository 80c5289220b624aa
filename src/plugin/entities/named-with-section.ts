/**
 * The timeline's *Named with* section: the entities named in the same analyses as the timeline's
 * entity (`namedWith`), most shared first, one row each — `OpenAI · 7 analyses · 2025-12-05`.
 *
 * The name is an ordinary internal link: a click opens the entity's note (Ctrl/Cmd-click: a new
 * tab) and Obsidian's own page preview shows it on hover, as for every other link in the note.
 * The shared analyses are several notes, which a page preview cannot show: they are the count's
 * `aria-label`, which Obsidian draws as its native tooltip on hover (as it does for the
 * timeline's *Unlinked* mark) and screen readers read in place of the count. The longest lists are
 * cut short, rows as titles, with a button to show every row.
 */
import type { NamedWith } from "../../core/entities";
import type { Translate } from "../../core/i18n";

/** Rows shown before *Show all*. */
export const NAMED_WITH_SHOWN = 8;
/** Shared analyses named in a row's tooltip; the rest are counted. */
export const SHARED_IN_TOOLTIP = 10;

/** What the section needs from the timeline that draws it. */
export interface NamedWithView {
	readonly t: Translate;
	/** Adds a link to the note at `path` to `parent`, as the timeline's other links. */
	readonly link: (parent: HTMLElement, text: string, path: string) => void;
	/** Whether every row is shown; kept by the timeline across redraws. */
	readonly showAll: boolean;
	/** Shows every row (the timeline redraws). */
	readonly onShowAll: () => void;
}

/** Draws the section under `el`: its heading, then its rows or why there are none. */
export function renderNamedWith(el: HTMLElement, named: readonly NamedWith[], view: NamedWithView): void {
	const { t } = view;
	el.createEl("h4", { text: t("entities.timeline.named-with") });
	if (named.length === 0) return void el.createDiv({ cls: "dossier-entities-hint", text: t("entities.timeline.named-with-empty") });
	const shown = view.showAll ? named : named.slice(0, NAMED_WITH_SHOWN);
	const list = el.createEl("ul", { cls: "dossier-entities-named-with-list" });
	for (const entry of shown) namedWithRow(list.createEl("li"), entry, view);
	if (shown.length < named.length) {
		const button = el.createEl("button", { cls: "dossier-entities-inline-button", text: t("entities.timeline.show-all", { count: named.length }) });
		button.addEventListener("click", () => view.onShowAll());
	}
}

/** `name · count · latest date`, the count carrying the shared analyses as its tooltip. */
function namedWithRow(item: HTMLElement, entry: NamedWith, view: NamedWithView): void {
	const { t } = view;
	view.link(item, entry.entity.name, entry.entity.path);
	const latest = entry.latest ? ` · ${entry.latest.slice(0, 10)}` : "";
	const count = t("entities.timeline.named-with-count", { count: entry.count });
	item.createSpan({ cls: "dossier-entities-named-with-count", text: ` · ${count}${latest}`, attr: { "aria-label": sharedTooltip(entry, t), "data-tooltip-position": "top" } });
}

/** The shared analyses, one a line, newest first: date and title; past `SHARED_IN_TOOLTIP`, how many more. */
export function sharedTooltip(entry: NamedWith, t: Translate): string {
	const lines = entry.analyses.slice(0, SHARED_IN_TOOLTIP).map((a) => `${a.published?.slice(0, 10) ?? t("entities.timeline.undated")} · ${a.title}`);
	const more = entry.analyses.length - lines.length;
	if (more > 0) lines.push(t("entities.timeline.named-with-more", { count: more }));
	return [t("entities.timeline.named-with-in", { count: entry.count }), ...lines].join("\n");
}
