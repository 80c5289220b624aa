/**
 * Common words: an alias equal to one of these (compared as the matcher compares: width, case,
 * Traditional/Simplified) is flagged `common-word` and not linked unless the user allows it
 * (the "link short and common aliases" setting, or the entity's `dossier-allow-aliases`).
 * A common word written with capitals (`Nature`, `US`) is also matched case-exactly, so when it
 * is allowed it still never links `nature` or `us`.
 *
 * Keep the list small: words that are plausible aliases in this field and frequent in analyses.
 */

/** English words that are also names of organisations, products or places. */
const ENGLISH = [
	"a", "agent", "ai", "an", "and", "bank", "chip", "chips", "cloud", "congress", "data", "fund", "group", "he",
	"house", "i", "it", "lab", "labs", "may", "me", "mission", "model", "nature", "new", "one", "open", "or", "party",
	"post", "science", "she", "state", "the", "times", "us", "we", "who", "will",
] as const;

/**
 * Names that are also ordinary English words but are linked: only when written with the name's
 * capitals (`Meta` links, `meta-analysis` does not).
 */
export const CASE_EXACT_WORDS: readonly string[] = ["apple", "gemini", "genesis", "meta", "oracle", "palantir", "stargate"];

/** Chinese words (Traditional; Simplified forms fold to them) too frequent to link by themselves. */
const CHINESE = [
	"中國", "中方", "人工智慧", "人工智能", "公司", "國家", "國防", "報告", "大學", "市場", "技術", "政府", "新聞", "晶片",
	"模型", "研究", "科技", "美國", "美方", "芯片", "計畫", "計劃",
] as const;

export const COMMON_WORDS: readonly string[] = [...ENGLISH, ...CHINESE];

/** One example of the rule: an entity with `alias`, a `text`; is the mention linked? */
export interface CommonWordExample {
	readonly alias: string;
	readonly text: string;
	/** The surface linked, or null when nothing is. */
	readonly linked: string | null;
	readonly why: string;
}

export const COMMON_WORD_EXAMPLES: readonly CommonWordExample[] = [
	{ alias: "US", text: "Tell us what the US did.", linked: null, why: "US is a common word: found, flagged, not linked" },
	{ alias: "Nature", text: "發表於 Nature 期刊", linked: null, why: "Nature is a common word; the journal's entity links by 《自然》 or Nature journal" },
	{ alias: "美國", text: "美國商務部宣布", linked: null, why: "美國 alone is too frequent to link" },
	{ alias: "美国", text: "美國商務部宣布", linked: null, why: "the Simplified form folds to the listed Traditional one" },
	{ alias: "Meta", text: "Meta 發布 Llama", linked: "Meta", why: "Meta is matched case-exactly, not flagged" },
	{ alias: "Meta", text: "a meta-analysis of meta data", linked: null, why: "lower-case meta is the word, not the company" },
	{ alias: "Nature journal", text: "the Nature journal said", linked: "Nature journal", why: "a longer name is no common word" },
	{ alias: "美國商務部", text: "美國商務部宣布", linked: "美國商務部", why: "a longer name containing a common word links" },
	{ alias: "A", text: "Plan A and model A", linked: null, why: "one character" },
	{ alias: "星", text: "星門計畫", linked: null, why: "one character" },
];
