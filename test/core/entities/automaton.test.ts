// Issue #4, performance work kept honest: the double-array automaton finds exactly what a naive
// search finds, for any set of patterns, sharing prefixes and suffixes.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { buildAutomaton } from "../../../src/core/entities/automaton";
import { foldString, foldTables, isWordCode } from "../../../src/core/entities/normalize";

const { loose } = foldTables();

/** Every `(end, pattern id)` of every pattern in the folded text, by `indexOf`, sorted. */
function naive(patterns: readonly string[], text: string): string[] {
	const folded = foldString(text, loose);
	const hits: string[] = [];
	patterns.forEach((pattern, id) => {
		for (let at = folded.indexOf(pattern); at >= 0; at = folded.indexOf(pattern, at + 1)) hits.push(`${at + pattern.length}:${id}`);
	});
	return hits.sort();
}

/** `naive`, keeping only the hits that cut no word: a pattern's first (last) word unit has no word unit before (after) it in the text. */
function naiveOnBoundaries(patterns: readonly string[], text: string): string[] {
	const folded = foldString(text, loose);
	return naive(patterns, text).filter((hit) => {
		const [end, id] = hit.split(":").map(Number) as [number, number];
		const start = end - patterns[id]!.length;
		const pattern = patterns[id]!;
		const startOk = !isWordCode(pattern.charCodeAt(0)) || start === 0 || !isWordCode(folded.charCodeAt(start - 1));
		const endOk = !isWordCode(pattern.charCodeAt(pattern.length - 1)) || end === folded.length || !isWordCode(folded.charCodeAt(end));
		return startOk && endOk;
	});
}

function scanned(patterns: readonly string[], text: string, isWord?: (unit: number) => boolean): string[] {
	const { ends, patterns: ids } = buildAutomaton(patterns, loose, isWord).scan(text);
	return ends.map((end, i) => `${end}:${ids[i]}`).sort();
}

// A small alphabet (with a case pair and CJK units) so patterns overlap, nest and share prefixes.
const unit = fc.constantFrom("a", "b", "c", "A", "星", "門", "澳", " ", "-");
const word = fc.array(unit, { minLength: 1, maxLength: 6 }).map((units) => foldString(units.join(""), loose));
const patterns = fc.uniqueArray(word, { minLength: 1, maxLength: 40 });
const text = fc.array(fc.oneof(unit, fc.constantFrom("x", "。", "Ｂ")), { maxLength: 80 }).map((units) => units.join(""));

describe("the automaton (issue #4)", () => {
	test("finds every occurrence of every pattern, and nothing else", () => {
		fc.assert(fc.property(patterns, text, (ps, t) => {
			expect(scanned(ps, t)).toEqual(naive(ps, t));
		}), { numRuns: 500 });
	});

	test("with word units given, a pattern is found only where it cuts no word", () => {
		fc.assert(fc.property(patterns, text, (ps, t) => {
			expect(scanned(ps, t, isWordCode)).toEqual(naiveOnBoundaries(ps, t));
		}), { numRuns: 500 });
		expect(scanned(["ai", "a-b", "星a"], "said AI a-b 星a xa-b aim a-bc", isWordCode)).toEqual(["11:1", "14:2", "7:0"]);
	});

	test("a pattern given twice reports once, under its first id", () => {
		expect(scanned(["ab", "b", "ab"], "xab")).toEqual(["3:0", "3:1"]);
	});

	test("states with many children (answered from a bitmap) find the same", () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 60 }), text, (codes, t) => {
				const ps = [...codes.map((c) => foldString(`星${String.fromCharCode(0x4e00 + c)}`, loose)), ...codes.slice(0, 20).map((c) => foldString(`a${String.fromCharCode(0x4e00 + c)}星`, loose))];
				const sample = `${t}${codes.map((c) => `星${String.fromCharCode(0x4e00 + c)}a`).join("")}${t}`;
				expect(scanned(ps, sample)).toEqual(naive(ps, sample));
			}),
			{ numRuns: 200 },
		);
	});

	test("works with many patterns over a wide alphabet (the arrays grow while building)", () => {
		const many = Array.from({ length: 3000 }, (_, i) => foldString(`${String.fromCharCode(0x4e00 + ((i * 7919) % 5000))}${i.toString(36)}名`, loose));
		const sample = many.filter((_, i) => i % 97 === 0).join("，") + "名名";
		expect(scanned(many, sample)).toEqual(naive(many, sample));
		expect(buildAutomaton(many, loose).states).toBeGreaterThan(3000);
	});
});
