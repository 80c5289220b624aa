/** Runs every example of `./examples` (issue #2): one loop, one place to add a case. */
import { describe, expect, it } from "vitest";
import { parseFrontmatter, parseNote } from "../../../src/core/parse";
import { EXAMPLES } from "./examples";
import { summarize, type Summary } from "./summary";

describe("parseNote examples", () => {
	it.each(EXAMPLES.map((e) => [e.name, e] as const))("%s", (_name, example) => {
		const summary = summarize(example.text, parseNote(example.text));
		const keys = Object.keys(example.expect) as (keyof Summary)[];
		const seen = Object.fromEntries(keys.map((key) => [key, summary[key]]));
		expect(seen).toEqual(example.expect);
	});
});

describe("parseFrontmatter reads the properties parseNote reads, on every example", () => {
	const texts = [...EXAMPLES.map((e) => [e.name, e.text] as const), ["a BOM before the block", "\ufeff---\ntype: entity\n---\nx"] as const, ["CRLF", "---\r\naliases: [A]\r\n---\r\n"] as const];
	it.each(texts)("%s", (_name, text) => {
		expect(parseFrontmatter(text)).toEqual(parseNote(text).frontmatter);
	});
	it("finds the properties of a note that has them", () => {
		expect(parseFrontmatter("\ufeff---\ntype: entity\n---\nx")).toEqual({ type: "entity" });
	});
});
