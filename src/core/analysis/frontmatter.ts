/**
 * Properties: reading a note's frontmatter, deciding what Dossier should set (never dropping,
 * reordering or overwriting what the user wrote), and writing those changes into the text so that
 * every untouched line of the YAML stays byte for byte as it was.
 */
import { isMap, isScalar, parseDocument, stringify, type Pair } from "yaml";
import { YAML_READ_OPTIONS, yamlProblem, type ParsedNote } from "../parse";
import { fail, LIST_PROPERTIES, ok, PROPERTY_ORDER, type PropertyName, type PropertyValue, type Result } from "./model";

/** A note's properties and where they sit in its text. */
export interface NoteProperties {
	/** The parsed values (an empty object when the note has no frontmatter). */
	readonly values: Readonly<Record<string, unknown>>;
	/** The YAML between the fences, offsets `[from, to)`; `null` when there is no frontmatter. */
	readonly yaml: { readonly from: number; readonly to: number } | null;
	/** Where the body starts (after the closing fence's line). */
	readonly bodyStart: number;
}

/** Reads the properties of a parsed note; malformed YAML is an error value. */
export function readProperties(text: string, parsed: ParsedNote): Result<NoteProperties> {
	const block = parsed.frontmatterBlock;
	if (!block) return ok({ values: {}, yaml: null, bodyStart: 0 });
	if (!block.ok) return fail({ kind: "bad-frontmatter", problem: block.problem });
	const { start, end } = block.position;
	const from = parsed.lineStarts[start.line + 1] ?? text.length;
	const to = Math.max(from, parsed.lineStarts[end.line] ?? text.length);
	const doc = parseDocument(text.slice(from, to), YAML_READ_OPTIONS);
	const problem = doc.errors[0];
	if (problem) return fail({ kind: "bad-frontmatter", problem: yamlProblem(problem) });
	const values: unknown = doc.toJS();
	const record = typeof values === "object" && values !== null && !Array.isArray(values) ? (values as Record<string, unknown>) : {};
	return ok({ values: record, yaml: { from, to }, bodyStart: parsed.lineStarts[end.line + 1] ?? text.length });
}

/** One property to set: its key and its whole new value. */
export interface PropertyChange {
	readonly key: PropertyName;
	readonly value: PropertyValue;
	/** `add`: the note lacks the key; `replace`: the key exists but was empty, or a list gains items. */
	readonly mode: "add" | "replace";
}

/** What Dossier wants to set and what came of it. */
export interface PropertyPlan {
	readonly changes: readonly PropertyChange[];
	/** Keys where the note already holds a different value, which is kept. */
	readonly conflicts: readonly PropertyName[];
	/** The properties after the changes, for checking what they reproduce. */
	readonly merged: Readonly<Record<string, unknown>>;
}

/**
 * Plans the changes that give a note the `wanted` values: an absent or empty property is set, a
 * list gains the items it lacks (at its end), and a different value the user wrote is kept.
 */
export function planProperties(existing: Readonly<Record<string, unknown>>, wanted: readonly (readonly [PropertyName, PropertyValue])[]): PropertyPlan {
	const changes: PropertyChange[] = [];
	const conflicts: PropertyName[] = [];
	const merged: Record<string, unknown> = { ...existing };
	for (const key of PROPERTY_ORDER) {
		const value = wanted.find(([k]) => k === key)?.[1];
		if (value === undefined) continue;
		const change = LIST_PROPERTIES.has(key) ? planList(key, existing[key], asList(value)) : planScalar(key, existing[key], asText(value));
		if (change === "conflict") conflicts.push(key);
		else if (change) {
			changes.push(change);
			merged[key] = change.value;
		}
	}
	return { changes, conflicts, merged };
}

function planScalar(key: PropertyName, current: unknown, value: string): PropertyChange | "conflict" | null {
	if (isEmpty(current)) return value === "" && current !== undefined ? null : { key, value, mode: current === undefined ? "add" : "replace" };
	if (asString(current) === value || value === "") return null;
	return "conflict";
}

