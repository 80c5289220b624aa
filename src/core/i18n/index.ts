/**
 * Interface strings in English, Traditional Chinese and Simplified Chinese.
 *
 * Each feature keeps its strings in one catalogue under `./catalogs/`, all three languages side by
 * side; the compiler refuses a catalogue whose Chinese tables miss a key of the English one. The
 * adapters pick the language (`pickLanguage(getLanguage())`) and pass a translator in.
 */
import { catalogs } from "./catalogs";

export const LANGUAGES = ["en", "zh-TW", "zh-CN"] as const;
/** A language Dossier speaks. */
export type Language = (typeof LANGUAGES)[number];

/** The keys of one catalogue; distributes over the union of catalogues. */
type KeysOf<C> = C extends { readonly en: infer E } ? keyof E : never;

/** Every string key of every catalogue. */
export type StringKey = KeysOf<(typeof catalogs)[number]>;

/** Variables substituted into `{name}` slots of a string. */
export type Vars = Readonly<Record<string, string | number>>;

export type Translate = (key: StringKey, vars?: Vars) => string;

/**
 * A sentence for the user as plain data: a catalogue key and the values of its slots, which may be
 * messages themselves. The core returns these; the adapters translate them (`say`).
 */
export interface Message {
	readonly key: StringKey;
	readonly vars?: Readonly<Record<string, string | number | Message>>;
}

/** Builds a message (`vars` left out when there are none). */
export function message(key: StringKey, vars?: Message["vars"]): Message {
	return vars === undefined ? { key } : { key, vars };
}

/** The text of `message` in `t`'s language. */
export function say(t: Translate, message: Message): string {
	if (message.vars === undefined) return t(message.key);
	const vars: Record<string, string | number> = {};
	for (const [name, value] of Object.entries(message.vars)) vars[name] = typeof value === "object" ? say(t, value) : value;
	return t(message.key, vars);
}

const tables: Record<Language, Map<string, string>> = {
	en: new Map(),
	"zh-TW": new Map(),
	"zh-CN": new Map(),
};
for (const catalog of catalogs) {
	for (const language of LANGUAGES) {
		for (const [key, text] of Object.entries(catalog[language])) tables[language].set(key, text);
	}
}

/**
 * Maps an app language code (Obsidian's `getLanguage()`: `en`, `zh`, `zh-TW`, …) to one Dossier
 * speaks: Traditional for zh-TW/zh-HK/zh-Hant, Simplified for other Chinese, English otherwise.
 */
export function pickLanguage(appLanguage: string): Language {
	const code = appLanguage.toLowerCase();
	if (/^zh[-_](tw|hk|mo|hant)/.test(code)) return "zh-TW";
	if (code.startsWith("zh")) return "zh-CN";
	return "en";
}

/** A translator for one language; a key it lacks falls back to English. */
export function translator(language: Language): Translate {
	return (key, vars) => {
		const text = tables[language].get(key) ?? tables.en.get(key) ?? key;
		return vars ? fill(text, vars) : text;
	};
}

/**
 * Fills `{name}` slots, and `{name|one|other}` slots with the word for that number
 * (`{count|mention|mentions}`: English needs it, Chinese does not).
 */
function fill(text: string, vars: Vars): string {
	return text
		.replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (slot, name: string, one: string, other: string) => (name in vars ? (vars[name] === 1 ? one : other) : slot))
		.replace(/\{(\w+)\}/g, (slot, name: string) => (name in vars ? String(vars[name]) : slot));
}

/** All keys and texts of one language, for the completeness test. */
export function table(language: Language): ReadonlyMap<string, string> {
	return tables[language];
}
