/**
 * Settings as data: each feature lists its settings as fields, and the settings tab renders
 * every field with one loop. A field names its key, its kind and its strings; nothing else.
 */
import type { StringKey } from "../i18n";

/** One setting the user can change. `K` is the key of the settings object it edits. */
export type SettingField<K extends string = string> =
	| { readonly kind: "toggle"; readonly key: K; readonly name: StringKey; readonly desc: StringKey }
	| {
			readonly kind: "text";
			readonly key: K;
			readonly name: StringKey;
			readonly desc: StringKey;
			readonly placeholder?: string;
			/** Returns a readable reason when the value cannot be saved. */
			readonly validate?: (value: string) => string | null;
			/** Renders a live preview under the field (e.g. a template or file-name pattern). */
			readonly preview?: (value: string) => string;
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
			readonly kind: "dropdown";
			readonly key: K;
			readonly name: StringKey;
			readonly desc: StringKey;
			readonly options: readonly { readonly value: string; readonly label: StringKey }[];
	  };

/** A heading and the fields under it. */
export interface SettingGroup<K extends string = string> {
	readonly heading: StringKey;
	readonly fields: readonly SettingField<K>[];
}