function planList(key: PropertyName, current: unknown, value: readonly string[]): PropertyChange | null {
	if (isEmpty(current)) return value.length === 0 && current !== undefined ? null : { key, value, mode: current === undefined ? "add" : "replace" };
	const have = Array.isArray(current) ? current.map(asString) : [asString(current)];
	const missing = value.filter((item) => !have.includes(item));
	return missing.length === 0 ? null : { key, value: [...have, ...missing], mode: "replace" };
}

function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

function asList(value: PropertyValue): readonly string[] {
	return typeof value === "string" ? (value === "" ? [] : [value]) : value;
}

function asText(value: PropertyValue): string {
	return typeof value === "string" ? value : value.join(", ");
}

/** Whether `merged` holds `value` for `key` (a list holds every item of `value`). */
export function holds(merged: Readonly<Record<string, unknown>>, key: PropertyName, value: PropertyValue): boolean {
	const current = merged[key];
	const have = Array.isArray(current) ? current.map(asString) : current === undefined || current === null ? [] : [asString(current)];
	if (typeof value === "string") return have.includes(value);
	return value.every((item) => have.includes(item));
}

/** A YAML value as text: scalars as written, anything else as JSON (so it never equals a plain value). */
function asString(value: unknown): string {
	if (typeof value === "string") return value;
	if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
	return JSON.stringify(value) ?? "";
}

/** Serialises properties as Obsidian writes them: block lists, empty values left blank. */
export function propertiesYaml(entries: readonly (readonly [string, unknown])[]): string {
	if (entries.length === 0) return "";
	const record: Record<string, unknown> = {};
	for (const [key, value] of entries) record[key] = value === "" ? null : value;
	return stringify(record, { nullStr: "", lineWidth: 0 });
}

/**
 * Writes `changes` into the note's text: a replaced key is rewritten where it stands, an added key
 * goes after the last one, and nothing else in the YAML moves. A note without frontmatter gets one.
 */
export function writeProperties(text: string, properties: NoteProperties, changes: readonly PropertyChange[]): string {
	if (changes.length === 0) return text;
	if (!properties.yaml) return `---\n${propertiesYaml(changes.map((c) => [c.key, c.value]))}---\n${text}`;
	const { from, to } = properties.yaml;
	const yaml = text.slice(from, to);
	const ranges = pairRanges(yaml);
	let out = yaml;
	const replaced = changes.filter((c) => c.mode === "replace" && ranges.has(c.key));
	for (const change of [...replaced].sort((a, b) => (ranges.get(b.key)?.[0] ?? 0) - (ranges.get(a.key)?.[0] ?? 0))) {
		const [start, end] = ranges.get(change.key) ?? [0, 0];
		out = out.slice(0, start) + propertiesYaml([[change.key, change.value]]).replace(/\n$/, "") + out.slice(end);
	}
	const added = changes.filter((c) => !replaced.includes(c));
	if (added.length > 0) out = `${out}${out === "" || out.endsWith("\n") ? "" : "\n"}${propertiesYaml(added.map((c) => [c.key, c.value]))}`;
	return text.slice(0, from) + out + text.slice(to);
}

/** Top-level key → the span from the key's first character to the end of its value. */
function pairRanges(yaml: string): Map<string, readonly [number, number]> {
	const ranges = new Map<string, readonly [number, number]>();
	const doc = parseDocument(yaml, YAML_READ_OPTIONS);
	if (!isMap(doc.contents)) return ranges;
	for (const pair of doc.contents.items as Pair[]) {
		if (!isScalar(pair.key) || !pair.key.range) continue;
		const value = pair.value as { range?: [number, number, number] } | null;
		const end = value?.range ? value.range[1] : pair.key.range[1];
		ranges.set(String(pair.key.value), [pair.key.range[0], trimEnd(yaml, end)]);
	}
	return ranges;
}

function trimEnd(text: string, end: number): number {
	let at = end;
	while (at > 0 && /[ \t\r\n]/.test(text[at - 1] ?? "")) at -= 1;
	return at;
}
