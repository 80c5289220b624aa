import { defineCatalog } from "./catalog";

/** Strings of the plugin shell: settings headings, the language setting, generic notices. */
export const shell = defineCatalog({
	en: {
		"settings.general": "General",
		"settings.language.name": "Interface language",
		"settings.language.desc": "Language of Dossier's commands, panel and messages. Automatic follows Obsidian's language.",
		"settings.language.auto": "Automatic",
		"settings.language.en": "English",
		"settings.language.zh-TW": "Traditional Chinese (繁體中文)",
		"settings.language.zh-CN": "Simplified Chinese (简体中文)",
		"settings.invalid": "Not saved: {reason}",
		"notice.error": "Dossier: {message}",
	},
	"zh-TW": {
		"settings.general": "一般",
		"settings.language.name": "介面語言",
		"settings.language.desc": "Dossier 指令、面板與訊息使用的語言。「自動」跟隨 Obsidian 的語言。",
		"settings.language.auto": "自動",
		"settings.language.en": "英文 (English)",
		"settings.language.zh-TW": "繁體中文",
		"settings.language.zh-CN": "簡體中文 (简体中文)",
		"settings.invalid": "未儲存：{reason}",
		"notice.error": "Dossier：{message}",
	},
	"zh-CN": {
		"settings.general": "常规",
		"settings.language.name": "界面语言",
		"settings.language.desc": "Dossier 命令、面板与消息使用的语言。“自动”跟随 Obsidian 的语言。",
		"settings.language.auto": "自动",
		"settings.language.en": "英文 (English)",
		"settings.language.zh-TW": "繁体中文 (繁體中文)",
		"settings.language.zh-CN": "简体中文",
		"settings.invalid": "未保存：{reason}",
		"notice.error": "Dossier：{message}",
	},
});
