/**
 * Metadata lines as researchers write them in an analysis's metadata section —
 * `- **標題：** 美國在AI競賽中… (Is the US…)`, `- Source/Author: FT / John Thornhill`,
 * `- **發布時間：** 2025年12月5日 14:42 (更新時間)` — read into properties. A line is only ever
 * moved into properties when the values read from it give back the line's text exactly; anything
 * else (an unknown remark, a mix of separators) leaves the line where it is. One unit with its examples.
 */
import type { Language } from "../i18n";
import { readDate } from "./dates";
import { formatMoment } from "./moment";
import type { PropertyName, PropertyValue } from "./model";

/** What a metadata line's label says it holds. */
type Field = "title" | "outlet" | "author" | "outletAuthor" | "published" | "keywords" | "url";

/** Labels (lower-cased) in the three languages → the field. */
const LABELS: ReadonlyMap<string, Field> = new Map<string, Field>([
	...["標題", "标题", "題目", "题目", "title", "headline"].map((l) => [l, "title"] as const),
	...["來源", "来源", "媒體", "媒体", "出處", "出处", "outlet", "publication", "source"].map((l) => [l, "outlet"] as const),
	...["作者", "記者", "记者", "author", "authors", "by", "byline"].map((l) => [l, "author"] as const),
	...["來源/作者", "来源/作者", "媒體/作者", "媒体/作者", "source/author", "outlet/author", "publication/author"].map((l) => [l, "outletAuthor"] as const),
	...["發布時間", "发布时间", "發佈時間", "發表時間", "发表时间", "出版時間", "出版时间", "日期", "時間", "时间", "published", "date", "publication date", "published on"].map((l) => [l, "published"] as const),
	...["關鍵詞", "关键词", "關鍵字", "关键字", "keywords", "key words"].map((l) => [l, "keywords"] as const),
	...["連結", "链接", "網址", "网址", "原文", "原文連結", "原文链接", "url", "link"].map((l) => [l, "url"] as const),
]);

/** Remarks after a date that mean "this is the update time". */
const UPDATED_REMARKS = new Set(["更新時間", "更新时间", "updated", "update time", "last updated"]);

/**
 * A metadata line: indentation, an optional list marker, the label (bold or not) with its colon
 * (half- or full-width, inside or outside the bold), spaces, then the value.
 */
const METADATA_LINE = new RegExp(
	"^[ \\t]*" + // indentation
		"(?:[-*+]|\\d{1,2}[.)])?[ \\t]*" + // list marker
		"(?:\\*\\*([^*\\n]{1,24}?)[ \\t]*[:：]?\\*\\*[ \\t]*[:：]?" + // **Label：** or **Label**：
		"|([^*:：\\n]{1,24}?)[ \\t]*[:：])" + // Label:
		"[ \\t]*(.*?)[ \\t]*$", // value
);

/** A bare web address on a line of its own, possibly in angle brackets. */
const URL_LINE = /^[ \t]*<?(https?:\/\/[^\s<>]+)>?[ \t]*$/;

/** A line's value split into what it says and whether the split gives the value back exactly. */
export interface ReadLine {
	/** The properties the line holds, in order. */
	readonly properties: readonly (readonly [PropertyName, PropertyValue])[];
	/** True when the properties reproduce the value exactly, so the line may move into properties. */
	readonly exact: boolean;
	/** The language the label is written in, when it tells. */
	readonly lang: Language | null;
}

/** Reads one line of a metadata section, or `null` if it is not a metadata line. */
export function readMetadataLine(line: string): ReadLine | null {
	const match = METADATA_LINE.exec(line);
	const label = (match?.[1] ?? match?.[2] ?? "").replace(/\s*\/\s*/g, "/").trim();
	const field = LABELS.get(label.toLowerCase());
	const value = match?.[3] ?? "";
	if (!field || value === "") return null;
	const read = readValue(field, value);
	return read ? { ...read, lang: labelLanguage(label) } : null;
}

/** Reads a bare-URL line (the source written above an analysis), or `null`. */
export function readUrlLine(line: string): string | null {
	return URL_LINE.exec(line)?.[1] ?? null;
}

function readValue(field: Field, value: string): Omit<ReadLine, "lang"> | null {
	switch (field) {
		case "title": return readTitle(value);
		case "outlet": return readUrl(value) ?? { properties: [["outlet", value]], exact: true };
		case "author": return readAuthors(value);
		case "outletAuthor": return readOutletAuthor(value);
		case "published": return readPublished(value);
		case "keywords": return readKeywords(value);
		case "url": return readUrl(value);
	}
}

/** `Main (Translation)`: a trailing parenthesised part in the other script is a translation. */
const TRANSLATED = /^(.*?\S)(\s*)([(（])([^()（）]+)([)）])$/;

function splitTranslation(value: string): { readonly main: string; readonly other: string | null; readonly rebuild: (main: string, other: string) => string } {
	const match = TRANSLATED.exec(value);
	const [, main = value, gap = "", open = "(", other = "", close = ")"] = match ?? [];
	if (!match || hasHan(main) === hasHan(other)) return { main: value, other: null, rebuild: (m) => m };
	return { main, other, rebuild: (m, o) => `${m}${gap}${open}${o}${close}` };
}

function readTitle(value: string): Omit<ReadLine, "lang"> {
	const { main, other, rebuild } = splitTranslation(value);
	const properties: [PropertyName, PropertyValue][] = [["title", main]];
	if (other !== null) properties.push(["aliases", [other]]);
	return { properties, exact: rebuild(main, other ?? "") === value };
}

