/**
 * A fast path for the frontmatter most notes have: `key: value` lines with plain or simply quoted
 * scalars, `[a, b]` flow lists and `- item` block lists. It returns exactly what the `yaml`
 * package would (YAML 1.2 core schema: `null`, booleans, numbers, strings), or `undefined` for
 * anything else — comments after values, anchors, nested maps, escapes, block scalars —
 * which then goes to `yaml`. Parsing a frontmatter with `yaml` costs ~100 µs; this costs a few.
 * A property test checks it against `yaml` on generated frontmatter.
 *
 * It runs on every note an index reads, so it walks the text by offsets: a string is cut once
 * for a key (none for a common key) and once for a value, which is then searched for YAML
 * indicators natively, not character by character; a regex runs only on a value whose first
 * character could make it a null, a boolean or a number.
 */

const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const DASH = 45;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const OPEN_BRACKET = 91;
const LESS_THAN = 60;

/** Characters a key may not hold (YAML indicators and the tab), by code below 128. */
const KEY_STOPS = new Uint8Array(128);
for (const char of ":#\t\"'{}[],&*!|>%@`") KEY_STOPS[char.charCodeAt(0)] = 1;

/** First characters of YAML syntax this fast path leaves to `yaml` (`-` and `<` need a second look). */
const SPECIAL_FIRST = new Uint8Array(128);
for (const char of "{&*!|>%@`?,#]}") SPECIAL_FIRST[char.charCodeAt(0)] = 1;

/** First characters of a plain value the core schema may resolve to a null, a boolean or a number (or a flow list). */
const MAY_RESOLVE = new Uint8Array(128);
for (const char of "nNtTfF~0123456789+-.[") MAY_RESOLVE[char.charCodeAt(0)] = 1;

const NULL = /^(?:null|Null|NULL|~)?$/;
const BOOLEAN = /^(?:true|True|TRUE|false|False|FALSE)$/;
/** A decimal number, integers included. */
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const NUMBER_LIKE = /^[-+]?(?:\.(?:inf|Inf|INF|nan|NaN|NAN)|0o|0x)/;
/** Any whitespace YAML's `\s` would see, tested at one offset. */
const WHITESPACE_AT = /\s/y;

/** Keys longer than this go to `yaml`, which refuses implicit keys over 1,024 characters. */
const LONG_KEY = 1000;

type Scalar = string | number | boolean | null;
const NOT_SIMPLE = Symbol("not simple");

/** A carriage return that does not end a line: YAML reads it as text, this fast path does not. */
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;

/** The lines of the YAML: `[start, end)` offsets, the end before any `\r\n`. */
class YamlLines {
	readonly starts: number[] = [0];

	constructor(readonly raw: string) {
		for (let at = raw.indexOf("\n"); at !== -1; at = raw.indexOf("\n", at + 1)) this.starts.push(at + 1);
	}

	get count(): number {
		return this.starts.length;
	}

	start(line: number): number {
		return this.starts[line] ?? this.raw.length;
	}

	end(line: number): number {
		const next = this.starts[line + 1];
		const end = next === undefined ? this.raw.length : next - 1;
		return end > this.start(line) && this.raw.charCodeAt(end - 1) === CARRIAGE_RETURN ? end - 1 : end;
	}
}

