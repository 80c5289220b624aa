/**
 * `--json` written piece by piece: the same bytes as `JSON.stringify(value, null, 2)` for any
 * value and any depth, entries made only as they are written, stdout's pace respected, and the
 * `link` report's document exactly the one it printed whole before.
 */
import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Io } from "../../src/cli/command";
import { jsonPieces, LazyList, writeJson, writeLines } from "../../src/cli/json";
import { writeBigVault } from "../support/big-vault";
import { cli, memoryIo } from "../support/cli";

/** Values `JSON.stringify` writes: nested objects and arrays, holes, `undefined`, dates, functions. */
const values = fc.anything({ withDate: true, withSparseArray: true, withNullPrototype: true, withBigInt: false, withMap: false, withSet: false, withTypedArray: false, withBoxedValues: false, maxDepth: 4 });
const odd = fc.constantFrom<unknown>(undefined, () => 1, Symbol("s"), new Date(Number.NaN), { toJSON: () => ({ a: [1] }) }, [undefined, () => 1], { a: undefined, b: () => 1 }, [], {}, -0, "line\nbreak");

describe("jsonPieces", () => {
	it("joins to JSON.stringify(value, null, 2) at every depth", () => {
		fc.assert(
			fc.property(fc.oneof(values, odd, fc.array(fc.oneof(values, odd)), fc.dictionary(fc.string(), fc.oneof(values, odd))), fc.nat(5), (value, depth) => {
				expect([...jsonPieces(value, depth)].join("")).toBe(JSON.stringify(value, null, 2) ?? "null");
			}),
		);
	});

	it("writes a LazyList as the array it maps to, making each entry only when it is reached", () => {
		const made: number[] = [];
		const document = { files: new LazyList([1, 2, 3], (n) => (made.push(n), { n, twice: [n, n] })), after: true };
		const madeAtEntry: number[][] = [];
		let text = "";
		for (const piece of jsonPieces(document, 2)) {
			text += piece;
			if (piece.includes('"n": ')) madeAtEntry.push([...made]);
		}
		expect(madeAtEntry).toEqual([[1], [1, 2], [1, 2, 3]]);
		expect(text).toBe(JSON.stringify(document, null, 2));
		expect(JSON.parse(text)).toEqual({ files: [1, 2, 3].map((n) => ({ n, twice: [n, n] })), after: true });
	});
});

/** An Io whose stdout takes a piece only when the test lets it. */
function slowIo() {
	const pieces: string[] = [];
	const waiting: (() => void)[] = [];
	let closed = false;
	const { io: base } = memoryIo();
	const io: Io = {
		...base,
		write: (chunk) => {
			pieces.push(chunk);
			return new Promise((resolve) => waiting.push(resolve));
		},
		closed: () => closed,
	};
	return { io, pieces, waiting, close: () => (closed = true) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("writeJson", () => {
	const big = { files: new LazyList(Array.from({ length: 5000 }, (_, i) => i), (i) => ({ path: `note ${i}.md`, edits: [{ offset: i, text: "[[X]]" }] })) };

	it("waits for stdout to take each piece before making the next, and ends with a newline", async () => {
		const { io, pieces, waiting } = slowIo();
		const done = writeJson(io, big, 2);
		let writes = 0;
		for (;;) {
			await settle();
			expect(waiting.length).toBeLessThanOrEqual(1);
			expect(pieces.length).toBe(writes + waiting.length);
			writes = pieces.length;
			const next = waiting.shift();
			if (!next) break;
			next();
		}
		await done;
		expect(pieces.length).toBeGreaterThan(3);
		expect(pieces.join("")).toBe(`${JSON.stringify(big, null, 2)}\n`);
	});

	it("stops writing once stdout's reader has gone", async () => {
		const { io, pieces, waiting, close } = slowIo();
		const done = writeJson(io, big, 2);
		await settle();
		close();
		waiting.shift()?.();
		await done;
		expect(pieces).toHaveLength(1);
	});

	it("writes lines the same way", async () => {
		const { io, out } = memoryIo();
		await writeLines(io, new LazyList([1, 2, 3], (n) => `line ${n}`));
		expect(out.text()).toBe("line 1\nline 2\nline 3\n");
	});
});

describe("link --json, streamed", () => {
	let vault = "";
	beforeAll(() => {
		vault = mkdtempSync(path.join(tmpdir(), "dossier-json-"));
		writeBigVault(vault, { entities: 60, analyses: 40, mentions: 12, questions: 2 });
	});
	afterAll(() => rmSync(vault, { recursive: true, force: true }));

	it("prints, note by note, what JSON.stringify(document, null, 2) prints, in the documented shape", async () => {
		const { code, out } = await cli("link", vault, "--json");
		expect(code).toBe(0);
		expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
		const json = JSON.parse(out) as { write: boolean; files: { path: string; outcome: string; edits: object[] }[]; perEntity: object; totals: { notes: number; links: number } };
		expect(Object.keys(json)).toEqual(["write", "files", "perEntity", "totals"]);
		expect(json.files).toHaveLength(40);
		expect(Object.keys(json.files[0]!)).toEqual(["path", "outcome", "edits", "doubtful", "unlinked", "skipped"]);
		expect(Object.keys(json.files[0]!.edits[0]!)).toEqual(["offset", "length", "text", "entity", "surface"]);
		expect(json.totals).toMatchObject({ notes: 100, links: 40 * 12 });
	});
});
