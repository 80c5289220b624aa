/**
 * The heading-language table: what each of the four sections is called in each language, and the
 * other names researchers give them, so `normalize` recognises a section whatever its numbering or
 * language. One unit with its examples; `test/core/analysis/units.test.ts` runs them all.
 */
import type { Language } from "../i18n";
import type { SectionKind } from "./model";

interface HeadingRow {
	readonly kind: SectionKind;
	/** The heading Dossier writes, per language; Chinese headings carry the English name beside them. */
	readonly names: Readonly<Record<Language, string>>;
	/** Other names recognised, by the language they belong to (`null` when shared by both Chinese scripts). */
	readonly aliases: readonly (readonly [string, Language | null])[];
}

const ROWS: readonly HeadingRow[] = [
	{
		kind: "metadata",
		names: { en: "Metadata", "zh-TW": "新聞履歷 (Metadata)", "zh-CN": "新闻履历 (Metadata)" },
		aliases: [
			["article metadata", "en"], ["article details", "en"], ["source details", "en"],
			["元數據", "zh-TW"], ["元数据", "zh-CN"], ["基本資料", "zh-TW"], ["基本资料", "zh-CN"],
			["文章資訊", "zh-TW"], ["文章信息", "zh-CN"], ["新聞資訊", "zh-TW"], ["新闻信息", "zh-CN"],
		],
	},
	{
		kind: "summary",
		names: { en: "Executive summary", "zh-TW": "核心摘要 (Executive Summary)", "zh-CN": "核心摘要 (Executive Summary)" },
		aliases: [
			["summary", "en"], ["key points", "en"], ["tl;dr", "en"],
			["摘要", null], ["內容摘要", "zh-TW"], ["内容摘要", "zh-CN"], ["重點摘要", "zh-TW"], ["重点摘要", "zh-CN"],
		],
	},
	{
		kind: "structure",
		names: { en: "Structural analysis", "zh-TW": "深度架構分析 (Structural Analysis)", "zh-CN": "深度架构分析 (Structural Analysis)" },
		aliases: [
			["analysis", "en"], ["deep analysis", "en"], ["in-depth analysis", "en"],
			["架構分析", "zh-TW"], ["架构分析", "zh-CN"], ["結構分析", "zh-TW"], ["结构分析", "zh-CN"], ["深度分析", null],
		],
	},
	{
		kind: "questions",
		names: {
			en: "Areas for further investigation",
			"zh-TW": "潛在調查方向 (Areas for Further Investigation)",
			"zh-CN": "潜在调查方向 (Areas for Further Investigation)",
		},
		aliases: [
			["further investigation", "en"], ["open questions", "en"], ["investigation questions", "en"], ["questions", "en"],
			["調查方向", "zh-TW"], ["调查方向", "zh-CN"], ["待查問題", "zh-TW"], ["待查问题", "zh-CN"],
			["延伸調查", "zh-TW"], ["延伸调查", "zh-CN"], ["後續追蹤", "zh-TW"], ["后续追踪", "zh-CN"],
		],
	},
];

/** Every recognised name (lower-cased, spaces collapsed) → its section and language. */
const NAMES: ReadonlyMap<string, { readonly kind: SectionKind; readonly lang: Language | null }> = buildNames();

function buildNames() {
	const names = new Map<string, { kind: SectionKind; lang: Language | null }>();
	for (const row of ROWS) {
		const [english] = row.names.en.split(" (");
		names.set(key(english ?? row.names.en), { kind: row.kind, lang: "en" });
		for (const lang of ["zh-TW", "zh-CN"] as const) {
			const main = key(row.names[lang].split(" (")[0] ?? "");
			names.set(main, { kind: row.kind, lang: names.get(main)?.lang === (lang === "zh-TW" ? "zh-CN" : "zh-TW") ? null : lang });
		}
		for (const [alias, lang] of row.aliases) names.set(key(alias), { kind: row.kind, lang });
	}
	return names;
}

