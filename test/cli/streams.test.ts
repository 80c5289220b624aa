/**
 * The CLI's `Io` over two streams: progress on stderr only when it is a terminal (one line,
 * redrawn at most ten times a second, cleared before anything else is printed), and a stdout
 * whose reader goes away ending the output without a word.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import { PROGRESS_INTERVAL_MS, streamIo, type OutputStream } from "../../src/cli/streams";
import { writeBigVault } from "../support/big-vault";
import { memoryIo, memoryStream } from "../support/cli";

const CLEAR = "\r\u001b[K";

/** A clock that moves `step` milliseconds each time it is read. */
function ticking(step: number): () => number {
	let now = 0;
	return () => (now += step);
}

let vault = "";
beforeAll(() => {
	vault = mkdtempSync(path.join(tmpdir(), "dossier-streams-"));
	writeBigVault(vault, { entities: 30, analyses: 20, mentions: 5, questions: 3 });
});
afterAll(() => rmSync(vault, { recursive: true, force: true }));

describe("progress", () => {
	it.each([["link"], ["questions"], ["entities"]])("%s prints nothing on stderr when it is not a terminal", async (command) => {
		const { io, out, err } = memoryIo({ tty: false, clock: ticking(PROGRESS_INTERVAL_MS * 2) });
		expect(await runCli([command, vault, "--json"], io)).toBe(0);
		expect(err.text()).toBe("");
		expect(JSON.parse(out.text())).toBeTruthy();
	});

	it.each([
		["link", "Planning links"],
		["questions", "Reading notes"],
		["entities", "Finding entities"],
	])("%s shows one line on a terminal's stderr, redrawn in place and cleared, never on stdout", async (command, label) => {
		const { io, out, err } = memoryIo({ tty: true, clock: ticking(PROGRESS_INTERVAL_MS * 2) });
		expect(await runCli([command, vault, "--json"], io)).toBe(0);
		const draws = err.text().split(CLEAR).filter((line) => line !== "");
		expect(draws.length).toBeGreaterThan(3);
		for (const line of draws) expect(line).toMatch(/^[A-Z][a-z ]+: \d+\/\d+$/);
		expect(draws.some((line) => line.startsWith(`${label}: `))).toBe(true);
		expect(err.text().endsWith(CLEAR)).toBe(true);
		expect(out.text().includes("\r") || out.text().includes("\u001b")).toBe(false);
		expect(JSON.parse(out.text())).toBeTruthy();
	});

	it("is drawn at most once per interval, the first after one interval", () => {
		const err = memoryStream(true);
		let now = 0;
		const io = streamIo(memoryStream(), err, () => now);
		const step = io.progress("Linking notes");
		for (now = 0; now < 1000; now++) step.update(now, 1000);
		const draws = err.text().split(CLEAR).filter((line) => line !== "");
		expect(draws).toEqual(["Linking notes: 100/1000", "Linking notes: 200/1000", "Linking notes: 300/1000", "Linking notes: 400/1000", "Linking notes: 500/1000", "Linking notes: 600/1000", "Linking notes: 700/1000", "Linking notes: 800/1000", "Linking notes: 900/1000"]);
		step.end();
		expect(err.text().endsWith(CLEAR)).toBe(true);
	});

	it("takes a terminal of unknown width (0 columns) to be 80 wide", () => {
		const err = memoryStream(true, 0);
		let now = 0;
		const step = streamIo(memoryStream(), err, () => now).progress("Planning links");
		now = PROGRESS_INTERVAL_MS;
		step.update(120, 7900);
		expect(err.text()).toBe(`${CLEAR}Planning links: 120/7900`);
	});

	it("fits the terminal's width, and is cleared before anything else is printed", () => {
		const log: string[] = [];
		const stream = (isTTY: boolean, name: string): OutputStream => ({ isTTY, columns: 12, write: (chunk, done) => (log.push(`${name}:${chunk}`), done?.(), true), on: () => undefined });
		let now = 0;
		const io = streamIo(stream(false, "out"), stream(true, "err"), () => now);
		const step = io.progress("Reading questions");
		now = PROGRESS_INTERVAL_MS;
		step.update(5, 10);
		io.out("result");
		io.err("a warning");
		expect(log).toEqual([`err:${CLEAR}Reading que`, `err:${CLEAR}`, "out:result\n", "err:a warning\n"]);
	});
});

/** A stdout whose reader goes away after `keep` writes, failing the rest as a closed pipe does. */
function closingStdout(keep: number, code = "EPIPE") {
	let listener: ((error: Error) => void) | undefined;
	let writes = 0;
	let text = "";
	const stream: OutputStream = {
		write: (chunk, done) => {
			writes++;
			if (writes <= keep) text += chunk;
			const error = writes > keep ? Object.assign(new Error(`write ${code}`), { code }) : null;
			setTimeout(() => {
				if (error) listener?.(error);
				done?.(error);
			}, 0);
			return writes <= keep;
		},
		on: (_event, fn) => (listener = fn),
	};
	return { stream, writes: () => writes, text: () => text };
}

describe("a stdout whose reader goes away", () => {
	it.each([["link"], ["questions"], ["entities"]])("ends %s --json's output quietly, with the command's own exit code", async (command) => {
		const stdout = closingStdout(0);
		const err = memoryStream();
		const io = streamIo(stdout.stream, err, () => 0);
		expect(await runCli([command, vault, "--json"], io)).toBe(0);
		await io.flushed();
		expect(io.closed()).toBe(true);
		expect(io.failure()).toBeNull();
		expect(err.text()).toBe("");
		expect(stdout.writes()).toBe(1);
		io.out("more");
		expect(stdout.writes()).toBe(1);
	});

	it("is told apart from a stdout that fails (a full disk), which is kept to be reported", async () => {
		const stdout = closingStdout(0, "ENOSPC");
		const io = streamIo(stdout.stream, memoryStream(), () => 0);
		await io.write("x");
		expect(io.closed()).toBe(true);
		expect(io.failure()?.message).toBe("write ENOSPC");
	});
});
