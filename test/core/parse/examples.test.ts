/** Runs every example of `./examples` (issue #2): one loop, one place to add a case. */
import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/parse";
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
