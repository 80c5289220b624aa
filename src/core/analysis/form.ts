/**
 * The form's logic, shared by the plugin's modal and the CLI: raw text fields in, checked
 * `AnalysisFields` out (or the first problem), and page metadata merged into what the user typed.
 */
import { pickLanguage, type Language } from "../i18n";
import { readDate } from "./dates";
import { fail, ok, type AnalysisFields, type Result } from "./model";
import type { PageMetadata } from "./page";
import { readSourceUrl } from "./source";
import { splitList } from "./suggestions";

/** The form's fields as typed. */
export interface RawFields {
	readonly title: string;
	readonly source: string;
	readonly outlet: string;
	/** Comma-separated. */
	readonly authors: string;
	/** Any date `readDate` accepts, or empty. */
	readonly published: string;
	readonly description: string;
	/** Comma-separated. */
	readonly keywords: string;
	readonly lang: Language;
}

/** Checks the typed fields: the URL must be a web address and the date readable. */
export function checkFields(raw: RawFields): Result<AnalysisFields> {
	const source = readSourceUrl(raw.source);
	if (!source.ok) return source;
	let published = "";
	if (raw.published.trim() !== "") {
		const read = readDate(raw.published);
		if (!read.ok) return fail(read.error);
		published = read.value.property;
	}
	return ok({
		title: raw.title.trim(), source: source.value, outlet: raw.outlet.trim(), authors: splitList(raw.authors), published,
		description: raw.description.trim(), keywords: splitList(raw.keywords), lang: raw.lang,
	});
}

/** Fills the fields the user left empty from the page's metadata. */
export function withPage(raw: RawFields, page: PageMetadata): RawFields {
	const pick = (typed: string, found: string) => (typed.trim() === "" ? found : typed);
	return {
		title: pick(raw.title, page.title),
		source: pick(raw.source, page.url),
		outlet: pick(raw.outlet, page.outlet),
		authors: pick(raw.authors, page.authors.join(", ")),
		published: pick(raw.published, page.published.replace("T", " ")),
		description: pick(raw.description, page.description),
		keywords: pick(raw.keywords, page.keywords.join(", ")),
		lang: page.lang === "" ? raw.lang : pickLanguage(page.lang),
	};
}
