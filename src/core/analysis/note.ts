/**
 * A new analysis note from a template and the form's fields: the template's properties filled
 * (a whole-value `"{{author}}"` stays a list), Dossier's own properties added where the template
 * lacks them, the body filled, and the line where the cursor goes. One write creates it.
 */
import { parseNote } from "../parse";
import { propertiesYaml, readProperties } from "./frontmatter";
import { ANALYSIS_TYPE, fail, ok, PROPERTY_ORDER, type AnalysisFields, type PropertyName, type PropertyValue, type Result } from "./model";
import { formatMoment, PROPERTY_DATE_FORMAT } from "./moment";
import { fillText, placeholderValue, validateTemplate, wholePlaceholder, type TemplateContext } from "./placeholders";
import { firstEmptySectionLine } from "./sections";

/** A note ready to be created. */
export interface NewNote {
	/** The whole text, properties included. */
	readonly text: string;
	/** The line (zero-based) where the cursor goes: the first empty section, or the end. */
	readonly cursorLine: number;
}

/** Builds the note, or says what is wrong with the template before anything is written. */
export function buildNote(template: string, context: TemplateContext): Result<NewNote> {
	// Checked whole first, so an error says where it is in the template, properties included.
	const valid = validateTemplate(template);
	if (!valid.ok) return fail(valid.error);
	const parsed = parseNote(template);
	const props = readProperties(template, parsed);
	if (!props.ok) return props;
	const entries: [string, unknown][] = [];
	for (const [key, value] of Object.entries(props.value.values)) {
		const filled = fillValue(value, context);
		if (!filled.ok) return fail(filled.error);
		entries.push([key, filled.value]);
	}
	const defaults = dossierProperties(context);
	if (!defaults.ok) return fail(defaults.error);
	for (const [key, value] of defaults.value) if (!entries.some(([k]) => k === key)) entries.push([key, value]);
	const body = fillText(template.slice(props.value.bodyStart), context);
	if (!body.ok) return fail(body.error);
	const text = `---\n${propertiesYaml(entries)}---\n${body.value}`;
	const created = parseNote(text);
	return ok({ text, cursorLine: firstEmptySectionLine(text, created) ?? created.lineStarts.length - 1 });
}

/** The properties every analysis has, from the fields. */
function dossierProperties(context: TemplateContext): Result<[PropertyName, PropertyValue][]> {
	const { fields, now } = context;
	const created = formatMoment(now, PROPERTY_DATE_FORMAT);
	if (!created.ok) return fail(created.error);
	const values: Partial<Record<PropertyName, PropertyValue>> = {
		type: ANALYSIS_TYPE, title: fields.title, source: fields.source, outlet: fields.outlet, author: fields.authors,
		published: fields.published, created: created.value, description: fields.description, keywords: fields.keywords, entities: [], lang: fields.lang,
	};
	return ok(PROPERTY_ORDER.flatMap((key) => (values[key] === undefined ? [] : [[key, values[key]] as [PropertyName, PropertyValue]])));
}

/** Fills placeholders inside one property value of the template. */
function fillValue(value: unknown, context: TemplateContext): Result<unknown> {
	if (typeof value === "string") {
		const whole = wholePlaceholder(value);
		if (whole) return placeholderValue(whole.name, whole.format, context);
		return fillText(value, context);
	}
	if (Array.isArray(value)) return fillList(value, context);
	return ok(value);
}

function fillList(items: readonly unknown[], context: TemplateContext): Result<unknown[]> {
	const out: unknown[] = [];
	for (const item of items) {
		const filled = fillValue(item, context);
		if (!filled.ok) return fail(filled.error);
		if (Array.isArray(filled.value)) out.push(...(filled.value as unknown[]));
		else if (filled.value !== "") out.push(filled.value);
	}
	return ok(out);
}

/** The fields of an empty form: nothing known yet, in `lang`. */
export function emptyFields(lang: AnalysisFields["lang"]): AnalysisFields {
	return { title: "", source: "", outlet: "", authors: [], published: "", description: "", keywords: [], lang };
}
