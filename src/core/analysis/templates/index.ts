/** The built-in templates, one per language. A template file in the vault overrides them. */
import type { Language } from "../../i18n";
import { en } from "./en";
import type { BuiltinTemplate } from "./template";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

export type { BuiltinTemplate, TemplateExample } from "./template";

export const TEMPLATES: readonly BuiltinTemplate[] = [en, zhTW, zhCN];

/** The built-in template for `lang`. */
export function builtinTemplate(lang: Language): string {
	return (TEMPLATES.find((t) => t.lang === lang) ?? en).text;
}
