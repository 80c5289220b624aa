import { describe, expect, test } from "vitest";
import { buildMatcher, chineseVariants, findMentions, matcherBuild, registryOf } from "../../../src/core/entities";
import { entity } from "./support";
import { COMMON_WORD_EXAMPLES } from "../../../src/core/entities/common-words";
import { MATCH_EXAMPLES } from "../../../src/core/entities/match-examples";


describe("matching rules (issue #4)", () => {
	for (const example of MATCH_EXAMPLES) {
		test(example.rule, () => {
			const matcher = buildMatcher(registryOf(example.entities.map((s) => entity(s))), example.variants ? { allowFlagged: false, variants: chineseVariants() } : { allowFlagged: false });
			const found = findMentions(matcher, example.text, example.note).map((m) => `${m.surface}→${m.entity}${m.target ? `@${m.target}` : ""}${m.flag ? `!${m.flag}` : ""}`);
			expect(found).toEqual(example.expected);
			for (const m of findMentions(matcher, example.text)) expect(example.text.slice(m.from, m.to)).toBe(m.surface);
		});
	}
});

describe("common words (issue #4)", () => {
	for (const example of COMMON_WORD_EXAMPLES) {
		test(`${example.alias} in "${example.text}": ${example.why}`, () => {
			const matcher = buildMatcher(registryOf([entity(`Entity: ${example.alias}`)]), { allowFlagged: false, variants: chineseVariants() });
			const linked = findMentions(matcher, example.text).filter((m) => !m.flag).map((m) => m.surface);
			expect(linked).toEqual(example.linked === null ? [] : [example.linked]);
		});
	}
});

describe("the matcher built a step at a time", () => {
	test("pauses every few hundred names, and builds the matcher buildMatcher builds", () => {
		const registry = registryOf(Array.from({ length: 600 }, (_, i) => entity(`Company ${i}: 公司${i}號`)));
		const steps = matcherBuild(registry, { allowFlagged: false, variants: chineseVariants() });
		let pauses = 0;
		let step = steps.next();
		for (; !step.done; step = steps.next()) pauses++;
		expect(pauses).toBeGreaterThan(1200 / 256);
		const text = "公司12號 and Company 599, not Company 600";
		const whole = buildMatcher(registry, { allowFlagged: false, variants: chineseVariants() });
		expect(findMentions(step.value, text)).toEqual(findMentions(whole, text));
		expect(findMentions(step.value, text).map((m) => m.entity)).toEqual(["Company 12", "Company 599"]);
	});
});
