/**
 * The new-analysis form: one modal with every field pre-filled and editable, how the published
 * date was understood, keyword suggestions, a warning (with a way to open it) when the vault
 * already has an analysis of the same article, and — on request only — filling in from the page.
 * Nothing is written until "Create note"; problems are shown in the form, which stays open.
 */
import { Modal, type App } from "obsidian";
import { format as formatDate, type Locale } from "date-fns";
import { findBySource, readDate, splitList, suggestKeywords, withPage, type KeywordSources, type PageMetadata, type RawFields, type ReadDate } from "../../core/analysis";
import { LANGUAGES, type StringKey, type Translate } from "../../core/i18n";

/** What the form needs from its command. */
export interface FormOptions {
	readonly t: Translate;
	readonly initial: RawFields;
	/** Shows the "Fill in from the page" button. */
	readonly offerFetch: boolean;
	readonly sources: readonly { readonly path: string; readonly source: string }[];
	readonly keywords: KeywordSources;
	/** Fetches the page at the URL; returns the page's fields, or the reason it could not. */
	readonly fetch: (url: string) => Promise<{ readonly ok: true; readonly page: PageMetadata } | { readonly ok: false; readonly message: string }>;
	/** Creates the note; returns null when done, or the message to show. */
	readonly create: (raw: RawFields) => Promise<string | null>;
	readonly openExisting: (path: string) => Promise<void>;
	/** The interface language's date-fns locale, to say how a date was understood; English when absent. */
	readonly dateLocale?: Locale;
}

type TextKey = Exclude<keyof RawFields, "lang">;

const FIELDS: readonly { readonly key: TextKey; readonly label: StringKey; readonly hint?: StringKey }[] = [
	{ key: "source", label: "analysis.form.source" },
	{ key: "title", label: "analysis.form.title.field" },
	{ key: "outlet", label: "analysis.form.outlet" },
	{ key: "authors", label: "analysis.form.authors", hint: "analysis.form.authors.hint" },
	{ key: "published", label: "analysis.form.published", hint: "analysis.form.published.hint" },
	{ key: "description", label: "analysis.form.description" },
	{ key: "keywords", label: "analysis.form.keywords", hint: "analysis.form.keywords.hint" },
];

export class AnalysisForm extends Modal {
	private readonly inputs = new Map<TextKey, HTMLInputElement>();
	private language!: HTMLSelectElement;
	private status!: HTMLElement;
	private duplicate!: HTMLElement;
	private understood!: HTMLElement;
	private suggestions!: HTMLElement;

	constructor(app: App, private readonly options: FormOptions) {
		super(app);
	}

