// Issue #3: the `new` and `normalize` commands through runCli — created paths, atomic writes, and
// bad input as one line on stderr with exit code 2 and nothing written.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cli } from "../support/cli";
import { ENGLISH } from "../core/analysis/legacy-notes";

let vault = "";
const write = (file: string, text: string) => {
	mkdirSync(path.dirname(path.join(vault, file)), { recursive: true });
	writeFileSync(path.join(vault, file), text);
};
const read = (file: string) => readFileSync(path.join(vault, file), "utf8");


/** Every file in the vault, for checking nothing was written. */
function listing(dir = vault): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listing(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

beforeEach(() => {
	vault = mkdtempSync(path.join(tmpdir(), "dossier-analysis-cli-"));
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

describe("new", () => {
	it("creates the note in the analyses folder and prints its path", async () => {
		const result = await cli("new", vault, "--title", "星門計畫的電力從哪裡來？", "--source", "https://example.tw/stargate", "--outlet", "範例財經",
			"--author", "王小明, Li Wei", "--published", "2025年12月1日 08:00", "--keywords", "星門,電網", "--lang", "zh-TW");
		expect(result).toMatchObject({ code: 0, err: "" });
		expect(result.out).toBe("Analyses/2025-12-01 星門計畫的電力從哪裡來？.md\n");
		const text = read("Analyses/2025-12-01 星門計畫的電力從哪裡來？.md");
		expect(text).toContain("author:\n  - 王小明\n  - Li Wei\npublished: 2025-12-01T08:00\n");
		expect(text).toContain("## 2. 核心摘要 (Executive Summary)");
	});

	it("never overwrites: a second note with the same name gets a number", async () => {
		await cli("new", vault, "--title", "Chips", "--published", "Dec 5, 2025");
		const again = await cli("new", vault, "--title", "Chips", "--published", "5 December 2025");
		expect(again.out).toBe("Analyses/2025-12-05 Chips 1.md\n");
		expect(existsSync(path.join(vault, "Analyses/2025-12-05 Chips.md"))).toBe(true);
	});

	it("follows the plugin's settings stored in the vault", async () => {
		write(".vault-config/plugins/dossier/data.json", JSON.stringify({ version: 1, analysesFolder: "Reading", fileNamePattern: "{{title}}", analysisLanguage: "zh-CN" }));
		const result = await cli("new", vault, "--title", "创世计划");
		expect(result.out).toBe("Reading/创世计划.md\n");
		expect(read("Reading/创世计划.md")).toContain("## 1. 新闻履历 (Metadata)");
	});

	it.each([
		{ args: ["--published", "next Tuesday"], message: 'cannot read "next Tuesday" as a date' },
		{ args: ["--source", "ftp://example.org/x"], message: "not a web address" },
		{ args: ["--lang", "fr"], message: "--lang must be one of en, zh-TW, zh-CN" },
		{ args: ["--colour", "red"], message: "Unknown option '--colour'" },
	])("rejects $args with one line on stderr, exit 2, nothing written", async ({ args, message }) => {
		const result = await cli("new", vault, "--title", "X", ...args);
		expect(result.code).toBe(2);
		expect(result.err.trim().split("\n")).toHaveLength(1);
		expect(result.err).toContain(message);
		expect(listing()).toEqual([]);
	});

	it("rejects a template with an unknown placeholder before writing", async () => {
		write(".vault-config/plugins/dossier/data.json", JSON.stringify({ version: 1, templatePath: "Templates/A.md" }));
		write("Templates/A.md", "# {{title}}\n{{sumary}}\n");
		const result = await cli("new", vault, "--title", "X");
		expect(result).toMatchObject({ code: 2, out: "" });
		expect(result.err).toBe("dossier: new: template: line 2, column 1: unknown placeholder {{sumary}}\n");
		expect(existsSync(path.join(vault, "Analyses"))).toBe(false);
	});
});

describe("normalize", () => {
	it("prints the note in analysis form and writes nothing without --write", async () => {
		write("a.md", ENGLISH);
		const result = await cli("normalize", path.join(vault, "a.md"));
		expect(result.code).toBe(0);
		expect(result.out).toContain("title: Do chip export controls still bind?\n");
		expect(read("a.md")).toBe(ENGLISH);
	});

	it("writes atomically with --write, and a second run changes nothing", async () => {
		write("a.md", ENGLISH);
		const file = path.join(vault, "a.md");
		const first = await cli("normalize", file, "--write");
		expect(first.out).toBe(`${file}: 8 properties set, 5 lines moved into properties, 0 sections added\n`);
		const once = read("a.md");
		expect(once).toMatch(/^---\ntype: analysis\ntitle: Do chip export controls still bind\?\n/);
		expect(readdirSync(vault)).toEqual(["a.md"]);
		const second = await cli("normalize", file, "--write");
		expect(second.out).toBe(`${file}: 0 properties set, 0 lines moved into properties, 0 sections added\n`);
		expect(read("a.md")).toBe(once);
	});

	it.each([
		{ name: "a missing file", setup: () => "missing.md", message: "no such file or folder" },
		{ name: "malformed properties", setup: () => (write("bad.md", "---\ntitle: [oops\n---\n"), "bad.md"), message: "frontmatter is not valid YAML on line 2 of the note: a list in `[ ]` or `{ }` is not closed" },
	])("fails on $name with one line, exit 2, nothing written", async ({ setup, message }) => {
		const file = path.join(vault, setup());
		const before = listing().map((f) => [f, readFileSync(f, "utf8")]);
		const result = await cli("normalize", file, "--write");
		expect(result.code).toBe(2);
		expect(result.err.trim().split("\n")).toHaveLength(1);
		expect(result.err).toContain(message);
		expect(listing().map((f) => [f, readFileSync(f, "utf8")])).toEqual(before);
	});
});
