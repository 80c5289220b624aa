/**
 * `dossier parse FILE` through `runCli` (issue #2): help, user mistakes as one line on stderr
 * with exit code 2, and the parser's JSON for a real note.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli as run } from "../support/cli";

describe("dossier parse", () => {
	const dir = mkdtempSync(path.join(tmpdir(), "dossier-parse-"));
	const note = path.join(dir, "note.md");
	writeFileSync(note, "---\ntitle: Test\n---\n# 標題\n\n- [ ] Ask [[DeepSeek]] #ai\n    why it matters\n");
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it("prints its usage with --help", async () => {
		const { code, out, err } = await run("parse", "--help");
		expect(code).toBe(0);
		expect(out).toMatch(/^Usage: dossier parse FILE/);
		expect(err).toBe("");
	});

	it("is listed in the overview", async () => {
		const { code, out } = await run("--help");
		expect(code).toBe(0);
		expect(out).toMatch(/\n {2}parse\s+Print what Dossier's parser sees/);
	});

	it("reports a missing file in one line, exit code 2", async () => {
		const missing = path.join(dir, "absent.md");
		const { code, out, err } = await run("parse", missing);
		expect(code).toBe(2);
		expect(out).toBe("");
		expect(err).toBe(`dossier: parse: no such file or folder: ${missing}\n`);
	});

	it("reports a missing argument and a bad option in one line, exit code 2", async () => {
		for (const argv of [["parse"], ["parse", note, "--bogus"]]) {
			const { code, err } = await run(...argv);
			expect(code).toBe(2);
			expect(err.trim().split("\n")).toHaveLength(1);
			expect(err).toMatch(/^dossier: parse: /);
		}
	});

	it("prints the parsed note as JSON", async () => {
		const { code, out, err } = await run("parse", note);
		expect(code).toBe(0);
		expect(err).toBe("");
		const parsed = JSON.parse(out) as Record<string, unknown>;
		expect(parsed.frontmatter).toEqual({ title: "Test" });
		expect(parsed.headings).toEqual([expect.objectContaining({ heading: "標題", level: 1 })]);
		expect(parsed.listItems).toEqual([expect.objectContaining({ task: " ", parent: -5, continuationLines: [6], ordered: false, marker: "-" })]);
		expect(parsed.links).toEqual([expect.objectContaining({ link: "DeepSeek" })]);
		expect(parsed.tags).toEqual([expect.objectContaining({ tag: "#ai" })]);
		expect(parsed).not.toHaveProperty("lineStarts");
		expect((parsed.protectedRanges as { kind: string }[]).map((r) => r.kind)).toEqual(["frontmatter", "wikilink", "tag"]);
	});

	it("gives malformed frontmatter's problem as data: the note line, the yaml code, its text, and a plain sentence", async () => {
		const bad = path.join(dir, "bad.md");
		writeFileSync(bad, "---\ntitle: Stargate\ntitle: 星門\n---\nBody\n");
		const { code, out } = await run("parse", bad);
		expect(code).toBe(0);
		const block = (JSON.parse(out) as { frontmatterBlock: Record<string, unknown> }).frontmatterBlock;
		expect(block.problem).toEqual({ kind: "yaml", line: 3, code: "DUPLICATE_KEY", detail: "Map keys must be unique" });
		expect(block.error).toBe("The frontmatter is not valid YAML on line 3 of the note: a property name is used twice; keep only one of them.");
	});
});
