/** A built-in template: its text and the examples that pin down what it writes. */
import type { Language } from "../../i18n";
import type { AnalysisFields } from "../model";

export interface TemplateExample {
	/** What the example shows. */
	readonly name: string;
	readonly fields: AnalysisFields;
	/** The time the note is created at. */
	readonly now: Date;
	/** The whole note it gives. */
	readonly expected: string;
	/** Where the cursor goes (zero-based line). */
	readonly cursorLine: number;
}

export interface BuiltinTemplate {
	readonly lang: Language;
	/** The template text, placeholders and properties included. */
	readonly text: string;
	readonly examples: readonly TemplateExample[];
}
