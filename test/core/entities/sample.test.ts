// Issue #4, "Done when": the real sample note with the starter entities.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { applyPlan, findMentions, planLinks, type LinkPolicy } from "../../../src/core/entities";
import { parseNote } from "../../../src/core/parse";
import { sharedPath } from "../parse/shared";
import { matcherOf, starterRegistry } from "./support";

const sample = sharedPath("samples/us-ai-race-analysis.zh-TW.md");
const policy: LinkPolicy = { mentions: "first", skipHeadings: true, style: "wikilink", notePath: "Analyses/us-ai-race-analysis.zh-TW.md" };

/** Entity → the surface its first mention has in the sample. */
const EXPECTED: Readonly<Record<string, string>> = {
	DeepSeek: "DeepSeek",
	Qwen: "Qwen",
	Alibaba: "阿里巴巴",
	OpenAI: "OpenAI",
	Google: "Google",
	Stargate: "星門",
	"Genesis Mission": "創世計畫",
	ASPI: "澳洲戰略政策研究所",
	Airbnb: "Airbnb",
	"Hugging Face": "Hugging Face",
	MIT: "麻省理工",
	"Harvard University": "哈佛大學",
};

describe.skipIf(!sample.exists)("the sample analysis with the starter entities (issue #4)", () => {
	const text = sample.exists ? readFileSync(sample.path, "utf8") : "";
	const matcher = matcherOf(starterRegistry());
	const parsed = parseNote(text);
	const plan = planLinks(text, parsed, matcher, policy);
	const linked = applyPlan(text, plan);

	test("links each expected entity once, at its first mention, showing the text as written", () => {
		const byEntity = new Map(plan.edits.map((e) => [e.entity, e]));
		for (const [entity, surface] of Object.entries(EXPECTED)) {
			const edit = byEntity.get(entity);
			expect(edit, entity).toBeDefined();
			expect(edit!.surface).toBe(surface);
			const mentions = findMentions(matcher, text).filter((m) => m.entity === entity);
			expect(edit!.offset).toBe(mentions[0]!.from);
			expect(edit!.offset).toBe(text.indexOf(surface));
			expect(plan.edits.filter((e) => e.entity === entity)).toHaveLength(1);
		}
		expect(linked).toContain("[[Stargate|星門]] (Stargate)");
		expect(linked).toContain("[[Genesis Mission|創世計畫]] (Genesis Mission)");
		expect(linked).toContain("[[ASPI|澳洲戰略政策研究所]] (ASPI)");
		expect(linked).toContain("[[DeepSeek]]、");
	});

	test("nothing in the URL line or any protected range changes", () => {
		const firstLine = text.slice(0, text.indexOf("\n"));
		expect(firstLine).toMatch(/^https:\/\//);
		expect(linked.startsWith(`${firstLine}\n`)).toBe(true);
		for (const edit of plan.edits) {
			for (const range of parsed.protectedRanges) expect(edit.offset + edit.length <= range.from || edit.offset >= range.to, `${edit.surface} in ${range.kind}`).toBe(true);
		}
	});

	test("a second run changes nothing", () => {
		const again = planLinks(linked, parseNote(linked), matcher, policy);
		expect(again.edits).toEqual([]);
		expect(applyPlan(linked, again)).toBe(linked);
	});
});