export function parseSimpleYaml(raw: string): Record<string, unknown> | undefined {
	if (raw.includes("\r") && LONE_CARRIAGE_RETURN.test(raw)) return undefined;
	const lines = new YamlLines(raw);
	const values: Record<string, unknown> = {};
	for (let i = 0; i < lines.count; i++) {
		const from = lines.start(i);
		const end = lines.end(i);
		if (skipSpaces(raw, from, end) === end) continue;
		const colon = raw.indexOf(":", from);
		if (colon <= from || colon >= end || colon - from > LONG_KEY) return undefined;
		const common = commonKey(raw, from, colon);
		const key = common ?? raw.slice(from, colon);
		if ((common === undefined && (!isKey(key) || key === "__proto__")) || Object.hasOwn(values, key)) return undefined;
		if (colon + 1 < end && raw.charCodeAt(colon + 1) !== SPACE) return undefined;
		const valueFrom = skipSpaces(raw, colon + 1, end);
		const valueTo = trimSpacesEnd(raw, valueFrom, end);
		if (valueFrom < valueTo) {
			const value = raw.charCodeAt(valueFrom) === OPEN_BRACKET ? flowList(raw.slice(valueFrom, valueTo)) : scalar(raw, valueFrom, valueTo);
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

/**
 * Keys most notes have. A key cut from the text is a new string the engine must look up in its
 * table of property names before it can add it to an object, for every note; a literal is there
 * already.
 */
const COMMON_KEYS = ["title", "type", "source", "outlet", "published", "created", "updated", "date", "keywords", "entities", "tags", "aliases", "author", "url"];

/** The literal of `COMMON_KEYS` that `raw` holds at `[from, to)`, if any. */
function commonKey(raw: string, from: number, to: number): string | undefined {
	const length = to - from;
	for (const key of COMMON_KEYS) if (key.length === length && raw.startsWith(key, from)) return key;
	return undefined;
}

/**
 * A plain key: starts like a word (`[A-Za-z0-9_]` or U+00C0 and above), holds no YAML indicator,
 * does not end in a space.
 */
function isKey(key: string): boolean {
	const first = key.charCodeAt(0);
	const wordStart = (first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95 || first >= 0xc0;
	if (!wordStart || key.charCodeAt(key.length - 1) === SPACE) return false;
	for (let i = 1; i < key.length; i++) {
		const c = key.charCodeAt(i);
		if (c < 128 && KEY_STOPS[c] === 1) return false;
	}
	return true;
}

/** `- item` lines after an empty value: the items and the next line, or `undefined` if not simple. */
function blockList(lines: YamlLines, from: number): { items?: Scalar[]; next: number } | undefined {
	const raw = lines.raw;
	const items: Scalar[] = [];
	let i = from;
	let indent = -1;
	for (; i < lines.count; i++) {
		const start = lines.start(i);
		const end = lines.end(i);
		const dash = skipSpaces(raw, start, end);
		if (dash === end) return undefined;
		// `^ *-(?: |$)`: spaces, a dash, then a space or the end of the line.
		if (raw.charCodeAt(dash) !== DASH || (dash + 1 < end && raw.charCodeAt(dash + 1) !== SPACE)) break;
		if (indent !== -1 && dash - start !== indent) return undefined;
		indent = dash - start;
		const textFrom = skipSpaces(raw, dash + 1, end);
		const textTo = trimSpacesEnd(raw, textFrom, end);
		const value = textFrom === textTo ? null : scalar(raw, textFrom, textTo);
		if (value === NOT_SIMPLE) return undefined;
		items.push(value);
	}
	if (i < lines.count && isWhitespaceAt(raw, lines.start(i))) return undefined;
	return items.length > 0 ? { items, next: i } : { next: i };
}

/** `[a, "b", 3]` with simple items only. */
function flowList(text: string): Scalar[] | typeof NOT_SIMPLE {
	if (!text.endsWith("]")) return NOT_SIMPLE;
	const innerFrom = skipSpaces(text, 1, text.length - 1);
	if (innerFrom === trimSpacesEnd(text, innerFrom, text.length - 1)) return [];
	const items: Scalar[] = [];
	for (const part of text.slice(innerFrom, trimSpacesEnd(text, innerFrom, text.length - 1)).split(",")) {
		const from = skipSpaces(part, 0, part.length);
		const to = trimSpacesEnd(part, from, part.length);
		if (from === to || /[[\]{}:]/.test(part.slice(from, to))) return NOT_SIMPLE;
		const value = scalar(part, from, to);
		if (value === NOT_SIMPLE) return NOT_SIMPLE;
		items.push(value);
	}
	return items;
}

/** The non-empty `[from, to)` of `text` as a plain, single-quoted or double-quoted scalar without escapes, resolved by the core schema. */
function scalar(text: string, from: number, to: number): Scalar | typeof NOT_SIMPLE {
	const first = text.charCodeAt(from);
	const value = text.slice(from, to);
	if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) return quoted(value, first);
	if (startsSyntax(text, from, to, first) || hasIndicator(value)) return NOT_SIMPLE;
	return first >= 128 || MAY_RESOLVE[first] !== 1 ? value : resolve(value);
}

/** `"…"` or `'…'` with no quote or backslash inside: the text between the quotes. */
function quoted(value: string, quote: number): string | typeof NOT_SIMPLE {
	const last = value.length - 1;
	if (last < 1 || value.charCodeAt(last) !== quote) return NOT_SIMPLE;
	if (value.indexOf(value.charAt(0), 1) !== last || value.includes("\\")) return NOT_SIMPLE;
	return value.slice(1, last);
}

/** `{`, `&`, `*`, `!`, … or `-` before whitespace or the end, or `<<`: YAML syntax, not a plain scalar. */
function startsSyntax(text: string, from: number, to: number, first: number): boolean {
	if (first < 128 && SPECIAL_FIRST[first] === 1) return true;
	if (first === DASH) return from + 1 === to || isWhitespaceAt(text, from + 1);
	return first === LESS_THAN && text.charCodeAt(from + 1) === LESS_THAN;
}

/** `: ` or ` #` inside, a tab anywhere, or a trailing `:`: a map, a comment or a tab this fast path leaves to `yaml`. */
function hasIndicator(value: string): boolean {
	return value.endsWith(":") || value.includes("\t") || value.includes(": ") || value.includes(" #");
}

/**
 * The core schema's reading of a plain value whose first character is in `MAY_RESOLVE`. Each
 * pattern can only match values starting with certain characters, so only those are tried.
 */
function resolve(text: string): Scalar | typeof NOT_SIMPLE {
	const first = text.charAt(0);
	if (first === "[") return NOT_SIMPLE;
	if ("nN~".includes(first)) return NULL.test(text) ? null : text;
	if ("tTfF".includes(first)) return BOOLEAN.test(text) ? text.toLowerCase() === "true" : text;
	// `NUMBER_LIKE` needs a sign, a dot or a zero first; a date starts with another digit.
	if (!(first >= "1" && first <= "9") && NUMBER_LIKE.test(text)) return NOT_SIMPLE;
	return FLOAT.test(text) ? Number(text) : text;
}

// ——— offsets ———

/** The first offset in `[from, end)` that is not a space, else `end`. Only spaces: YAML keeps other whitespace in a value. */
function skipSpaces(text: string, from: number, end: number): number {
	let i = from;
	while (i < end && text.charCodeAt(i) === SPACE) i++;
	return i;
}

/** Just past the last character of `[from, end)` that is not a space. A trailing ideographic space (U+3000) is part of the value. */
function trimSpacesEnd(text: string, from: number, end: number): number {
	let i = end;
	while (i > from && text.charCodeAt(i - 1) === SPACE) i--;
	return i;
}

function isWhitespaceAt(text: string, at: number): boolean {
	if (at >= text.length) return false;
	const c = text.charCodeAt(at);
	if (c === SPACE || c === TAB || c === NEWLINE || c === CARRIAGE_RETURN) return true;
	if (c < 128 && c !== 11 && c !== 12) return false;
	WHITESPACE_AT.lastIndex = at;
	return WHITESPACE_AT.test(text);
}