/** Author lists: `A、B`, `A, B`, `A and B`; each author may carry their name in the other script. */
const AUTHOR_SEPARATOR = /\s*(?:、|，|,|;|；|\sand\s|\s&\s)\s*/;

function readAuthors(value: string): Omit<ReadLine, "lang"> {
	const separator = AUTHOR_SEPARATOR.exec(value)?.[0] ?? "";
	const parts = separator ? value.split(separator) : [value];
	const names: string[] = [];
	let exact = true;
	for (const part of parts) {
		const { main, other, rebuild } = splitTranslation(part.trim());
		names.push(main, ...(other === null ? [] : [other]));
		exact &&= rebuild(main, other ?? "") === part;
	}
	return { properties: [["author", names]], exact: exact && parts.join(separator) === value };
}

/** `Outlet / Author`: the first slash with spaces around it, or a full-width one. */
const OUTLET_AUTHOR = /^(.*?\S)(\s+\/\s+|\s*／\s*)(\S.*)$/;

function readOutletAuthor(value: string): Omit<ReadLine, "lang"> {
	const match = OUTLET_AUTHOR.exec(value);
	if (!match) return { properties: [["outlet", value]], exact: true };
	const authors = readAuthors(match[3] ?? "");
	return { properties: [["outlet", match[1] ?? ""], ...authors.properties], exact: authors.exact };
}

function readPublished(value: string): Omit<ReadLine, "lang"> | null {
	const remark = /^(.*?\S)(\s*)[(（]([^()（）]+)[)）]$/.exec(value);
	const dateText = remark?.[1] ?? value;
	const read = readDate(dateText);
	if (!read.ok) return null;
	const properties: [PropertyName, PropertyValue][] = [["published", read.value.property]];
	const updated = remark ? UPDATED_REMARKS.has((remark[3] ?? "").trim().toLowerCase()) : false;
	if (updated) properties.push(["updated", read.value.property]);
	const again = formatMoment(read.value.date, read.value.format);
	const exact = again.ok && again.value === dateText && read.value.offset === "" && (!remark || updated);
	return { properties, exact };
}

/** Keyword separators, in the order tried: the first one present splits the list. */
const KEYWORD_SEPARATORS = ["、", "，", ",", "；", ";"];

function readKeywords(value: string): Omit<ReadLine, "lang"> {
	const char = KEYWORD_SEPARATORS.find((s) => value.includes(s));
	if (char === undefined) return { properties: [["keywords", [value]]], exact: true };
	const separator = new RegExp(`${char}\\s*`).exec(value)?.[0] ?? char;
	const items = value.split(char).map((k) => k.trim());
	const exact = items.join(separator) === value && items.every((k) => k !== "");
	return { properties: [["keywords", items.filter((k) => k !== "")]], exact };
}

function readUrl(value: string): Omit<ReadLine, "lang"> | null {
	const url = /^<?(https?:\/\/[^\s<>]+)>?$/.exec(value);
	if (!url) return null;
	return { properties: [["source", url[1] ?? ""]], exact: url[1] === value };
}

function hasHan(text: string): boolean {
	return /\p{Script=Han}/u.test(text);
}

/** Labels that exist in only one Chinese script tell the note's script. */
function labelLanguage(label: string): Language | null {
	if (!hasHan(label)) return /^[a-z /]+$/i.test(label) ? "en" : null;
	if (/[標題來發時間關鍵詞連結網體記處]/.test(label)) return "zh-TW";
	if (/[标题来发时间关键词链结网体记处]/.test(label)) return "zh-CN";
	return null;
}

/** Examples: a line → its properties and whether it moves (`null`: not a metadata line). */
export const METADATA_EXAMPLES: readonly {
	readonly line: string;
	readonly expected: { readonly properties: Readonly<Record<string, PropertyValue>>; readonly exact: boolean } | null;
}[] = [
	{
		line: "- **標題：** 美國在AI競賽中是否存在戰略失誤？ (Is the US making a strategic error in the AI race?)",
		expected: { properties: { title: "美國在AI競賽中是否存在戰略失誤？", aliases: ["Is the US making a strategic error in the AI race?"] }, exact: true },
	},
	{
		line: "- **來源/作者：** Financial Times (FT中文網) / John Thornhill (約翰·桑希爾)",
		expected: { properties: { outlet: "Financial Times (FT中文網)", author: ["John Thornhill", "約翰·桑希爾"] }, exact: true },
	},
	{
		line: "- **發布時間：** 2025年12月5日 14:42 (更新時間)",
		expected: { properties: { published: "2025-12-05T14:42", updated: "2025-12-05T14:42" }, exact: true },
	},
	{
		line: "- **关键词：** 芯片、出口管制、华为 (Huawei)",
		expected: { properties: { keywords: ["芯片", "出口管制", "华为 (Huawei)"] }, exact: true },
	},
	{ line: "- Published: Dec 5, 2025 (print edition)", expected: { properties: { published: "2025-12-05" }, exact: false } },
	{ line: "* Author: Jane Doe and Li Wei", expected: { properties: { author: ["Jane Doe", "Li Wei"] }, exact: true } },
	{ line: "Keywords: chips, export controls;Huawei", expected: { properties: { keywords: ["chips", "export controls;Huawei"] }, exact: true } },
	{ line: "- **Link:** https://example.org/a", expected: { properties: { source: "https://example.org/a" }, exact: true } },
	{ line: "- **Title**: Nvidia (again)", expected: { properties: { title: "Nvidia (again)" }, exact: true } },
	{ line: "- 發布時間：明天", expected: null },
	{ line: "- 文章以深圳高交會為引子：", expected: null },
	{ line: "Note: see below", expected: null },
];
