/**
 * What a web page says about itself, read from its HTML text as a pure function: `<title>`,
 * `og:*`, `article:published_time`, `<meta name="author">`, keywords and JSON-LD `NewsArticle`
 * (which wins where it speaks). Nothing is executed and no DOM is built. One unit with its examples.
 */
import { readDate } from "./dates";

/** Page metadata; a field is empty when the page does not say. */
export interface PageMetadata {
	readonly title: string;
	/** The canonical address (`og:url`, `<link rel=canonical>`), else empty. */
	readonly url: string;
	/** `og:site_name` or the JSON-LD publisher. */
	readonly outlet: string;
	readonly authors: readonly string[];
	/** As an Obsidian date & time property, or empty. */
	readonly published: string;
	readonly description: string;
	readonly keywords: readonly string[];
	/** The page's `<html lang>`, e.g. `zh-Hant`, or empty. */
	readonly lang: string;
}

/** `<meta …>` and `<link …>` tags, whatever the order of their attributes. */
const TAG = /<(meta|link)\b([^>]*)>/gi;
/** One attribute: a name, then a quoted or bare value. */
const ATTRIBUTE = /([a-zA-Z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const TITLE = /<title\b[^>]*>([\s\S]*?)<\/title>/i;
const JSON_LD = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi;
const HTML_LANG = /<html\b[^>]*\blang\s*=\s*["']?([\w-]+)/i;

/** Reads a page's metadata from its HTML. */
export function readPage(html: string): PageMetadata {
	const meta = metaTags(html);
	const ld = newsArticle(html);
	const first = (...names: string[]) => names.map((n) => meta.get(n)?.[0] ?? "").find((v) => v !== "") ?? "";
	const published = ld.published || first("article:published_time", "og:published_time", "date", "pubdate", "publishdate", "dc.date");
	const authors = ld.authors.length > 0 ? ld.authors : [...(meta.get("author") ?? []), ...(meta.get("article:author") ?? []).filter((a) => !/^https?:/.test(a))];
	return {
		title: ld.title || first("og:title", "twitter:title") || decode(TITLE.exec(html)?.[1] ?? "").trim(),
		url: first("og:url", "canonical"),
		outlet: ld.outlet || first("og:site_name", "application-name"),
		authors: unique(authors),
		published: asProperty(published),
		description: ld.description || first("og:description", "description", "twitter:description"),
		keywords: unique(ld.keywords.length > 0 ? ld.keywords : splitList(first("keywords", "news_keywords"))),
		lang: HTML_LANG.exec(html)?.[1] ?? "",
	};
}

function asProperty(date: string): string {
	const read = readDate(date);
	return read.ok ? read.value.property : "";
}

/** `property`/`name`/`rel` (lower-cased) → every `content`/`href` given for it. */
function metaTags(html: string): Map<string, string[]> {
	const found = new Map<string, string[]>();
	for (const tag of html.matchAll(TAG)) {
		const attributes = new Map<string, string>();
		for (const a of (tag[2] ?? "").matchAll(ATTRIBUTE)) attributes.set((a[1] ?? "").toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? "").trim());
		const name = (attributes.get("property") ?? attributes.get("name") ?? attributes.get("itemprop") ?? attributes.get("rel") ?? "").toLowerCase();
		const value = attributes.get("content") ?? attributes.get("href") ?? "";
		if (name && value) found.set(name, [...(found.get(name) ?? []), value]);
	}
	return found;
}

interface ArticleData {
	readonly title: string;
	readonly outlet: string;
	readonly authors: readonly string[];
	readonly published: string;
	readonly description: string;
	readonly keywords: readonly string[];
}

const ARTICLE_TYPES = new Set(["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting"]);

/** The first JSON-LD article object on the page (also inside `@graph` or an array). */
function newsArticle(html: string): ArticleData {
	for (const script of html.matchAll(JSON_LD)) {
		const article = findArticle(parseJson(script[1] ?? ""));
		if (article) return articleData(article);
	}
	return { title: "", outlet: "", authors: [], published: "", description: "", keywords: [] };
}

function findArticle(value: unknown): Record<string, unknown> | null {
	if (Array.isArray(value)) return value.map(findArticle).find((a) => a !== null) ?? null;
	if (!isRecord(value)) return null;
	const type = value["@type"];
	if ((Array.isArray(type) ? type : [type]).some((t) => typeof t === "string" && ARTICLE_TYPES.has(t))) return value;
	return findArticle(value["@graph"]);
}

function articleData(article: Record<string, unknown>): ArticleData {
	return {
		title: text(article.headline) || text(article.name),
		outlet: names(article.publisher)[0] ?? "",
		authors: names(article.author),
		published: text(article.datePublished),
		description: text(article.description),
		keywords: Array.isArray(article.keywords) ? article.keywords.map(text).filter(Boolean) : splitList(text(article.keywords)),
	};
}

/** Names from a JSON-LD person/organisation, a list of them, or plain strings. */
function names(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(names);
	if (typeof value === "string") return value.trim() ? [value.trim()] : [];
	return isRecord(value) && text(value.name) ? [text(value.name)] : [];
}

function text(value: unknown): string {
	return typeof value === "string" ? decode(value).trim() : "";
}

function parseJson(source: string): unknown {
	try {
		return JSON.parse(source.trim().replace(/^<!--|-->$/g, "")) as unknown;
	} catch {
		return null;
	}
}

function splitList(value: string): string[] {
	return value.split(/\s*[,，、;；]\s*/).map((k) => k.trim()).filter(Boolean);
}

function unique(values: readonly string[]): string[] {
	return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", "#39": "'" };

/** Decodes the character references that appear in titles and attributes. */
export function decode(value: string): string {
	return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
		if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
		if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/** Examples: HTML → the fields it gives (only those listed are checked). */
export const PAGE_EXAMPLES: readonly { readonly name: string; readonly html: string; readonly expected: Partial<PageMetadata> }[] = [
	{
		name: "Open Graph and article tags, attributes in any order",
		html: `<html lang="en"><head><title>Ignored | Site</title>
<meta content="Chips &amp; power" property="og:title">
<meta property="og:site_name" content="Example Review"/>
<meta property="article:published_time" content="2025-11-20T09:30:00+00:00">
<meta name="author" content="Jane Doe"><meta name="keywords" content="chips, power, grid">
<meta name='description' content='Why data centres need &#8220;firm&#8221; power.'>
<link rel="canonical" href="https://example.org/chips-power"></head></html>`,
		expected: {
			title: "Chips & power", outlet: "Example Review", published: "2025-11-20T09:30", authors: ["Jane Doe"],
			keywords: ["chips", "power", "grid"], description: "Why data centres need \u201cfirm\u201d power.", url: "https://example.org/chips-power", lang: "en",
		},
	},
	{
		name: "JSON-LD NewsArticle wins, inside @graph, authors as objects",
		html: `<html lang="zh-Hant"><head><meta property="og:title" content="OG title">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
{"@type":"NewsArticle","headline":"美國在AI競賽中是否存在戰略失誤？","datePublished":"2025-12-05T14:42:00+08:00",
"author":[{"@type":"Person","name":"John Thornhill"}],"publisher":{"@type":"Organization","name":"FT中文網"},"keywords":["DeepSeek","Stargate"]}]}</script></head></html>`,
		expected: { title: "美國在AI競賽中是否存在戰略失誤？", published: "2025-12-05T14:42", authors: ["John Thornhill"], outlet: "FT中文網", keywords: ["DeepSeek", "Stargate"], lang: "zh-Hant" },
	},
	{
		name: "only a <title>; broken JSON-LD ignored",
		html: `<title>  Plain &lt;page&gt; </title><script type="application/ld+json">{not json</script>`,
		expected: { title: "Plain <page>", authors: [], published: "", outlet: "" },
	},
];
