// Malformed frontmatter is explained in the reader's language, by the `yaml` package's error code.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorMessage } from "../../../src/core/analysis/messages";
import { LANGUAGES, say, translator, type Language } from "../../../src/core/i18n";
import { describeFrontmatterProblem, parseNote, YAML_REASON_EXAMPLES, YAML_REASONS, yamlReason, yamlReasonKey, type FrontmatterProblem } from "../../../src/core/parse";

/** The problem `parseNote` reports for a note with `yaml` as its frontmatter. */
function problemOf(yaml: string): FrontmatterProblem | undefined {
	const block = parseNote(`---\n${yaml}\n---\n# Body\n`).frontmatterBlock;
	return block && !block.ok ? block.problem : undefined;
}

/** What the plugin says about the problem (the analysis commands' notice). */
const shown = (problem: FrontmatterProblem, language: Language) => say(translator(language), errorMessage({ kind: "bad-frontmatter", problem }));

/** How each language names a note line. */
const LINE: Record<Language, (line: number) => string> = { en: (n) => `line ${n}`, "zh-TW": (n) => `第 ${n} 行`, "zh-CN": (n) => `第 ${n} 行` };

/** The codes the installed `yaml` declares (`ErrorCode` in its type declarations). */
function installedCodes(): Set<string> {
	const entry = createRequire(import.meta.url).resolve("yaml");
	const declarations = readFileSync(path.join(path.dirname(entry), "errors.d.ts"), "utf8");
	const union = /export type ErrorCode = ([^;]+);/.exec(declarations)?.[1] ?? "";
	return new Set([...union.matchAll(/'([A-Z0-9_]+)'/g)].map((m) => m[1]!));
}

describe("YAML error reasons", () => {
	const cases = YAML_REASON_EXAMPLES.flatMap((example) => LANGUAGES.map((language) => ({ ...example, language })));
	it.each(cases)("$code → $reason in $language", ({ yaml, code, line, reason, language }) => {
		const problem = problemOf(yaml);
		expect(problem).toMatchObject({ kind: "yaml", code, line });
		const text = shown(problem!, language);
		expect(text).toContain(translator(language)(reason));
		expect(text).toContain(LINE[language](line));
		if (problem?.kind === "yaml") expect(text).not.toContain(problem.detail);
	});

	it("has an example for every row, in the table's order", () => {
		const rows = YAML_REASON_EXAMPLES.map((e) => `${e.code} ${e.reason}`).filter((row, i, all) => row !== all[i - 1]);
		expect(rows).toEqual(YAML_REASONS.map((r) => `${r.code} ${r.reason}`));
	});

	it("names only codes the installed yaml package declares", () => {
		const codes = installedCodes();
		expect(codes.size).toBeGreaterThan(10);
		for (const row of YAML_REASONS) expect(codes, row.code).toContain(row.code);
	});

	it("lists a code's cases before its general reason, so every case can be reached", () => {
		YAML_REASONS.forEach((row, i) => {
			const general = YAML_REASONS.findIndex((r) => r.code === row.code && r.when === undefined);
			if (row.when) expect(i).toBeLessThan(general);
			else expect(general).toBe(i);
		});
	});

	it("gives the library's text for an error without a code, in every language", () => {
		const problem = problemOf("lab: *nowhere");
		expect(problem).toMatchObject({ kind: "yaml", code: null, line: null });
		if (problem?.kind !== "yaml") return;
		expect(problem.detail).toMatch(/alias/i);
		for (const language of LANGUAGES) expect(shown(problem, language)).toContain(problem.detail);
	});

	it("gives the library's text for a code it has no reason for", () => {
		const problem: FrontmatterProblem = { kind: "yaml", line: 4, code: "IMPOSSIBLE", detail: "Block scalar header not found" };
		expect(say(translator("zh-TW"), yamlReason(problem))).toBe("Block scalar header not found（YAML 讀取器的原文）");
		expect(shown(problem, "zh-CN")).toContain("第 4 行");
	});

	it("says the reason in the parser's English sentence too (the CLI's words)", () => {
		const block = parseNote("---\ntags: [chips\n---\n").frontmatterBlock;
		expect(block?.ok).toBe(false);
		if (block?.ok !== false) return;
		expect(block.error).toBe(describeFrontmatterProblem(block.problem));
		expect(block.error).toBe(`The frontmatter is not valid YAML on line 2 of the note: ${translator("en")("frontmatter.reason.unclosed-bracket")}.`);
	});

	it("for any malformed frontmatter: a real code, the line in every language, and English text only where no reason exists", () => {
		const codes = installedCodes();
		const piece = fc.constantFrom("title", "tags", ": ", ":", "- ", " ", "  ", "\n", "\t", "[", "]", "{", "}", ", ", '"', "'", " #", "&a ", "*a", "!!str ", "@", "`", "\\", "? ", "...", "星門", "x");
		let malformed = 0;
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
				const problem = problemOf(parts.join(""));
				if (problem?.kind !== "yaml") return;
				malformed += 1;
				if (problem.code !== null) expect(codes).toContain(problem.code);
				const explained = yamlReasonKey(problem.code, problem.detail) !== null;
				for (const language of LANGUAGES) {
					const text = shown(problem, language);
					if (problem.line !== null) expect(text).toContain(LINE[language](problem.line));
					if (language !== "en") expect(text.includes(problem.detail)).toBe(!explained);
				}
			}),
			{ numRuns: 400 },
		);
		// The generator must make plenty of broken YAML, or the property says nothing.
		expect(malformed).toBeGreaterThan(100);
	});
});
