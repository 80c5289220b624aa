import { describe, expect, test } from "vitest";
import { buildMatcher, chineseVariants, findMentions, registryOf } from "../../../src/core/entities";
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
