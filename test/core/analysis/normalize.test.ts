// normalize on the sample and on notes of our own writing: exact properties, no line lost,
// idempotent (issue 3, "Done when").
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize, readDate } from "../../../src/core/analysis";
import { parseNote } from "../../../src/core/parse";
import { ENGLISH, SIMPLIFIED } from "./legacy-notes";

const SAMPLE = path.resolve(__dirname, "../../../../shared/samples/us-ai-race-analysis.zh-TW.md");
const hasSample = existsSync(SAMPLE);

function run(text: string) {
	const result = normalize(text);
	if (!result.ok) throw new Error(result.error.kind);
	return result.value;
}

/** The note's properties, parsed from its output text. */
function properties(text: string): Record<string, unknown> {
	return { ...parseNote(text).frontmatter };
}

/** Every non-empty input line not moved is in the output body, in order. */
function expectLinesKept(input: string, output: string, moved: readonly number[]) {
	const kept = input.split("\n").filter((line, i) => line.trim() !== "" && !moved.includes(i));
	const body = output.split("\n");
	let at = 0;
	for (const line of kept) {
		const found = body.indexOf(line, at);
		expect(found, `line lost or out of order: ${line}`).toBeGreaterThanOrEqual(0);
		at = found + 1;
	}
}

/** Each moved line's values, once the label is taken off, are all found in the properties (dates as dates). */
function expectMovedReproduced(input: string, moved: readonly number[], props: Record<string, unknown>) {
	const values = JSON.stringify(props);
	for (const index of moved) {
		const line = input.split("\n")[index] ?? "";
		const value = line.replace(/^\s*(?:[-*]\s*)?(?:\*\*[^*]+\*\*|[^:：]+[:：](?!\/\/))\s*/, "");
		const date = readDate(value.replace(/\s*[(（][^)）]*[)）]$/, ""));
		if (date.ok) {
			expect(props.published).toBe(date.value.property);
			continue;
		}
		const pieces = value.split(/\s*(?:[/／、,()（）]|\sand\s)\s*/).map((p) => p.trim()).filter((p) => p !== "" && !p.startsWith("http"));
		for (const piece of pieces) expect(values, `${piece} (from line ${index + 1}) not in properties`).toContain(piece);
		if (value.startsWith("http")) expect(props.source).toBe(value);
	}
}

describe.skipIf(!hasSample)("normalize on the sample (skipped: ../shared/samples is absent)", () => {
	const input = hasSample ? readFileSync(SAMPLE, "utf8") : "";

	it("gives exactly the issue's properties", () => {
		const props = properties(run(input).text);
		expect(props).toMatchObject({
			type: "analysis",
			title: "美國在AI競賽中是否存在戰略失誤？",
			outlet: "Financial Times (FT中文網)",
			published: "2025-12-05T14:42",
			source: "https://big5.ftchinese.com/story/001108363",
			lang: "zh-TW",
			keywords: ["DeepSeek", "封閉權重 vs 開放權重", "創世計畫 (Genesis Mission)", "星門 (Stargate)", "Airbnb 採用案例", "澳洲戰略政策研究所 (ASPI)"],
		});
		expect(props.author).toEqual(["John Thornhill", "約翰·桑希爾"]);
		expect(props.aliases).toEqual(["Is the US making a strategic error in the AI race?"]);
		expect(props.updated).toBe("2025-12-05T14:42");
	});

	it("loses no line: every non-empty line stays, in order, except the moved ones, which the properties reproduce", () => {
		const out = run(input);
		expect(out.moved).toHaveLength(5);
		expectLinesKept(input, out.text, out.moved);
		expectMovedReproduced(input, out.moved, properties(out.text));
	});

	it("is idempotent and finds all four sections", () => {
		const once = run(input);
		expect(once.inserted).toEqual([]);
		const twice = run(once.text);
		expect(twice.text).toBe(once.text);
		expect(twice.changes).toEqual([]);
	});
});

