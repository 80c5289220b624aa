/**
 * A fast path for the frontmatter most notes have: `key: value` lines with plain or simply quoted
 * scalars, `[a, b]` flow lists and `- item` block lists. It returns exactly what the `yaml`
 * package would (YAML 1.2 core schema: `null`, booleans, numbers, strings), or `undefined` for
 * anything else — comments after values, anchors, nested maps, escapes, block scalars —
 * which then goes to `yaml`. Parsing a frontmatter with `yaml` costs ~100 µs; this costs ~2.
 * A property test checks it against `yaml` on generated frontmatter.
 */

/** A plain key: starts like a word, holds no YAML indicator, does not end in a space. */
const KEY = /^[A-Za-z0-9_\u00C0-\uFFFF](?:[^:#\t"'{}[\],&*!|>%@`]*[^:#\t"'{}[\],&*!|>%@` ])?$/;
/** `  - item` under a property with an empty value: the indentation, then `-` and a space or the end. */
const BLOCK_ITEM = /^ *-(?: |$)/;
/** Characters that start YAML syntax this fast path leaves to `yaml`. */
const SPECIAL_START = /^[{&*!|>%@`?,#\]}]|^-(?:\s|$)|^<</;
const NULL = /^(?:null|Null|NULL|~)?$/;
const BOOLEAN = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INTEGER = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const NUMBER_LIKE = /^[-+]?(?:\.(?:inf|Inf|INF|nan|NaN|NAN)|0o|0x)/;

type Scalar = string | number | boolean | null;
const NOT_SIMPLE = Symbol("not simple");

/** A carriage return that does not end a line: YAML reads it as text, this fast path does not. */
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;

export function parseSimpleYaml(raw: string): Record<string, unknown> | undefined {
	if (LONE_CARRIAGE_RETURN.test(raw)) return undefined;
	const lines = raw.split("\n");
	const values: Record<string, unknown> = {};
	for (let i = 0; i < lines.length; i++) {
		const line = withoutCarriageReturn(lines[i] ?? "");
		if (trimSpaces(line) === "") continue;
		const colon = line.indexOf(":");
		const key = line.slice(0, colon);
		if (colon < 1 || !KEY.test(key) || key === "__proto__" || Object.hasOwn(values, key)) return undefined;
		if (colon + 1 < line.length && line.charCodeAt(colon + 1) !== 32) return undefined;
		const rawValue = trimSpaces(line.slice(colon + 1));
		if (rawValue !== "") {
			const value = flowValue(rawValue);
			if (value === NOT_SIMPLE) return undefined;
			values[key] = value;
			continue;
		}
		const list = blockList(lines, i + 1);
		if (!list) return undefined;
		values[key] = list.items ?? null;
		i = list.next - 1;
	}
	return values;
}

/** Trims spaces only: YAML keeps other whitespace (a trailing ideographic space U+3000 is part of the value). */
function trimSpaces(text: string): string {
	let from = 0;
	let to = text.length;
	while (from < to && text.charCodeAt(from) === 32) from++;
	while (to > from && text.charCodeAt(to - 1) === 32) to--;
	return from === 0 && to === text.length ? text : text.slice(from, to);
}

function withoutCarriageReturn(line: string): string {
	return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/** `- item` lines after an empty value: the items and the next line, or `undefined` if not simple. */
function blockList(lines: readonly string[], from: number): { items?: Scalar[]; next: number } | undefined {
	const items: Scalar[] = [];
	let i = from;
	let indent = -1;
	for (; i < lines.length; i++) {
		const line = withoutCarriageReturn(lines[i] ?? "");
		if (trimSpaces(line) === "") return undefined;
		if (!BLOCK_ITEM.test(line)) break;
		const dash = line.indexOf("-");
		if (indent !== -1 && dash !== indent) return undefined;
		indent = dash;
		const text = trimSpaces(line.slice(dash + 1));
		const value = text === "" ? null : scalar(text);
		if (value === NOT_SIMPLE) return undefined;
		items.push(value);
	}
	if (i < lines.length && /^\s/.test(lines[i] ?? "")) return undefined;
	return items.length > 0 ? { items, next: i } : { next: i };
}

function flowValue(text: string): Scalar | Scalar[] | typeof NOT_SIMPLE {
	return text.startsWith("[") ? flowList(text) : scalar(text);
}

/** `[a, "b", 3]` with simple items only. */
function flowList(text: string): Scalar[] | typeof NOT_SIMPLE {
	if (!text.endsWith("]")) return NOT_SIMPLE;
	const inner = trimSpaces(text.slice(1, -1));
	if (inner === "") return [];
	const items: Scalar[] = [];
	for (const part of inner.split(",")) {
		const item = trimSpaces(part);
		if (item === "" || /[[\]{}:]/.test(item)) return NOT_SIMPLE;
		const value = scalar(item);
		if (value === NOT_SIMPLE) return NOT_SIMPLE;
		items.push(value);
	}
	return items;
}

/** A plain, single-quoted or double-quoted scalar without escapes, resolved by the core schema. */
function scalar(text: string): Scalar | typeof NOT_SIMPLE {
	const quote = text.charAt(0);
	if (quote === '"' || quote === "'") {
		const body = text.slice(1, -1);
		if (text.length < 2 || !text.endsWith(quote) || body.includes(quote) || body.includes("\\")) return NOT_SIMPLE;
		return body;
	}
	if (SPECIAL_START.test(text) || text.includes(": ") || text.includes(" #") || text.endsWith(":") || text.includes("\t")) return NOT_SIMPLE;
	if (NUMBER_LIKE.test(text) || text.startsWith("[")) return NOT_SIMPLE;
	if (NULL.test(text)) return null;
	if (BOOLEAN.test(text)) return text.toLowerCase() === "true";
	if (INTEGER.test(text) || FLOAT.test(text)) return Number(text);
	return text;
}
