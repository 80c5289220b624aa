import { normalize } from "../src/core/analysis";
import { parseNote } from "../src/core/parse";
import { entityNames, generateVault } from "./corpus";
import { mbPerSecond, medianMs, type Bench } from "./harness";

/** A legacy-shaped analysis (source line, metadata lines) in front of a generated body. */
function legacy(body: string, index: number): string {
	return [
		`https://example.org/story/${index}`, "", `### 新聞分析：第 ${index} 篇`, "", "#### 1. 新聞履歷 (Metadata)", "",
		`- **標題：** 第 ${index} 篇分析 (Analysis ${index})`, "- **來源/作者：** 範例媒體 / 王小明 (Wang Xiaoming)",
		"- **發布時間：** 2025年12月5日 14:42 (更新時間)", "- **關鍵詞：** DeepSeek、星門 (Stargate)、晶片", "", body,
	].join("\n");
}

/** `normalize` over legacy analyses, beside parsing the same notes (which normalize does at least twice). */
export const analysisBench: Bench = {
	name: "Analysis normalize",
	run: () => {
		const { latin, han } = entityNames(100);
		const notes = generateVault(1000, 4000, [...latin, ...han]).map((n, i) => legacy(n.text.replace(/^---[\s\S]*?---\n/, ""), i));
		const bytes = notes.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
		let sink = 0;
		const baseline = medianMs(() => {
			for (const text of notes) sink += parseNote(text).headings.length;
		}, 5);
		const run = medianMs(() => {
			for (const text of notes) {
				const result = normalize(text);
				sink += result.ok ? result.value.moved.length : 0;
			}
		}, 5);
		if (sink < 0) console.log(sink);
		return [
			{
				name: `normalize, ${notes.length} legacy notes (${(bytes / 1e6).toFixed(1)} MB)`,
				value: mbPerSecond(bytes, run),
				unit: "MB/s",
				baseline: { name: "parseNote on the same notes", value: mbPerSecond(bytes, baseline) },
			},
		];
	},
};
