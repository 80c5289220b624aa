// Issue #4: the `entities` and `link` commands over a vault folder.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { cli } from "../support/cli";

let vault = "";
const write = (file: string, text: string) => {
	mkdirSync(path.dirname(path.join(vault, file)), { recursive: true });
	writeFileSync(path.join(vault, file), text);
};
const read = (file: string) => readFileSync(path.join(vault, file), "utf8");


const ANALYSIS = [
	"---",
	"type: analysis",
	"---",
	"# 星門與 DeepSeek",
	"",
	"由DeepSeek開發的模型；見 deepseek.com 與 `DeepSeek` 代碼。",
	"OpenAI 的星門 (Stargate) 計畫，以及 #DeepSeek 標籤。",
	"",
	"| 實體 | 說明 |",
	"| --- | --- |",
	"| 星門 | OpenAI 主導 |",
	"",
].join("\n");

beforeEach(() => {
	vault = mkdtempSync(path.join(tmpdir(), "dossier-cli-"));
	write("Entities/DeepSeek.md", "---\ntype: entity\naliases: [深度求索]\ncategory: organization\n---\n");
	write("Entities/Stargate.md", "---\ntype: entity\naliases: [星門, 星门]\ncategory: programme\n---\n");
	write("Entities/OpenAI.md", "---\ntags: [entity/organization]\n---\nOpenAI's own note mentions OpenAI.\n");
	write("Analyses/race.md", ANALYSIS);
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

describe("entities VAULT --json", () => {
	test("prints the registry built from the entity notes", async () => {
		const { code, out } = await cli("entities", vault, "--json");
		expect(code).toBe(0);
		const json = JSON.parse(out);
		expect(json.entities.map((e: { name: string }) => e.name)).toEqual(["DeepSeek", "OpenAI", "Stargate"]);
		expect(json.entities.find((e: { name: string }) => e.name === "OpenAI").category).toBe("organization");
		expect(json.entities.find((e: { name: string }) => e.name === "Stargate").aliases).toEqual(["星門", "星门"]);
	});

	test("finds entity notes whose frontmatter is longer than the start read of every note, with a BOM or CRLF", async () => {
		const aliases = Array.from({ length: 400 }, (_, i) => `  - "Huawei alias number ${i}"`);
		write("People/Huawei.md", ["---", "type: entity", "aliases:", ...aliases, "---", "Huawei's note."].join("\n"));
		write("Notes/Tiny.md", "\ufeff---\r\ntype: entity\r\n---\r\n");
		write("Notes/Plain.md", "type: entity\n");
		const { code, out } = await cli("entities", vault, "--json");
		expect(code).toBe(0);
		const json = JSON.parse(out);
		expect(json.entities.map((e: { name: string }) => e.name)).toEqual(["DeepSeek", "Huawei", "OpenAI", "Stargate", "Tiny"]);
		expect(json.entities.find((e: { name: string }) => e.name === "Huawei").aliases).toHaveLength(400);
	});

	test("a missing vault is one line on stderr and exit code 2", async () => {
		const { code, err } = await cli("entities", path.join(vault, "nope"));
		expect(code).toBe(2);
		expect(err.trim().split("\n")).toHaveLength(1);
	});
});

describe("link VAULT", () => {
	test("a dry run prints UTF-16 offsets into the file as read and writes nothing", async () => {
		const { code, out } = await cli("link", vault, "--json");
		expect(code).toBe(0);
		const json = JSON.parse(out);
		const file = json.files.find((f: { path: string }) => f.path === "Analyses/race.md");
		expect(file.edits.length).toBeGreaterThan(0);
		for (const edit of file.edits) expect(ANALYSIS.slice(edit.offset, edit.offset + edit.length)).toBe(edit.surface);
		expect(file.edits.map((e: { surface: string; text: string }) => e.text)).toEqual(["[[DeepSeek]]", "[[OpenAI]]", "[[Stargate|星門]]"]);
		expect(read("Analyses/race.md")).toBe(ANALYSIS);
		expect(json.files.some((f: { path: string }) => f.path === "Entities/OpenAI.md")).toBe(false);
	});

	test("--write links first mentions, leaves protected text alone, sets the entities property; a second run changes nothing", async () => {
		expect((await cli("link", vault, "Analyses/race.md", "--write")).code).toBe(0);
		const linked = read("Analyses/race.md");
		expect(linked).toContain("# 星門與 DeepSeek");
		expect(linked).toContain("由[[DeepSeek]]開發");
		expect(linked).toContain("見 deepseek.com 與 `DeepSeek` 代碼");
		expect(linked).toContain("#DeepSeek 標籤");
		expect(linked).toContain("[[OpenAI]] 的[[Stargate|星門]] (Stargate)");
		expect(linked).toContain('entities:\n  - "[[DeepSeek]]"\n  - "[[OpenAI]]"\n  - "[[Stargate]]"\n---');
		const again = JSON.parse((await cli("link", vault, "--write", "--json")).out);
		expect(again.totals.links).toBe(0);
		expect(read("Analyses/race.md")).toBe(linked);
	});

	test("--all-mentions links every mention, escaping | inside table rows", async () => {
		await cli("link", vault, "Analyses/race.md", "--write", "--all-mentions");
		expect(read("Analyses/race.md")).toContain("| [[Stargate\\|星門]] | [[OpenAI]] 主導 |");
	});

	test("--markdown-links writes URL-encoded Markdown links", async () => {
		write("Entities/Hugging Face.md", "---\ntype: entity\n---\n");
		write("Analyses/hf.md", "Models on Hugging Face.\n");
		await cli("link", vault, "Analyses/hf.md", "--write", "--markdown-links");
		expect(read("Analyses/hf.md")).toContain("Models on [Hugging Face](Hugging%20Face.md).");
	});

	test("--json says what is doubtful and what was found but not linked, and why; --include-doubtful writes the doubtful too (issue 10)", async () => {
		write("Entities/HQ Trivia.md", "---\ntype: entity\naliases: [HQ]\n---\n");
		write("Entities/Target.md", "---\ntype: entity\n---\n");
		write("Notes/hq.md", "The HQ moved. The price target rose.\n");
		const json = JSON.parse((await cli("link", vault, "Notes/hq.md", "--json")).out);
		const file = json.files.find((f: { path: string }) => f.path === "Notes/hq.md");
		expect(file.edits).toEqual([]);
		expect(file.doubtful).toEqual([{ offset: 4, length: 2, text: "[[HQ Trivia|HQ]]", entity: "HQ Trivia", surface: "HQ", reason: "short" }]);
		expect(file.unlinked).toEqual([
			{ entity: "HQ Trivia", reason: "short", surface: "HQ", offset: 4, count: 1 },
			{ entity: "Target", reason: "lower-case", surface: "target", offset: 24, count: 1 },
		]);
		const summary = (await cli("link", vault, "Notes/hq.md")).out;
		expect(summary).toContain("Found but not linked: short 1, lower-case 1");
		expect(summary).toContain("1 doubtful link left out; add --include-doubtful to write them.");
		expect((await cli("link", vault, "Notes/hq.md", "--write", "--include-doubtful")).code).toBe(0);
		expect(read("Notes/hq.md")).toBe("The [[HQ Trivia|HQ]] moved. The price target rose.\n");
	});

	test("of notes with one name in several folders, links the nearest by its path (issue 10)", async () => {
		write("en/Canvas.md", "---\ntype: entity\n---\n");
		write("es/Canvas.md", "---\ntype: entity\n---\n");
		write("es/Guía.md", "Abre un Canvas.\n");
		await cli("link", vault, "es/Guía.md", "--write");
		expect(read("es/Guía.md")).toBe("Abre un [[es/Canvas|Canvas]].\n");
	});

	test("a PATH outside the vault's notes is a usage error", async () => {
		const { code, err } = await cli("link", vault, "missing.md");
		expect(code).toBe(2);
		expect(err).toContain("not a note in the vault");
	});
});
