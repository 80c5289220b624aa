// Issue #5: `questions VAULT --json` over the sample and the demo notes.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cli } from "../support/cli";
import { analysis, SAMPLE, SAMPLE_TITLES } from "../support/questions";

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function vault(files: Record<string, string>): string {
	const dir = mkdtempSync(path.join(tmpdir(), "dossier-questions-"));
	dirs.push(dir);
	for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
	return dir;
}


describe("questions VAULT --json", () => {
	it.skipIf(!SAMPLE.exists)(`lists the sample's four open questions ${SAMPLE.exists ? "" : SAMPLE.skip}`, async () => {
		const dir = vault({ "sample.md": SAMPLE.text });
		const { code, out } = await cli("questions", dir, "--json");
		expect(code).toBe(0);
		const listed = JSON.parse(out) as { title: string; detail: string; status: string; note: { outlet: string; published: string } }[];
		expect(listed.map((q) => q.title)).toEqual(SAMPLE_TITLES);
		for (const q of listed) {
			expect(Object.keys(q)).toEqual(["path", "line", "title", "detail", "status", "entities", "review", "answeredBy", "note"]);
			expect(q.status).toBe("open");
			expect(SAMPLE.text).toContain(q.detail);
			expect(q.note).toMatchObject({ outlet: "Financial Times (FT中文網)", published: "2025-12-05T14:42" });
		}
	});

	it("filters by status and reads the note's outlet and published date from frontmatter", async () => {
		const dir = vault({
			"a.md": analysis({ outlet: "財新", published: "2025-03-01", questions: [["開放的問題", "a"], ["已解答 [status:: answered]", "b"], ["調查中 [status:: investigating]", "c"]] }),
			"plain.md": "# Not an analysis\n\n- a list item\n",
		});
		const open = JSON.parse((await cli("questions", dir, "--json")).out) as { title: string; note: unknown }[];
		expect(open.map((q) => q.title)).toEqual(["開放的問題"]);
		expect(open[0]?.note).toEqual({ title: "晶片出口管制仍然有效嗎？", outlet: "財新", published: "2025-03-01" });
		const all = JSON.parse((await cli("questions", dir, "--json", "--status", "all")).out) as { status: string }[];
		expect(all.map((q) => q.status)).toEqual(["open", "answered", "investigating"]);
	});

	it("lists the demo analyses' questions", async () => {
		const dir = mkdtempSync(path.join(tmpdir(), "dossier-demo-"));
		dirs.push(dir);
		cpSync(path.resolve(import.meta.dirname, "../../demo/notes"), dir, { recursive: true });
		const listed = JSON.parse((await cli("questions", dir, "--json")).out) as { path: string; title: string }[];
		expect(listed.filter((q) => q.path.includes("Chip export controls")).map((q) => q.title)).toEqual(["SMIC 5 nm yields", "Cloud rental loophole", "Ascend software stack"]);
	});

	it("refuses an unknown status and a missing vault with one line and exit code 2", async () => {
		expect(await cli("questions", vault({}), "--status", "maybe")).toMatchObject({ code: 2, err: expect.stringMatching(/--status must be one of/) });
		expect((await cli("questions", "/no/such/vault")).code).toBe(2);
	});
});
