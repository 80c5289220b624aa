// The ordinary Chinese words the matcher knows (`dossier:chinese-words`, read by
// src/core/entities/common-words.ts), made at build time from jieba's dictionary as the
// @node-rs/jieba package ships it (MIT): each line `word frequency part-of-speech`. Kept: words of
// two to four Han characters seen at least MIN_FREQUENCY times, except proper nouns (people,
// places, organisations, other names and abbreviations of them: 澳洲, 華為, 歐盟 stay names).
// Two lists: verbs (搜索, 活著, 對手 as jieba reads them: hardly a name, even a note's) and every
// other word (nouns, verbal nouns, adverbs, idioms…). Each list is, by word length, the words
// sorted and written end to end, so a look-up is a binary search and loading builds nothing.
// esbuild (esbuild.config.mjs) and vitest (vitest.config.ts) serve the module with the plugins below.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const MODULE = "dossier:chinese-words";
const MIN_FREQUENCY = 20;
const PROPER = new Set(["nr", "nrt", "nrfg", "ns", "nt", "nz", "j"]);
/** Verbs proper: a verbal noun (`vn`: 投資, 監管, 升級) names a concept as well as an act. */
const VERB = /^v$/;
/** Two to four Han characters of the Basic Multilingual Plane: one code unit each. */
const WORD = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,4}$/;

/** The module's source: `VERBS` and `WORDS`, each by length (index 2–4) the sorted words end to end. */
export function chineseWordsSource() {
	const dictionary = createRequire(import.meta.url).resolve("@node-rs/jieba/dict.txt");
	const seen = new Set();
	const verbs = [];
	const words = [];
	for (const line of readFileSync(dictionary, "utf8").split("\n")) {
		const [word, frequency, tag] = line.trim().split(" ");
		if (!word || seen.has(word)) continue;
		seen.add(word);
		if (!WORD.test(word) || Number(frequency) < MIN_FREQUENCY || PROPER.has(tag)) continue;
		(VERB.test(tag) ? verbs : words).push(word);
	}
	const list = (name, listed) => `export const ${name} = ${JSON.stringify(byLength(listed))};\n`;
	return list("VERBS", verbs) + list("WORDS", words);
}

function byLength(words) {
	const out = ["", "", "", "", ""];
	for (const length of [2, 3, 4]) out[length] = words.filter((w) => w.length === length).sort().join("");
	return out;
}

/** For esbuild's `plugins`. */
export const esbuildChineseWords = {
	name: "chinese-words",
	setup(build) {
		build.onResolve({ filter: /^dossier:chinese-words$/ }, () => ({ path: MODULE, namespace: "dossier" }));
		build.onLoad({ filter: /.*/, namespace: "dossier" }, () => ({ contents: chineseWordsSource(), loader: "js" }));
	},
};

/** For vite's (vitest's) `plugins`. */
export const viteChineseWords = {
	name: "chinese-words",
	resolveId: (id) => (id === MODULE ? `\0${MODULE}` : null),
	load: (id) => (id === `\0${MODULE}` ? chineseWordsSource() : null),
};
