/**
 * Investigation questions: the section heading table, the status syntax and line edits, reading a
 * note's questions, the vault-wide index, the panel model and Markdown export. See each module.
 */
export * from "./model";
export { INVESTIGATION_HEADINGS, investigationHeadingMatcher } from "./headings";
export { editQuestion, findQuestion, type EditResult, type QuestionChange, type QuestionRef } from "./edit";
export { readNoteQuestions, type ExtractOptions } from "./extract";
export { withEntitiesFound } from "./refind";
export type { StatusSyntax } from "./syntax";
export { activeQuestionSources, QuestionIndex, READ_BATCH } from "./vault-index";
export { GROUPINGS, isOverdue, panelModel, type GroupBy, type PanelGroup, type PanelModel, type PanelOptions, type QuestionQuery } from "./panel";
export { SORTS, type SortBy } from "./order";
export { briefingMarkdown, noteLink, questionMarkdown, type BriefingWords } from "./briefing";
export { dayOf, timeLine, type TimeLine } from "./present";
export { normalizeDate } from "./dates";
