// The ordinary Chinese words, made at build time from jieba's dictionary (scripts/chinese-words.mjs):
// each list, by word length (index 2–4), the words in code-unit order written end to end.
declare module "dossier:chinese-words" {
	/** Verbs (搜索, 活着); verbal nouns (投资, 升级) are among `WORDS`. */
	export const VERBS: readonly string[];
	/** Every other ordinary word: nouns, verbal nouns, adverbs, idioms. */
	export const WORDS: readonly string[];
}
