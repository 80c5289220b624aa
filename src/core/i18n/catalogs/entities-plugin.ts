import { defineCatalog } from "./catalog";

/**
 * Strings of the entity commands, modals and timeline that the core entities catalogue
 * (`./entities.ts`) does not hold. Same grouping: settings, creating, the link preview, the vault
 * run, the report, the timeline, notices.
 */
export const entitiesPlugin = defineCatalog({
	en: {
		"settings.entities.categories.desc": "Categories offered when creating an entity, one per line, after the built-in ones (organization, person, model, …).",
		"settings.entities.categories.name": "More categories",

		"entities.create.cancel": "Cancel",
		"entities.create.file-taken": "A note named {name} already exists at {path} and is no entity.",
		"entities.create.no-name": "Give the entity a name.",
		"entities.create.open": "Open it",
		"entities.create.file-name": "Saved as {file}; the exact name is kept as an alias.",

		"entities.preview.doubtful": "Not sure: {reason}",
		"entities.preview.more": "{count} more {count|mention|mentions}",

		"entities.vault.close": "Close",
		"entities.vault.failed-list": "Failed (untouched)",
		"entities.vault.linked-list": "Linked",
		"entities.vault.note-links": "{count} {count|link|links}",
		"entities.vault.not-reached-list": "Not reached (untouched)",
		"entities.vault.nothing": "No note has anything to link.",
		"entities.vault.planning": "Reading every note to plan the links…",
		"entities.vault.skipped": "Mentions left alone",

		"entities.report.mentions": "{count} {count|mention|mentions}",
		"entities.report.reading": "Reading every note…",

		"entities.timeline.not-entity": "This timeline shows in an entity note (type: entity).",
		"entities.timeline.reading": "Looking for analyses that name it without a link…",
		"entities.timeline.unlinked": "Unlinked",
		"entities.timeline.unlinked-hint": "Names this entity without linking it. Link entities in this note adds the link.",
		"entities.timeline.unknown": "No entity is named {name}.",
		"entities.timeline.named-with-in": "Named together in {count} {count|analysis|analyses}:",
		"entities.timeline.named-with-more": "…and {count} more",

		"entities.notice.keywords": "Created {created} {created|entity|entities}; {skipped} {skipped|keyword|keywords} already had one.",
		"entities.notice.no-selection": "Select the entity's name first.",
		"entities.notice.property": "Updated the entities property of {count} {count|analysis|analyses}.",
	},
	"zh-TW": {
		"settings.entities.categories.desc": "建立實體時可選的類別，每行一個，列在內建類別（組織、人物、模型……）之後。",
		"settings.entities.categories.name": "更多類別",

		"entities.create.cancel": "取消",
		"entities.create.file-taken": "{path} 已有名為 {name} 的筆記，且不是實體。",
		"entities.create.no-name": "請為實體命名。",
		"entities.create.open": "開啟",
		"entities.create.file-name": "存為 {file}；原名保留為別名。",

		"entities.preview.doubtful": "不確定：{reason}",
		"entities.preview.more": "另有 {count} 處提及",

		"entities.vault.close": "關閉",
		"entities.vault.failed-list": "失敗（未更動）",
		"entities.vault.linked-list": "已連結",
		"entities.vault.note-links": "{count} 個連結",
		"entities.vault.not-reached-list": "未處理（未更動）",
		"entities.vault.nothing": "沒有筆記需要連結。",
		"entities.vault.planning": "正在讀取所有筆記以規劃連結……",
		"entities.vault.skipped": "未連結的提及",

		"entities.report.mentions": "{count} 次提及",
		"entities.report.reading": "正在讀取所有筆記……",

		"entities.timeline.not-entity": "此時間軸顯示於實體筆記（type: entity）中。",
		"entities.timeline.reading": "正在尋找提及此實體但未連結的分析…",
		"entities.timeline.unlinked": "未連結",
		"entities.timeline.unlinked-hint": "提及此實體但未連結。「連結此筆記中的實體」可加上連結。",
		"entities.timeline.unknown": "沒有名為 {name} 的實體。",
		"entities.timeline.named-with-in": "共同出現於 {count} 篇分析：",
		"entities.timeline.named-with-more": "……另有 {count} 篇",

		"entities.notice.keywords": "已建立 {created} 個實體；{skipped} 個關鍵詞已有實體。",
		"entities.notice.no-selection": "請先選取實體名稱。",
		"entities.notice.property": "已更新 {count} 篇分析的 entities 屬性。",
	},
	"zh-CN": {
		"settings.entities.categories.desc": "创建实体时可选的类别，每行一个，列在内置类别（组织、人物、模型……）之后。",
		"settings.entities.categories.name": "更多类别",

		"entities.create.cancel": "取消",
		"entities.create.file-taken": "{path} 已有名为 {name} 的笔记，且不是实体。",
		"entities.create.no-name": "请为实体命名。",
		"entities.create.open": "打开",
		"entities.create.file-name": "保存为 {file}；原名保留为别名。",

		"entities.preview.doubtful": "不确定：{reason}",
		"entities.preview.more": "另有 {count} 处提及",

		"entities.vault.close": "关闭",
		"entities.vault.failed-list": "失败（未改动）",
		"entities.vault.linked-list": "已链接",
		"entities.vault.note-links": "{count} 个链接",
		"entities.vault.not-reached-list": "未处理（未改动）",
		"entities.vault.nothing": "没有笔记需要链接。",
		"entities.vault.planning": "正在读取所有笔记以规划链接……",
		"entities.vault.skipped": "未链接的提及",

		"entities.report.mentions": "{count} 次提及",
		"entities.report.reading": "正在读取所有笔记……",

		"entities.timeline.not-entity": "此时间轴显示于实体笔记（type: entity）中。",
		"entities.timeline.reading": "正在寻找提及此实体但未链接的分析…",
		"entities.timeline.unlinked": "未链接",
		"entities.timeline.unlinked-hint": "提及此实体但未链接。“链接此笔记中的实体”可加上链接。",
		"entities.timeline.unknown": "没有名为 {name} 的实体。",
		"entities.timeline.named-with-in": "共同出现于 {count} 篇分析：",
		"entities.timeline.named-with-more": "……另有 {count} 篇",

		"entities.notice.keywords": "已创建 {created} 个实体；{skipped} 个关键词已有实体。",
		"entities.notice.no-selection": "请先选中实体名称。",
		"entities.notice.property": "已更新 {count} 篇分析的 entities 属性。",
	},
});
