/**
 * The matching rules, each with its example: entities (name and aliases), a text, and the
 * mentions expected (`surface→entity`, in text order; `!flag` marks a flagged mention).
 * One test loop (`test/core/entities/matcher.test.ts`) runs every example.
 */

export interface MatchExample {
	readonly rule: string;
	/** `Name: alias, alias` per entity. */
	readonly entities: readonly string[];
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
];
