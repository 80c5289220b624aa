/**
 * Analysis notes: the model, the built-in templates, placeholders and dates, file names,
 * `normalize`, the editor transforms, page metadata and the dashboard. Pure: text and plain data
 * in, text and plain data out; the adapters do the I/O — the plugin's `src/plugin/analysis/` (the
 * form, the commands, the `PageFetcher` port over `requestUrl`) and the CLI's `new` and `normalize`.
 */
export * from "./model";
export { errorMessage, locatedMessage } from "./messages";
export { HEADING_EXAMPLES, headingText, recogniseHeading } from "./headings";
export { formatMoment, momentToDateFns, PROPERTY_DATE_FORMAT } from "./moment";
export { readDate, type ReadDate } from "./dates";
export { EXAMPLE_FIELDS, fillText, PLACEHOLDERS, positionOf, validateTemplate, type TemplateContext } from "./placeholders";
export { buildNote, emptyFields, type NewNote } from "./note";
export { builtinTemplate, TEMPLATES } from "./templates";
export { DEFAULT_FILE_NAME_PATTERN, notePath, safeFileName, validateFileNamePattern } from "./filename";
export { findBySource, readSourceUrl, sourceKey } from "./source";
export { readPage, type PageMetadata } from "./page";
export { normalize, readAnalysis, type Normalized } from "./normalize";
export { planProperties, readProperties, type PropertyChange, type PropertyPlan } from "./frontmatter";
export { addQuestion, clippingProperties, convertClipping, insertClippingSections, insertMissingSections, noteLanguage, type AddedQuestion } from "./edit";
export { findSections, firstEmptySectionLine, type FoundSection } from "./sections";
export { dashboardBase, DEFAULT_DASHBOARD_PATH } from "./dashboard";
export { splitList, suggestKeywords, type KeywordSources } from "./suggestions";
export { checkFields, withPage, type RawFields } from "./form";