	override onOpen(): void {
		const { t } = this.options;
		this.setTitle(t("analysis.form.title"));
		this.contentEl.addClass("dossier-analysis-form");
		for (const field of FIELDS) this.addField(field.key, field.label, field.hint);
		this.addLanguage();
		this.status = this.contentEl.createDiv({ cls: "dossier-analysis-status" });
		this.addButtons();
		this.fill(this.options.initial);
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** The fields as they are now. */
	values(): RawFields {
		const get = (key: TextKey) => this.inputs.get(key)?.value ?? "";
		return {
			title: get("title"), source: get("source"), outlet: get("outlet"), authors: get("authors"), published: get("published"),
			description: get("description"), keywords: get("keywords"), lang: LANGUAGES.find((l) => l === this.language.value) ?? "en",
		};
	}

	private addField(key: TextKey, label: StringKey, hint?: StringKey): void {
		const row = this.contentEl.createDiv({ cls: "dossier-analysis-field" });
		const id = `dossier-analysis-${key}`;
		row.createEl("label", { text: this.options.t(label), attr: { for: id } });
		const input = row.createEl("input", { type: key === "source" ? "url" : "text", attr: { id, name: key } });
		this.inputs.set(key, input);
		if (hint) row.createDiv({ cls: "dossier-analysis-hint", text: this.options.t(hint) });
		if (key === "source") this.duplicate = row.createDiv({ cls: "dossier-analysis-duplicate" });
		if (key === "published") this.understood = row.createDiv({ cls: "dossier-analysis-understood" });
		if (key === "keywords") this.suggestions = row.createDiv({ cls: "dossier-analysis-suggestions" });
		input.addEventListener("input", () => this.refresh(key));
	}

	private addLanguage(): void {
		const row = this.contentEl.createDiv({ cls: "dossier-analysis-field" });
		row.createEl("label", { text: this.options.t("analysis.form.language"), attr: { for: "dossier-analysis-lang" } });
		// Obsidian's class for a select, as its own dropdowns have: themed in light and dark.
		this.language = row.createEl("select", { cls: "dropdown", attr: { id: "dossier-analysis-lang", name: "lang" } });
		for (const lang of LANGUAGES) this.language.createEl("option", { value: lang, text: this.options.t(`settings.language.${lang}`) });
	}

	private addButtons(): void {
		const { t } = this.options;
		const bar = this.contentEl.createDiv({ cls: "dossier-analysis-buttons" });
		if (this.options.offerFetch) {
			bar.createEl("button", { text: t("analysis.form.fetch"), cls: "dossier-analysis-fetch" }).addEventListener("click", () => void this.fetchPage());
		}
		bar.createEl("button", { text: t("analysis.form.cancel"), cls: "dossier-analysis-cancel" }).addEventListener("click", () => this.close());
		bar.createEl("button", { text: t("analysis.form.create"), cls: "mod-cta dossier-analysis-create" }).addEventListener("click", () => void this.submit());
	}

	private fill(raw: RawFields): void {
		for (const field of FIELDS) {
			const input = this.inputs.get(field.key);
			if (input) input.value = raw[field.key];
		}
		this.language.value = raw.lang;
		for (const field of FIELDS) this.refresh(field.key);
	}

	/** Updates what depends on a field: the duplicate warning, the date reading, the suggestions. */
	private refresh(key: TextKey): void {
		if (key === "source") this.showDuplicate();
		if (key === "published") this.showDate();
		if (key === "keywords") this.showSuggestions();
	}

	private showDuplicate(): void {
		this.duplicate.empty();
		const path = findBySource(this.options.sources, this.inputs.get("source")?.value ?? "");
		if (path === null) return;
		this.duplicate.createSpan({ text: this.options.t("analysis.form.duplicate", { path }) });
		const open = this.duplicate.createEl("button", { text: this.options.t("analysis.form.openExisting"), cls: "dossier-analysis-open-existing" });
		open.addEventListener("click", () => {
			this.close();
			void this.options.openExisting(path);
		});
	}

	private showDate(): void {
		const typed = this.inputs.get("published")?.value ?? "";
		const read = readDate(typed);
		this.understood.toggleClass("mod-warning", typed.trim() !== "" && !read.ok);
		if (typed.trim() === "") this.understood.setText("");
		else if (read.ok) this.understood.setText(this.options.t("analysis.form.published.understood", { date: this.describe(read.value) }));
		else this.understood.setText(this.options.t("analysis.error.bad-date", { input: typed }));
	}

	/** The date as the interface language writes it: `2025年12月5日 星期五 14:42` in Chinese. */
	private describe(read: ReadDate): string {
		const locale = this.options.dateLocale;
		if (!locale) return read.understood;
		const shown = formatDate(read.date, read.hasTime ? "PPPP HH:mm" : "PPPP", { locale });
		return read.offset ? `${shown} (${read.offset})` : shown;
	}

	private showSuggestions(): void {
		this.suggestions.empty();
		const input = this.inputs.get("keywords");
		if (!input) return;
		const chosen = splitList(input.value);
		const typing = /[,，、]\s*$/.test(input.value) ? "" : (input.value.split(/[,，、]/).pop() ?? "");
		for (const keyword of suggestKeywords(this.options.keywords, typing, chosen)) {
			const chip = this.suggestions.createEl("button", { text: keyword, cls: "dossier-analysis-suggestion" });
			chip.addEventListener("click", () => {
				input.value = [...chosen.filter((c) => c !== typing.trim()), keyword].join(", ");
				this.showSuggestions();
			});
		}
	}

	private async fetchPage(): Promise<void> {
		const { t } = this.options;
		const url = this.inputs.get("source")?.value.trim() ?? "";
		if (url === "") return this.say(t("analysis.fetch.noUrl"), true);
		this.say(t("analysis.form.fetching"), false);
		const result = await this.options.fetch(url);
		if (!result.ok) return this.say(result.message, true);
		this.fill(withPage(this.values(), result.page));
		this.say(t("analysis.form.fetched"), false);
	}

	private async submit(): Promise<void> {
		const problem = await this.options.create(this.values());
		if (problem === null) this.close();
		else this.say(problem, true);
	}

	private say(message: string, warning: boolean): void {
		this.status.setText(message);
		this.status.toggleClass("mod-warning", warning);
	}
}