/** The heading Dossier writes for `kind` in `lang`, with `number` in front when given (`2. 核心摘要 …`). */
export function headingText(kind: SectionKind, lang: Language, number?: number): string {
	const row = ROWS.find((r) => r.kind === kind);
	const name = row ? row.names[lang] : kind;
	return number === undefined ? name : `${number}. ${name}`;
}

/** What a heading names: one of the four sections (and its language, when the name tells), or nothing. */
export interface RecognisedHeading {
	readonly kind: SectionKind;
	/** The language of the heading's main name; `null` for English-only or script-neutral names in a Chinese note. */
	readonly lang: Language | null;
}

/** Leading numbering: `1.`, `1、`, `(1)`, `一、`, `IV.`, `A.`, `Part 2:`, `第一部分`. */
const NUMBERING = new RegExp(
	"^(?:" +
		[
			"\\(?\\d{1,2}[.、):：]?", // 1.  1、  (1)  1)
			"[一二三四五六七八九十]{1,3}[、.．]", // 一、
			"第[一二三四五六七八九十\\d]{1,3}[部章節节]分?[:：、]?", // 第一部分
			"[IVX]{1,4}\\.", // IV.
			"[A-D]\\.", // A.
			"part\\s+\\d+[.:]?", // Part 2:
		].join("|") +
		")\\s*",
	"i",
);
/** A parenthesised part, half- or full-width: `(Metadata)`, `（Metadata）`. */
const PARENTHESISED = /[(（]([^()（）]*)[)）]/g;

/** Recognises a heading's text (as `Heading.heading` reports it), or returns `null`. */
export function recogniseHeading(text: string): RecognisedHeading | null {
	const bare = text.replace(/\*\*|__/g, "").trim().replace(NUMBERING, "");
	const main = key(bare.replace(PARENTHESISED, " "));
	const found = NAMES.get(main);
	if (found) return { kind: found.kind, lang: found.lang };
	for (const match of bare.matchAll(PARENTHESISED)) {
		const inside = NAMES.get(key(match[1] ?? ""));
		if (inside) return { kind: inside.kind, lang: main === "" || isLatin(main) ? inside.lang : null };
	}
	return null;
}

function key(name: string): string {
	return name.toLowerCase().replace(/[:：]\s*$/, "").replace(/\s+/g, " ").trim();
}

function isLatin(text: string): boolean {
	return /^[\p{Script=Latin}\d\s\p{P}]*$/u.test(text);
}

/** Examples: heading text → what it names (`null`: not a section of an analysis). */
export const HEADING_EXAMPLES: readonly { readonly heading: string; readonly kind: SectionKind | null; readonly lang?: Language | null }[] = [
	{ heading: "1. 新聞履歷 (Metadata)", kind: "metadata", lang: "zh-TW" },
	{ heading: "2. 核心摘要 (Executive Summary)", kind: "summary", lang: null },
	{ heading: "3. 深度架構分析 (Structural Analysis)", kind: "structure", lang: "zh-TW" },
	{ heading: "4. 潛在調查方向 (Areas for Further Investigation)", kind: "questions", lang: "zh-TW" },
	{ heading: "一、新闻履历", kind: "metadata", lang: "zh-CN" },
	{ heading: "三、深度架构分析（Structural Analysis）", kind: "structure", lang: "zh-CN" },
	{ heading: "Executive summary", kind: "summary", lang: "en" },
	{ heading: "II. Structural Analysis", kind: "structure", lang: "en" },
	{ heading: "Part 4: Open questions", kind: "questions", lang: "en" },
	{ heading: "**Metadata**", kind: "metadata", lang: "en" },
	{ heading: "待查問題：", kind: "questions", lang: "zh-TW" },
	{ heading: "背景 (Summary)", kind: "summary", lang: null },
	{ heading: "新聞分析：美國在 AI 競賽中是否存在戰略失誤？", kind: null },
	{ heading: "Summary of the hearing", kind: null },
	{ heading: "Clipped article", kind: null },
];
