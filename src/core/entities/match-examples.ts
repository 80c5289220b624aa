/**
 * The matching rules, each with its example: entities (name and aliases), a text, and the
 * mentions expected (`surface→entity`, in text order; `!flag` marks a flagged mention, `@path`
 * the link target when the note name alone is not unique).
 * One test loop (`test/core/entities/matcher.test.ts`) runs every example.
 */

export interface MatchExample {
	readonly rule: string;
	/** `Name: alias, alias` per entity; `folder/Name: …` for a note in a folder (else `Entities/`). */
	readonly entities: readonly string[];
	/** The path of the note the text is from, where it chooses among notes of one name. */
	readonly note?: string;
	readonly text: string;
	readonly expected: readonly string[];
	/** Match Traditional/Simplified variants. */
	readonly variants?: boolean;
}

export const MATCH_EXAMPLES: readonly MatchExample[] = [
	{ rule: "Latin name between Han characters", entities: ["DeepSeek: 深度求索"], text: "由DeepSeek開發", expected: ["DeepSeek→DeepSeek"] },
	{ rule: "Latin name inside a longer word is no mention", entities: ["ASPI"], text: "ASPIRE and ASPI", expected: ["ASPI→ASPI"] },
	{ rule: "a domain is no mention", entities: ["DeepSeek"], text: "see deepseek.com or api.deepseek.com, then DeepSeek.", expected: ["DeepSeek→DeepSeek"] },
	{ rule: "nothing after an address in the same run of text", entities: ["Australia: 澳洲"], text: "https://x.com/a澳洲 (www.a澳洲) 澳洲", expected: ["澳洲→Australia"] },
	{ rule: "www. after a letter starts no address", entities: ["Australia: 澳洲"], text: "awww.澳洲", expected: ["澳洲→Australia"] },
	{ rule: "a handle is no mention", entities: ["OpenAI"], text: "@OpenAI wrote; OpenAI said", expected: ["OpenAI→OpenAI"] },
	{ rule: "CJK names match inside running text", entities: ["ASPI: 澳洲戰略政策研究所"], text: "根據澳洲戰略政策研究所的報告", expected: ["澳洲戰略政策研究所→ASPI"] },
	{ rule: "leftmost-longest: the longer name wins", entities: ["ASPI: 澳洲戰略政策研究所", "Australia: 澳洲"], text: "澳洲戰略政策研究所與澳洲", expected: ["澳洲戰略政策研究所→ASPI", "澳洲→Australia"] },
	{ rule: "a match cutting through a longer known name never wins", entities: ["United States: 美國", "Department of Defense: 國防部"], text: "美國防部", expected: ["國防部→Department of Defense"] },
	{ rule: "full-width forms are matched, the surface kept", entities: ["ASPI"], text: "ＡＳＰＩ的報告", expected: ["ＡＳＰＩ→ASPI"] },
	{ rule: "case is folded for ordinary names", entities: ["DeepSeek"], text: "deepseek 與 DEEPSEEK", expected: ["deepseek→DeepSeek", "DEEPSEEK→DeepSeek"] },
	{ rule: "acronyms are case-exact", entities: ["MIT"], text: "mit and Mit and MIT", expected: ["MIT→MIT"] },
	{ rule: "an all-caps alias never matches the lower-case word", entities: ["United States: US"], text: "tell us; the US said", expected: ["US→United States!common-word"] },
	{ rule: "Traditional name finds Simplified text", entities: ["Genesis Mission: 創世計畫"], text: "美国的创世计划", expected: ["创世计划→Genesis Mission"], variants: true },
	{ rule: "Simplified name finds Traditional text", entities: ["Stargate: 星门"], text: "美國的星門計畫", expected: ["星門→Stargate"], variants: true },
	{ rule: "without the variants setting, scripts differ", entities: ["Stargate: 星门"], text: "美國的星門計畫", expected: [] },
	{ rule: "one-character aliases are flagged", entities: ["Huawei: 華"], text: "華為與華", expected: ["華→Huawei!single-character", "華→Huawei!single-character"] },
	{ rule: "a name shared by two entities is flagged", entities: ["Nvidia: NV", "Novavax: NV"], text: "NV rose", expected: ["NV→Novavax!shared"] },
	{ rule: "mixed-script names", entities: ["Financial Times: FT中文網"], text: "據FT中文網報導", expected: ["FT中文網→Financial Times"] },
	{ rule: "a name before a sentence's full stop", entities: ["Hugging Face"], text: "Models are on Hugging Face.", expected: ["Hugging Face→Hugging Face"] },
	{ rule: "a hyphenated word keeps its parts", entities: ["Qwen: 千問"], text: "Qwen-7B 與千問", expected: ["Qwen→Qwen", "千問→Qwen"] },

	// Ordinary words that name things (issue 10): a name is only where it is written as the name.
	{ rule: "an ordinary word in lower case is found, not linked", entities: ["Target: TGT"], text: "the price target rose; Target rose", expected: ["target→Target!lower-case", "Target→Target"] },
	{ rule: "an ordinary word at a sentence's start is doubtful", entities: ["Target"], text: "Target prices rose. Shares of Target fell.", expected: ["Target→Target!sentence-start", "Target→Target"] },
	{ rule: "a list item's or a table cell's first word is a label, not a sentence's start", entities: ["Defense"], text: "- Defense: budgets\n| Defense | up |", expected: ["Defense→Defense", "Defense→Defense"] },
	{ rule: "a name of several ordinary words links only with its capitals", entities: ["Related Companies: Related"], text: "related companies and Related Companies", expected: ["related companies→Related Companies!lower-case", "Related Companies→Related Companies"] },
	{ rule: "an ordinary word's hyphenated compound is no mention", entities: ["Battery Ventures: Battery"], text: "the Battery-storage deals; Battery invested", expected: ["Battery→Battery Ventures!part-of-name", "Battery→Battery Ventures"] },
	{ rule: "a name that is no ordinary word keeps case folded", entities: ["DeepSeek"], text: "deepseek at a sentence's start. DeepSeek", expected: ["deepseek→DeepSeek", "DeepSeek→DeepSeek"] },
	{ rule: "a capitalised name inside a longer capitalised name is doubtful", entities: ["United States: America"], text: "in Latin America and America", expected: ["America→United States!part-of-name", "America→United States"] },
	{ rule: "a word starting a sentence before the name leaves it whole", entities: ["Nvidia"], text: "Yesterday Nvidia rose.", expected: ["Nvidia→Nvidia"] },

	// Ordinary Chinese words (issue 10): no capitals tell the name from the word, so the dictionary does.
	{ rule: "a Chinese alias that is an ordinary word is found, not linked", entities: ["特工: 工作"], text: "讀研以及工作前幾年，看了特工", expected: ["工作→特工!common-word", "特工→特工"] },
	{ rule: "an ordinary word is one in either script", entities: ["網絡謎蹤: 搜尋"], text: "全局搜寻都搜不到", expected: ["搜寻→網絡謎蹤!common-word"], variants: true },
	{ rule: "a Chinese alias of a note with a Latin name is its name in Chinese, word or not", entities: ["Baidu: 百度", "AMD: 超微", "Lenovo: 聯想"], text: "百度、超微與聯想", expected: ["百度→Baidu", "超微→AMD", "聯想→Lenovo"] },
	{ rule: "an ordinary noun aliasing a note with a Chinese name is the word", entities: ["心靈奇旅: 靈魂"], text: "他的靈魂", expected: ["靈魂→心靈奇旅!common-word"] },
	{ rule: "a note named by an ordinary verb is doubtful where it is mentioned", entities: ["活著", "對手"], text: "他還活著，對手也活著", expected: ["活著→活著!ordinary-verb", "對手→對手!ordinary-verb", "活著→活著!ordinary-verb"] },
	{ rule: "a note named by a noun or a verbal noun is linked by its name", entities: ["電話", "三體", "出口管制", "監管"], text: "有電話了，讀三體；出口管制與監管", expected: ["電話→電話", "三體→三體", "出口管制→出口管制", "監管→監管"] },
	{ rule: "a proper noun the dictionary knows stays a name", entities: ["European Union: 歐盟", "Huawei: 華為"], text: "歐盟調查華為", expected: ["歐盟→European Union", "華為→Huawei"] },

	// Abbreviations, numbers and dates (issue 10).
	{ rule: "a two-letter alias is doubtful", entities: ["HQ Trivia: HQ", "Home Depot: HD"], text: "HQ moved; HD video", expected: ["HQ→HQ Trivia!short", "HD→Home Depot!short"] },
	{ rule: "a two-letter note name is not", entities: ["EU"], text: "EU rules", expected: ["EU→EU"] },
	{ rule: "a short name with capitals is case-exact", entities: ["Bank of England: BoE", "Cobalt: Co"], text: "barrels of boe; the BoE; co-founder; Co", expected: ["BoE→Bank of England", "Co→Cobalt!short"] },
	{ rule: "an alias of digits, a number or a code, is doubtful", entities: ["Tencent: 700", "10x Genomics: 10x"], text: "700 shares, 10x faster", expected: ["700→Tencent!number", "10x→10x Genomics!number"] },
	{ rule: "a note named by a date is linked by its name", entities: ["2026-01-17"], text: "Met on 2026-01-17.", expected: ["2026-01-17→2026-01-17"] },
	{ rule: "a three-capital alias is doubtful, a three-capital note name is not", entities: ["GirlsDoPorn: GDP", "BIS"], text: "GDP grew; BIS rules", expected: ["GDP→GirlsDoPorn!short", "BIS→BIS"] },

	// One name, several notes (issue 10): resolved as Obsidian resolves a link.
	{ rule: "a note's own name outranks another note's alias", entities: ["Google", "Alphabet: Google, GOOGL"], text: "Google and GOOGL", expected: ["Google→Google", "GOOGL→Alphabet"] },
	{ rule: "a name written in the text's case outranks one matched case aside", entities: ["EU: European Union", "Europium: Eu"], text: "the EU and Eu", expected: ["EU→EU", "Eu→Europium!short"] },
	{ rule: "an exact-case alias outranks a case-folded note name", entities: ["Gold", "Barrick Gold: GOLD"], text: "GOLD fell with Gold", expected: ["GOLD→Barrick Gold", "Gold→Gold"] },
	{ rule: "two aliases with nothing between them stay shared", entities: ["Nvidia: NV", "Novavax: NV"], text: "NV rose", expected: ["NV→Novavax!shared"] },
	{ rule: "of notes with one name, the one nearest the linking note, by its path", entities: ["en/Plugins/Canvas", "es/Plugins/Canvas"], note: "es/Guides/Intro.md", text: "see Canvas", expected: ["Canvas→Canvas@es/Plugins/Canvas"] },
	{ rule: "the nearest is the one in the linking note's own folder", entities: ["en/Canvas", "es/Canvas"], note: "en/Start.md", text: "see Canvas", expected: ["Canvas→Canvas@en/Canvas"] },
	{ rule: "with no folder in common, the shallowest", entities: ["Archive/Old/Meridian", "Firms/Meridian"], note: "Notes/Today.md", text: "see Meridian", expected: ["Meridian→Meridian@Firms/Meridian"] },
];
