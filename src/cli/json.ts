/**
 * `--json` documents written a piece at a time, byte for byte as `JSON.stringify(value, null, 2)`
 * writes them whole. The objects and arrays of the first `depth` levels are opened and closed
 * here; each value below is one `JSON.stringify`, indented to its place. A long list is given as a
 * `LazyList`, whose entries are made as they are written, so memory holds the data the document is
 * made from and one piece of it — never the document, nor a second copy of the data in its shape.
 */
import type { Io } from "./command";

/** Pieces are gathered up to this size before each write. */
const CHUNK_CHARS = 1 << 16;

/**
 * `items.map(each)`, made one entry at a time when written; `JSON.stringify` sees the whole array
 * (through `toJSON`), so the document is the same whichever way it is written.
 */
export class LazyList<T, U> {
	constructor(
		readonly items: Iterable<T>,
		readonly each: (item: T) => U,
	) {}

	*[Symbol.iterator](): Iterator<U> {
		for (const item of this.items) yield this.each(item);
	}

	toJSON(): U[] {
		return [...this];
	}
}

/** `JSON.stringify(value, null, 2)`, then a newline, written piece by piece; stops when stdout's reader has gone. */
export async function writeJson(io: Io, value: unknown, depth: number): Promise<void> {
	let buffer = "";
	for (const piece of jsonPieces(value, depth)) {
		if (io.closed()) return;
		buffer += piece;
		if (buffer.length >= CHUNK_CHARS) {
			await io.write(buffer);
			buffer = "";
		}
	}
	await io.write(`${buffer}\n`);
}

/** Lines of text, each followed by a newline, written as `writeJson` writes. */
export async function writeLines(io: Io, lines: Iterable<string>): Promise<void> {
	let buffer = "";
	for (const line of lines) {
		if (io.closed()) return;
		buffer += `${line}\n`;
		if (buffer.length >= CHUNK_CHARS) {
			await io.write(buffer);
			buffer = "";
		}
	}
	if (buffer !== "") await io.write(buffer);
}

/** What `JSON.stringify` would write for the value under `key`, before looking inside it. */
function jsonValue(value: unknown, key: string): unknown {
	if (value instanceof LazyList) return value;
	const withJson = value as { toJSON?: unknown } | null;
	return typeof withJson?.toJSON === "function" ? (withJson.toJSON as (key: string) => unknown).call(value, key) : value;
}

/** `JSON.stringify` leaves these out of objects and writes them as `null` in arrays. */
function omitted(value: unknown): boolean {
	return value === undefined || typeof value === "function" || typeof value === "symbol";
}

/** The pieces of `JSON.stringify(value, null, 2)`, the first `depth` levels opened here. */
export function jsonPieces(value: unknown, depth: number): Generator<string> {
	return pieces(jsonValue(value, ""), depth, 0);
}

/** The pieces of `v` (its `toJSON` already applied) at nesting `level`, its first line already placed. */
function* pieces(v: unknown, depth: number, level: number): Generator<string> {
	if (depth > 0 && (Array.isArray(v) || v instanceof LazyList)) yield* arrayPieces(v as Iterable<unknown>, depth, level);
	else if (depth > 0 && typeof v === "object" && v !== null) yield* objectPieces(v as Record<string, unknown>, depth, level);
	else yield indented(v, level);
}

/**
 * `JSON.stringify(v, null, 2)` with each line after the first indented `level` levels more: `v`
 * stringified inside `level` arrays, so already indented to its place, and cut out of them — one
 * pass over the text, where indenting it after would be two and a copy.
 */
function indented(v: unknown, level: number): string {
	if (level === 0) return JSON.stringify(v, null, 2) ?? "null";
	let wrapped = v;
	for (let i = 0; i < level; i++) wrapped = [wrapped];
	const text = JSON.stringify(wrapped, null, 2);
	// Before `v`: `[`, a newline and the next level's indent, per level; after it, the reverse.
	const head = 2 * level + level * (level + 1);
	const tail = 2 * level + level * (level - 1);
	return text.slice(head, text.length - tail);
}

function* arrayPieces(items: Iterable<unknown>, depth: number, level: number): Generator<string> {
	const inner = `\n${"  ".repeat(level + 1)}`;
	let index = 0;
	for (const item of items) {
		yield index === 0 ? `[${inner}` : `,${inner}`;
		const entry = jsonValue(item, String(index++));
		yield* omitted(entry) ? ["null"] : pieces(entry, depth - 1, level + 1);
	}
	yield index === 0 ? "[]" : `\n${"  ".repeat(level)}]`;
}

function* objectPieces(object: Record<string, unknown>, depth: number, level: number): Generator<string> {
	const inner = `\n${"  ".repeat(level + 1)}`;
	let first = true;
	for (const key of Object.keys(object)) {
		const entry = jsonValue(object[key], key);
		if (omitted(entry)) continue;
		yield `${first ? "{" : ","}${inner}${JSON.stringify(key)}: `;
		first = false;
		yield* pieces(entry, depth - 1, level + 1);
	}
	yield first ? "{}" : `\n${"  ".repeat(level)}}`;
}

/**
 * An object document written field by field as `writeJson` writes it, one of its fields a list
 * whose entries are given one at a time while they are still being made (`list`, `entry`, `end`):
 * memory holds the entries not yet written, never the list.
 */
export class JsonDocument {
	private buffer = "";
	private fields = 0;
	private entries = -1;

	constructor(private readonly io: Io) {}

	/** The next field; omitted as `JSON.stringify` omits it (`undefined`). */
	field(key: string, value: unknown): void {
		const entry = jsonValue(value, key);
		if (omitted(entry)) return;
		this.key(key);
		for (const piece of pieces(entry, 1, 1)) this.buffer += piece;
	}

	/** Opens the list field `key`; `entry` adds to it until the next `field` or `end`. */
	list(key: string): void {
		this.key(key);
		this.entries = 0;
	}

	/** The open list's next entry. */
	entry(value: unknown): void {
		this.buffer += this.entries++ === 0 ? "[\n    " : ",\n    ";
		const entry = jsonValue(value, String(this.entries - 1));
		for (const piece of omitted(entry) ? ["null"] : pieces(entry, 0, 2)) this.buffer += piece;
	}

	/** Writes what has gathered once it is a chunk; stops when stdout's reader has gone. */
	async flush(): Promise<void> {
		if (this.buffer.length < CHUNK_CHARS || this.io.closed()) return;
		const chunk = this.buffer;
		this.buffer = "";
		await this.io.write(chunk);
	}

	/** Closes the document, then a newline, and writes the rest. */
	async end(): Promise<void> {
		this.closeList();
		this.buffer += this.fields === 0 ? "{}\n" : "\n}\n";
		if (!this.io.closed()) await this.io.write(this.buffer);
		this.buffer = "";
	}

	private key(key: string): void {
		this.closeList();
		this.buffer += `${this.fields++ === 0 ? "{" : ","}\n  ${JSON.stringify(key)}: `;
	}

	private closeList(): void {
		if (this.entries < 0) return;
		this.buffer += this.entries === 0 ? "[]" : "\n  ]";
		this.entries = -1;
	}
}
