/**
 * A note's properties for the question panel: read from frontmatter values (`title`, `outlet`,
 * `published`, `created`, `keywords`, `entities`, `type`), and — for notes written before they
 * had frontmatter, like a pasted analysis — from the metadata lines of the note itself:
 *
 *   `- **來源/作者：** Financial Times (FT中文網) / John Thornhill` → outlet `Financial Times (FT中文網)`
 *   `- **發布時間：** 2025年12月5日 14:42 (更新時間)`             → published `2025-12-05T14:42`
 *
 * Frontmatter wins; a metadata line only fills what frontmatter lacks.
 */
import { normalizeDate } from "./dates";
import type { NoteProps } from "./model";

/** Labels of metadata lines, by the property they fill. Compared without bold markers and colon. */
export const METADATA_LABELS: Readonly<Record<"title" | "outlet" | "published" | "keywords", readonly string[]>> = {
	title: ["標題", "标题", "title", "headline"],
	outlet: ["來源/作者", "来源/作者", "來源", "来源", "媒體", "媒体", "source/author", "source", "outlet"],
	published: ["發布時間", "发布时间", "發佈時間", "發表時間", "发表时间", "日期", "published", "date"],
	keywords: ["關鍵詞", "关键词", "關鍵字", "关键字", "keywords", "tags"],
};

/** A metadata line's content: `**Label：** value` or `Label: value`. */
const METADATA_LINE = /^(?:\*\*|__)?(?<label>[^*_:：]{1,24}?)\s*[:：]\s*(?:\*\*|__)?\s*(?:[:：]\s*)?(?<value>.+)$/;

/** The list separators of keyword lines: `、` `,` `，` `;` `；`. */
const KEYWORD_SEPARATOR = /\s*[、,，;；]\s*/;

type Filled = { -readonly [K in keyof Omit<NoteProps, "path">]?: NoteProps[K] };

/** What metadata lines say, keyed by property. `contents` are list item contents (marker removed). */
export function fromMetadataLines(contents: readonly string[]): Filled {
	const found: Filled = {};
	for (const content of contents) {
		const match = METADATA_LINE.exec(content.trim());
		const label = match?.groups?.label?.trim().toLowerCase();
		const value = match?.groups?.value?.trim();
		if (!label || !value) continue;
		if (found.title === undefined && METADATA_LABELS.title.includes(label)) found.title = value;
		else if (found.outlet === undefined && METADATA_LABELS.outlet.includes(label)) found.outlet = outletOf(value);
		else if (found.published === undefined && METADATA_LABELS.published.includes(label)) found.published = normalizeDate(value) ?? undefined;
		else if (found.keywords === undefined && METADATA_LABELS.keywords.includes(label)) found.keywords = value.split(KEYWORD_SEPARATOR).filter(Boolean);
	}
	return found;
}

/** `Financial Times (FT中文網) / John Thornhill` → `Financial Times (FT中文網)`. */
function outletOf(value: string): string {
	return value.split(/\s+\/\s+|\s*｜\s*|\s+\|\s+/)[0]?.trim() || value;
}

/** Frontmatter values → properties; wrong types are ignored, never thrown on. */
export function fromFrontmatter(values: Readonly<Record<string, unknown>>): Filled {
	const found: Filled = {};
	const title = text(values.title);
	if (title) found.title = title;
	const outlet = text(values.outlet) ?? text(values.publisher) ?? text(values.site);
	if (outlet) found.outlet = outlet;
	const published = normalizeDate(values.published) ?? normalizeDate(values.date);
	if (published) found.published = published;
	const created = normalizeDate(values.created);
	if (created) found.created = created;
	const keywords = list(values.keywords);
	if (keywords) found.keywords = keywords;
	const entities = list(values.entities);
	if (entities) found.entities = entities;
	const type = text(values.type);
	if (type) found.type = type;
	return found;
}

/** A string or number property as text; links unwrapped. */
function text(value: unknown): string | null {
	if (typeof value === "number") return String(value);
	if (typeof value !== "string") return null;
	const trimmed = unwrapLink(value.trim());
	return trimmed === "" ? null : trimmed;
}

/** A list property (or one comma-separated string) as texts; links unwrapped. */
function list(value: unknown): string[] | null {
	const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(KEYWORD_SEPARATOR) : null;
	if (!items) return null;
	return items.map(text).filter((item): item is string => item !== null);
}

/** `[[Target|Alias]]` or `[[Target#Heading]]` → `Target`; other text unchanged. */
export function unwrapLink(value: string): string {
	if (!value.startsWith("[[") && !value.startsWith("![[")) return value;
	const match = /^!?\[\[([^\]|#]*)(?:[#|][^\]]*)?\]\]$/.exec(value);
	return match ? (match[1] ?? "").trim() : value;
}

/** Merges the sources, first wins, and fills the defaults. */
export function noteProps(path: string, fallbackTitle: string, ...sources: readonly Filled[]): NoteProps {
	const pick = <K extends keyof Filled>(key: K): Filled[K] => {
		for (const source of sources) if (source[key] !== undefined) return source[key];
		return undefined;
	};
	return {
		path,
		title: pick("title") ?? fallbackTitle,
		outlet: pick("outlet") ?? null,
		published: pick("published") ?? null,
		created: pick("created") ?? null,
		keywords: pick("keywords") ?? [],
		entities: pick("entities") ?? [],
		type: pick("type") ?? null,
	};
}

/** One example: metadata line contents and what they fill. */
export interface MetadataExample {
	readonly contents: readonly string[];
	readonly filled: Filled;
}

/** The examples of the metadata-line reader; one test loop runs them. */
export const METADATA_EXAMPLES: readonly MetadataExample[] = [
	{
		contents: ["**來源/作者：** Financial Times (FT中文網) / John Thornhill (約翰·桑希爾)", "**發布時間：** 2025年12月5日 14:42 (更新時間)"],
		filled: { outlet: "Financial Times (FT中文網)", published: "2025-12-05T14:42" },
	},
	{
		contents: ["**标题：** 芯片出口管制", "**来源/作者：** 财新 / 王五", "**发布时间：** 2025年3月1日", "**关键词：** 华为、中芯国际"],
		filled: { title: "芯片出口管制", outlet: "财新", published: "2025-03-01", keywords: ["华为", "中芯国际"] },
	},
	{
		contents: ["**Source:** Example Policy Review / Jane Doe", "**Published:** 2025-11-20T09:30", "**Keywords:** export controls, Nvidia"],
		filled: { outlet: "Example Policy Review", published: "2025-11-20T09:30", keywords: ["export controls", "Nvidia"] },
	},
	{ contents: ["Outlet: Nikkei Asia", "Date: 20 November 2025"], filled: { outlet: "Nikkei Asia", published: "2025-11-20" } },
	{ contents: ["Nvidia lost most of its China revenue", "**Efficiency under constraint.** Scarce compute"], filled: {} },
	{ contents: ["**發布時間：** 不詳"], filled: {} },
];
