/**
 * Which language an analysis is written in: its headings and metadata labels vote first; without
 * a vote, the script of its text decides (characters that differ between Traditional and Simplified
 * Chinese, counted; little Chinese at all means English).
 */
import type { Language } from "../i18n";

/** Common characters whose Traditional and Simplified forms differ, pair by pair. */
const TRADITIONAL = "這們來時對說會國發經關開實學現門間與為車東長書義見當從點認問題過還進動體應該種樣處個將觀際戰權競術資產網";
const SIMPLIFIED = "这们来时对说会国发经关开实学现门间与为车东长书义见当从点认问题过还进动体应该种样处个将观际战权竞术资产网";

/** Detects the note's language from `votes` (headings, labels) and, failing those, its text. */
export function detectLanguage(text: string, votes: readonly (Language | null)[], fallback: Language = "en"): Language {
	const counted = new Map<Language, number>();
	for (const vote of votes) if (vote) counted.set(vote, (counted.get(vote) ?? 0) + 1);
	const chinese = (counted.get("zh-TW") ?? 0) + (counted.get("zh-CN") ?? 0);
	if (chinese > 0 && (counted.get("zh-TW") ?? 0) !== (counted.get("zh-CN") ?? 0)) return (counted.get("zh-TW") ?? 0) > (counted.get("zh-CN") ?? 0) ? "zh-TW" : "zh-CN";
	const script = scriptOf(text);
	if (script) return script;
	if ((counted.get("en") ?? 0) > 0 && chinese === 0) return "en";
	return fallback;
}

/** The language the characters say, or `null` when they do not say. */
export function scriptOf(text: string): Language | null {
	const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
	const latin = text.match(/[A-Za-z]+/g)?.length ?? 0;
	if (han === 0) return latin > 0 ? "en" : null;
	if (han < latin / 2) return "en";
	let traditional = 0;
	let simplified = 0;
	for (const char of text) {
		if (TRADITIONAL.includes(char)) traditional += 1;
		else if (SIMPLIFIED.includes(char)) simplified += 1;
	}
	if (traditional === simplified) return null;
	return traditional > simplified ? "zh-TW" : "zh-CN";
}
