// Issue #4, reliability: an independent CommonMark parser agrees that every planned edit sits in
// plain text — over the CommonMark spec examples, GFM examples, the recorded Obsidian notes.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildMatcher, planLinks, registryOf, type LinkPolicy } from "../../../src/core/entities";
import { parseNote } from "../../../src/core/parse";
import { sharedPath } from "../parse/shared";
import { GFM_EXAMPLES } from "./gfm-examples";
import { editsOutsideText } from "./oracle";
import { entity } from "./support";

const require = createRequire(import.meta.url);
const spec = require("commonmark-spec") as { tests: { markdown: string; number: number; section: string }[] };

/** Names frequent in the spec examples, so most examples have something to link (short ones allowed). */
const NAMES = ["foo", "bar", "baz", "Foo Bar", "hello", "world", "aaa", "bbb", "ccc", "ddd", "link", "title", "url", "code", "quux", "a", "b", "c", "Task", "note", "DeepSeek: 深度求索", "Stargate: 星門"];
const matcher = buildMatcher(registryOf(NAMES.map((n) => entity(n))), { allowFlagged: true });
const policy: LinkPolicy = { mentions: "every", skipHeadings: false, style: "wikilink" };

function failures(markdown: string): string[] {
	const plan = planLinks(markdown, parseNote(markdown), matcher, policy);
	return editsOutsideText(markdown, plan.edits).map((e) => `"${e.surface}" at ${e.offset}: …${JSON.stringify(markdown.slice(Math.max(0, e.offset - 15), e.offset + e.length + 15))}…`);
}

describe("every edit falls inside a plain text node (micromark oracle)", () => {
	test(`all ${spec.tests.length} CommonMark spec examples`, () => {
		// Example 6 (`>→→foo`: indented code inside a quote) and 627 (`<?php … ?>`, raw HTML) included.
		const bad: string[] = [];
		let edits = 0;
		for (const example of spec.tests) {
			const markdown = example.markdown.replace(/→/g, "\t");
			edits += planLinks(markdown, parseNote(markdown), matcher, policy).edits.length;
			for (const failure of failures(markdown)) bad.push(`#${example.number} (${example.section}) ${failure}`);
		}
		expect(edits).toBeGreaterThan(300);
		expect(bad).toEqual([]);
	});

	test(`${GFM_EXAMPLES.length} GFM examples (tables, task lists, strikethrough, autolinks, footnotes)`, () => {
		const bad = GFM_EXAMPLES.flatMap((example) => failures(example.markdown).map((f) => `${example.name}: ${f}`));
		expect(bad).toEqual([]);
	});

	const recorded = sharedPath("obsidian-metadata");
	test.skipIf(!recorded.exists)("the notes recorded in ../shared/obsidian-metadata (skipped when ../shared is absent)", () => {
		const files = readdirSync(recorded.path).filter((f) => f.endsWith(".json") && !/^(un)?resolvedLinks\.json$/.test(f));
		expect(files.length).toBeGreaterThan(80);
		const bad: string[] = [];
		for (const file of files) {
			const note = JSON.parse(readFileSync(path.join(recorded.path, file), "utf8")) as { fileContents: string };
			for (const failure of failures(note.fileContents)) bad.push(`${file}: ${failure}`);
		}
		expect(bad).toEqual([]);
	});
});