describe.each([
	{ name: "English", input: ENGLISH, lang: "en", expected: { title: "Do chip export controls still bind?", outlet: "Example Policy Review", author: ["Jane Doe", "Li Wei"], published: "2025-11-20T09:30", keywords: ["export controls", "Huawei", "SMIC", "DeepSeek"], source: "https://example.org/2025/11/20/chip-export-controls" } },
	{ name: "Simplified Chinese", input: SIMPLIFIED, lang: "zh-CN", expected: { title: "创世计划能否追上中国的科研量产？", outlet: "示例科技评论", author: ["李雷", "Li Lei", "韩梅梅", "Han Meimei"], published: "2025-11-28T09:15", keywords: ["创世计划 (Genesis Mission)", "国家实验室", "澳洲战略政策研究所 (ASPI)", "高被引论文"], source: "https://example.cn/news/2025/genesis-mission" } },
])("normalize on a note in $name", ({ input, lang, expected }) => {
	it("moves the metadata into properties", () => {
		const out = run(input);
		expect(properties(out.text)).toMatchObject({ ...expected, type: "analysis", lang });
		expect(out.moved).toHaveLength(5);
	});

	it("loses no line and is idempotent", () => {
		const out = run(input);
		expectLinesKept(input, out.text, out.moved);
		expectMovedReproduced(input, out.moved, properties(out.text));
		expect(run(out.text).text).toBe(out.text);
	});
});

describe("normalize keeps what the user wrote", () => {
	it("never reorders, drops or overwrites existing properties; a conflicting line stays in the body", () => {
		const input = `---\nstatus: draft # mine\ntitle: My own title\nkeywords: [chips]\n---\n\n## Metadata\n\n- Title: Another title\n- Keywords: chips, power\n`;
		const out = run(input);
		expect(out.text).toContain("status: draft # mine\ntitle: My own title\n");
		expect(out.conflicts).toEqual(["title"]);
		expect(out.text).toContain("- Title: Another title");
		expect(out.text).not.toContain("- Keywords: chips, power");
		expect(properties(out.text).keywords).toEqual(["chips", "power"]);
	});

	it("adds the sections a note lacks, in order, in its language", () => {
		const out = run("# 筆記\n\n## 2. 核心摘要 (Executive Summary)\n\n這篇文章討論晶片出口管制與國家實驗室。\n");
		expect(out.inserted).toEqual(["metadata", "structure", "questions"]);
		expect(out.text).toContain("## 1. 新聞履歷 (Metadata)\n\n## 2. 核心摘要");
		expect(out.text).toMatch(/## 3\. 深度架構分析 \(Structural Analysis\)\n\n## 4\. 潛在調查方向/);
	});

	it("reports malformed properties as an error and changes nothing", () => {
		const result = normalize("---\ntitle: [unclosed\n---\n\n## Metadata\n");
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.kind).toBe("bad-frontmatter");
	});
});

/** Notes built from pieces of analyses: headings in any language, metadata lines, prose, lists, code. */
const piece = fc.constantFrom(
	"## 1. 新聞履歷 (Metadata)", "## Metadata", "#### 二、核心摘要", "## Structural analysis", "## 4. 潜在调查方向",
	"- **標題：** 晶片戰爭 (Chip War)", "- Title: Chips", "- **來源/作者：** 範例 / 王小明", "- Published: Dec 5, 2025",
	"- **发布时间：** 2025年12月5日 14:42 (更新时间)", "- **關鍵詞：** 晶片、電力", "- Keywords: a, b", "https://example.org/x",
	"Prose line 文字。", "1. A question:", "    Its paragraph.", "```", "- Title: inside code?", "---", "", "    ",
);
const note = fc.array(piece, { maxLength: 30 }).map((lines) => lines.join("\n"));

describe("normalize, for any note", () => {
	it("keeps every non-empty line that is not moved, and a second run changes nothing", () => {
		fc.assert(
			fc.property(note, (input) => {
				const once = normalize(input);
				if (!once.ok) return;
				expectLinesKept(input, once.value.text, once.value.moved);
				const twice = normalize(once.value.text);
				expect(twice.ok && twice.value.text).toBe(once.value.text);
			}),
			{ numRuns: 300 },
		);
	});
});
