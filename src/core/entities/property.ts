/**
 * The `entities` frontmatter list of an analysis: every entity it links, as `"[[Name]]"`, with
 * what the user wrote kept (order, plain names, links to notes that are no entities).
 */
import { parse, stringify } from "yaml";
import { YAML_READ_OPTIONS } from "../parse";
import { noteConventions } from "../text/conventions";
import { ENTITIES_PROPERTY } from "./types";

/**
 * The new `entities` value: the existing entries (a list, a single string, or nothing) kept in
 * order, then `"[[Name]]"` for each linked name not already listed (as a link or plain name).
 */
export function mergeEntitiesProperty(existing: unknown, linked: readonly string[]): string[] {
	const kept = (Array.isArray(existing) ? existing : existing === undefined || existing === null || existing === "" ? [] : [existing]).filter((v): v is string | number => typeof v === "string" || typeof v === "number").map(String);
	const listed = new Set(kept.map(entryName));
	const out = [...kept];
	for (const name of linked) {
		if (listed.has(name.toLowerCase())) continue;
		listed.add(name.toLowerCase());
		out.push(`[[${name}]]`);
	}
	return out;
}

/** `[[Name|shown]]`, `[[Name]]` or `Name` → `name` (lower case), for comparing. */
function entryName(entry: string): string {
	const inner = /^\s*\[\[([^\]|#]+)/.exec(entry);
	return (inner ? inner[1]! : entry).trim().toLowerCase();
}

/** The frontmatter block at the start of a note: `---` line, YAML, `---` line. */
const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(\r?\n|$)/;

/**
 * The note's text with its `entities` property set to `mergeEntitiesProperty(...)`, rewriting only
 * that property's lines (other lines of the frontmatter keep their bytes); a frontmatter block is
 * added when there is none. Returns the text unchanged when nothing is to add or the YAML is
 * malformed. For the CLI; the plugin uses `FileManager.processFrontMatter` with `mergeEntitiesProperty`.
 */
export function setEntitiesProperty(note: string, linked: readonly string[]): string {
	if (linked.length === 0) return note;
	const { text, restore } = noteConventions(note);
	const updated = withEntities(text, linked);
	return updated === text ? note : restore(updated);
}

function withEntities(text: string, linked: readonly string[]): string {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const block = FRONTMATTER.exec(text);
	if (!block) return `---${eol}${render(mergeEntitiesProperty(undefined, linked), eol)}---${eol}${text}`;
	const yaml = block[1] ?? "";
	let values: unknown;
	try {
		values = parse(yaml, YAML_READ_OPTIONS) ?? {};
	} catch {
		return text;
	}
	if (typeof values !== "object" || values === null || Array.isArray(values)) return text;
	const existing = (values as Record<string, unknown>)[ENTITIES_PROPERTY];
	const merged = mergeEntitiesProperty(existing, linked);
	if (Array.isArray(existing) && merged.length === existing.length) return text;
	const start = 4 + (text.startsWith("---\r\n") ? 1 : 0);
	const newYaml = replaceProperty(yaml, render(merged, eol), eol);
	return text.slice(0, start) + newYaml + text.slice(start + yaml.length);
}

function render(list: readonly string[], eol: string): string {
	return stringify({ [ENTITIES_PROPERTY]: list }, { lineWidth: 0 }).replace(/\n/g, eol);
}

/** Replaces the top-level `entities:` key and its indented lines, or appends it. */
function replaceProperty(yaml: string, rendered: string, eol: string): string {
	const lines = yaml.split(/\r?\n/);
	if (lines[lines.length - 1] === "") lines.pop();
	const at = lines.findIndex((line) => new RegExp(`^${ENTITIES_PROPERTY}\\s*:`).test(line));
	const renderedLines = rendered.split(eol).filter((line) => line !== "");
	if (at < 0) return [...lines, ...renderedLines].join(eol) + eol;
	let end = at + 1;
	while (end < lines.length && /^(\s+|-\s)/.test(lines[end]!)) end++;
	lines.splice(at, end - at, ...renderedLines);
	return lines.join(eol) + eol;
}
