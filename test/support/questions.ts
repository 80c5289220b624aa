/**
 * Builders for question tests: analysis notes in the normalized shape (frontmatter, numbered
 * sections, questions with continuation paragraphs) written for these tests, and the shared sample.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The real sample note beside the repository, when it is there. */
export const SAMPLE = (() => {
	const file = path.resolve(repoRoot, "../shared/samples/us-ai-race-analysis.zh-TW.md");
	const exists = existsSync(file);
	return { file, exists, text: exists ? readFileSync(file, "utf8") : "", skip: `skipped: ${file} is absent` };
})();

/** The four titles the sample's investigation section lists (issue #5, Done when). */
export const SAMPLE_TITLES = ["Hugging Face 的下載量與微調數據", "企業端的「影子 AI」(Shadow AI) 採購", "邊緣運算 (Edge AI) 的戰場", "「創世計畫」的執行效率"];

export interface AnalysisSpec {
	readonly title?: string;
	readonly outlet?: string;
	readonly published?: string;
	readonly keywords?: readonly string[];
	readonly heading?: string;
	/** Each question: its first line (after the marker) and its detail paragraph. */
	readonly questions: readonly (readonly [string, string])[];
	/** Extra frontmatter lines. */
	readonly extra?: readonly string[];
}

/** An analysis note in the shape `normalize` produces (our own writing). */
export function analysis(spec: AnalysisSpec): string {
	const front = [
		"---",
		"type: analysis",
		`title: "${spec.title ?? "晶片出口管制仍然有效嗎？"}"`,
		`outlet: ${spec.outlet ?? "Example Policy Review"}`,
		`published: ${spec.published ?? "2025-11-20T09:30"}`,
		"keywords:",
		...(spec.keywords ?? ["export controls"]).map((k) => `  - ${k}`),
		...(spec.extra ?? []),
		"---",
	];
	const body = ["", "# 晶片出口管制", "", "#### 1. 新聞履歷 (Metadata)", "", "- **標題：** 晶片出口管制", "", "#### 2. 核心摘要 (Executive Summary)", "", "摘要段落。", ""];
	// The detail is indented to the item's content column, as continuation paragraphs must be.
	const questions = spec.questions.flatMap(([first, detail], i) => [`${i + 1}. ${first}`, "", `${" ".repeat(String(i + 1).length + 2)}${detail}`, ""]);
	return [...front, ...body, `#### ${spec.heading ?? "4. 潛在調查方向 (Areas for Further Investigation)"}`, "", ...questions].join("\n");
}
