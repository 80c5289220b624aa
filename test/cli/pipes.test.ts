/**
 * The built CLI (`node cli.js`, bundled by the project's own build) through real pipes, on a
 * generated vault whose `--json` documents run to megabytes: each arrives whole and parses; a
 * reader that stops early (`… | head -c 100`) ends the command quietly — no stack trace, nothing
 * on stderr, exit code 0 — and a `--write` run it cuts short still links every note whole. A note
 * whose frontmatter has a list as a key prints no warning either.
 */
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entityNames, writeBigVault } from "../support/big-vault";
import { canvasNodes, canvasProblems } from "../support/canvas";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SHAPE = { entities: 4000, analyses: 900, mentions: 30, questions: 16 } as const;
const MB = 1024 * 1024;

let work = "";
let cliPath = "";
let vault = "";

beforeAll(() => {
	work = mkdtempSync(path.join(tmpdir(), "dossier-pipes-"));
	execFileSync(process.execPath, ["esbuild.config.mjs", "cli", work], { cwd: repoRoot, stdio: "pipe" });
	cliPath = path.join(work, "cli.js");
	vault = path.join(work, "vault");
	writeBigVault(vault, SHAPE);
	writeFileSync(path.join(vault, "Analyses", "List key.md"), "---\ntype: analysis\n? [a, b]\n: x\n---\nNexa0 Labs and Vortal1 Institute.\n");
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
	readonly stdout: Buffer;
	readonly stderr: string;
	readonly code: number | null;
	readonly signal: string | null;
}

/** Runs the CLI with stdout and stderr through pipes; with `stopAfter`, closes stdout once that many bytes came. */
function run(args: readonly string[], stopAfter?: number): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cliPath, ...args], { stdio: ["ignore", "pipe", "pipe"] });
		const chunks: Buffer[] = [];
		let received = 0;
		let stderr = "";
		child.stdout.on("data", (chunk: Buffer) => {
			chunks.push(chunk);
			received += chunk.length;
			if (stopAfter !== undefined && received >= stopAfter) child.stdout.destroy();
		});
		child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
		child.on("error", reject);
		child.on("close", (code, signal) => resolve({ stdout: Buffer.concat(chunks), stderr, code, signal }));
	});
}

describe("the built CLI through a pipe", () => {
	it("link --json arrives whole: megabytes, parsed at once", async () => {
		const { stdout, stderr, code } = await run(["link", vault, "--json"]);
		expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
		expect(stdout.length).toBeGreaterThan(5 * MB);
		const json = JSON.parse(stdout.toString("utf8")) as { files: unknown[]; totals: { notes: number; links: number } };
		expect(json.totals.notes).toBe(SHAPE.entities + SHAPE.analyses + 1);
		expect(json.totals.links).toBe(SHAPE.analyses * SHAPE.mentions + 2);
		expect(json.files).toHaveLength(SHAPE.analyses + 1);
	});

	it("questions --json arrives whole", async () => {
		const { stdout, stderr, code } = await run(["questions", vault, "--json"]);
		expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
		expect(stdout.length).toBeGreaterThan(5 * MB);
		expect(JSON.parse(stdout.toString("utf8"))).toHaveLength(SHAPE.analyses * SHAPE.questions);
	});

	it("entities --json arrives whole", async () => {
		const { stdout, stderr, code } = await run(["entities", vault, "--json"]);
		expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
		expect(stdout.length).toBeGreaterThan(MB);
		expect((JSON.parse(stdout.toString("utf8")) as { entities: unknown[] }).entities).toHaveLength(SHAPE.entities);
	});

	it("entities --related --json and map arrive whole, the map a valid JSON Canvas", async () => {
		const name = entityNames(0).name;
		const related = await run(["entities", vault, "--related", name, "--json"]);
		expect({ code: related.code, stderr: related.stderr }).toEqual({ code: 0, stderr: "" });
		const list = JSON.parse(related.stdout.toString("utf8")) as { count: number }[];
		expect(list.length).toBeGreaterThan(10);
		const map = await run(["map", vault, name]);
		expect({ code: map.code, stderr: map.stderr }).toEqual({ code: 0, stderr: "" });
		const text = map.stdout.toString("utf8");
		expect(canvasProblems(text, { fileExists: (file) => existsSync(path.join(vault, file)) })).toEqual([]);
		expect(canvasNodes(text).filter((node) => node.id.startsWith("dossier-entity-"))).toHaveLength(Math.min(list.length, 30));
	});

	it.each([["link --json"], ["questions --json"], ["entities --json"], ["link"]])("%s ends quietly when its reader stops after 100 bytes", async (command) => {
		const [name, ...options] = command.split(" ");
		const { stdout, stderr, code, signal } = await run([name!, vault, ...options], 100);
		expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: "" });
		expect(stdout.length).toBeLessThan(MB);
	});

	it("link --write cut short by its reader still links every note whole", async () => {
		const { stderr, code } = await run(["link", vault, "--write"], 100);
		expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
		expect(readdirSync(path.join(vault, "Analyses")).filter((file) => file.endsWith(".tmp"))).toEqual([]);
		const again = await run(["link", vault, "--json"]);
		expect(again.stderr).toBe("");
		expect((JSON.parse(again.stdout.toString("utf8")) as { totals: { links: number } }).totals.links).toBe(0);
	});
});
