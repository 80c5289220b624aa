/**
 * Settings as data: each feature lists its settings as fields, and the settings tab renders
 * every field with one loop. A field names its key, its kind and its strings; nothing else.
 */
import { message, type Language, type Message, type StringKey } from "../i18n";

/**
 * One setting the user can change. `K` is the key of the settings object it edits; `S` the
 * settings a file field's preview may read (`index.ts` gives every field all of them).
 */
export type SettingField<K extends string = string, S = unknown> =
	| { readonly kind: "toggle"; readonly key: K; readonly name: StringKey; readonly desc: StringKey }
	| {
			readonly kind: "text";
			readonly key: K;
			readonly name: StringKey;
			readonly desc: StringKey;
			readonly placeholder?: string;
			/** Why the value cannot be saved, as a message the tab translates; null when it can. */
			readonly validate?: (value: string) => Message | null;
			/** A live example under the field (e.g. the file name a pattern gives). */
			readonly preview?: (value: string) => Message;
	  }
	| {
			/**
			 * The path of a note in the vault. The adapter reads the note (never writes it) as the user
			 * types, and shows what `preview` makes of it: a status line and an example text.
			 */
			readonly kind: "file";
			readonly key: K;
			readonly name: StringKey;
			readonly desc: StringKey;
			readonly placeholder?: string;
			/** Why the path cannot be saved; null when it can. */
			readonly validate?: (value: string) => Message | null;
			readonly preview: (input: FilePreviewInput<S>) => FilePreview;
			/** The label of the example block (e.g. "Preview of a new analysis"). */
			readonly exampleLabel: StringKey;
	  }
	| {
			/** One value per line, stored as a list of strings. */
			readonly kind: "lines";
			readonly key: K;
			readonly name: StringKey;
			readonly desc: StringKey;
			readonly placeholder?: string;
	  }
	| {
			/** A whole number from `min` to `max`, typed in a text field. */
			readonly kind: "number";
			readonly key: K;
			readonly name: StringKey;
			readonly desc: StringKey;
			readonly min: number;
			readonly max: number;
	  }
	| {
			readonly kind: "dropdown";
			readonly key: K;
			readonly name: StringKey;
			readonly desc: StringKey;
			readonly options: readonly { readonly value: string; readonly label: StringKey }[];
	  };

/** A heading and the fields under it. */
export interface SettingGroup<K extends string = string, S = unknown> {
	readonly heading: StringKey;
	readonly fields: readonly SettingField<K, S>[];
}

/** What the adapter found at a file field's path. */
export type FoundFile =
	/** The path is empty. */
	| { readonly kind: "none" }
	| { readonly kind: "missing"; readonly path: string }
	| { readonly kind: "folder"; readonly path: string }
	/** A file; `extension` without the dot, as Obsidian gives it. */
	| { readonly kind: "file"; readonly path: string; readonly extension: string; readonly text: string };

/** What a file field's preview is made from. */
export interface FilePreviewInput<S = unknown> {
	readonly found: FoundFile;
	/** Every setting as it is now: a preview may depend on others (the language of new notes). */
	readonly settings: S;
	/** The interface language, for settings that follow it. */
	readonly interfaceLanguage: Language;
	/** The time the example is made at, passed in (the core never reads the clock). */
	readonly now: Date;
}

/** What a file field shows under it. */
export interface FilePreview {
	/** One line: what was found, or what is wrong. */
	readonly status: Message;
	/** Whether the status is a problem (shown as a warning). */
	readonly problem: boolean;
	/** The text the file would give (e.g. the note a template makes), when it gives one. */
	readonly example?: string;
}

/**
 * The whole number `text` holds if it lies in `[min, max]`, else why not. Leading and trailing
 * spaces are allowed; signs, decimals and exponents are not.
 */
export function readNumber(text: string, min: number, max: number): { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: Message } {
	const trimmed = text.trim();
	const value = /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : NaN;
	return value >= min && value <= max ? { ok: true, value } : { ok: false, reason: message("settings.number.range", { min, max }) };
}

/** Examples: a number field's bounds and what is typed → the number saved, or null when it is refused. */
export const NUMBER_EXAMPLES: readonly { readonly min: number; readonly max: number; readonly text: string; readonly value: number | null }[] = [
	{ min: 1, max: 200, text: "50", value: 50 },
	{ min: 1, max: 200, text: " 30 ", value: 30 },
	{ min: 1, max: 200, text: "0", value: null },
	{ min: 1, max: 200, text: "201", value: null },
	{ min: 1, max: 200, text: "2.5", value: null },
	{ min: 1, max: 200, text: "-3", value: null },
	{ min: 1, max: 200, text: "1e2", value: null },
	{ min: 1, max: 200, text: "", value: null },
];
