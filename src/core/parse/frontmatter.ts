/**
 * The frontmatter block: a `---` line at the very start of the note (after an optional BOM), the
 * YAML, and a closing `---` line. A block that does not parse is an error value with a readable
 * sentence; it is never thrown. An opening `---` that is never closed is not frontmatter (Obsidian
 * reads it as a thematic break), but it is reported so the user can see why.
 */
import { parseDocument, YAMLError, type ErrorCode } from "yaml";
import { say, translator } from "../i18n";
import type { Lines } from "./lines";
import { parseSimpleYaml } from "./simple-yaml";
import type { Frontmatter, FrontmatterProblem } from "./types";
import { yamlReason } from "./yaml-reasons";

const BOM = 0xfeff;

/**
 * The `yaml` options every reader of a note's YAML passes. The library would print its warnings
 * on the process's stderr — a key that is itself a list or a map (`? [a, b]`, `{a: 1}: x`), which
 * it keeps as the key's text, is the one real notes meet — so they are off; its errors are not.
 */
export const YAML_READ_OPTIONS = { logLevel: "error" } as const;

/** What the frontmatter scan found: the block, and the first line of the body. */
export interface FrontmatterScan {
	readonly block?: Frontmatter;
	/** The first line after the block (0 when there is no closed block). */
	readonly bodyLine: number;
}

/** True when `line` holds exactly `---` (trailing spaces allowed), after `from`. */
function isFence(lines: Lines, line: number, from: number): boolean {
	const text = lines.text;
	const end = lines.end(line);
	if (!text.startsWith("---", from)) return false;
	for (let i = from + 3; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c !== 32 && c !== 9) return false;
	}
	return true;
}

export function scanFrontmatter(lines: Lines): FrontmatterScan {
	const first = lines.text.charCodeAt(0) === BOM ? 1 : 0;
	if (lines.count < 2 || !isFence(lines, 0, first)) return { bodyLine: 0 };
	for (let line = 1; line < lines.count; line++) {
		if (isFence(lines, line, lines.start(line))) return { block: readBlock(lines, line), bodyLine: line + 1 };
	}
	return { block: unclosed(lines), bodyLine: 0 };
}

function readBlock(lines: Lines, closingLine: number): Frontmatter {
	const raw = lines.text.slice(lines.start(1), closingLine > 1 ? lines.end(closingLine - 1) : lines.start(1));
	const position = lines.linesPos(0, closingLine);
	const parsed = parseYaml(raw);
	return parsed.ok ? { ok: true, raw, values: parsed.values, position } : { ok: false, raw, error: describeFrontmatterProblem(parsed.problem), problem: parsed.problem, position };
}

function unclosed(lines: Lines): Frontmatter {
	const raw = lines.text.slice(lines.start(1));
	const problem: FrontmatterProblem = { kind: "unclosed" };
	return { ok: false, raw, error: describeFrontmatterProblem(problem), problem, position: lines.linesPos(0, 0) };
}

type YamlResult = { readonly ok: true; readonly values: Record<string, unknown> } | { readonly ok: false; readonly problem: FrontmatterProblem };

/** Parses the YAML into properties; any problem becomes data naming the note line. */
function parseYaml(raw: string): YamlResult {
	if (raw.trim() === "") return { ok: true, values: {} };
	const simple = parseSimpleYaml(raw);
	if (simple) return { ok: true, values: simple };
	try {
		const doc = parseDocument(raw, { ...YAML_READ_OPTIONS, prettyErrors: true, uniqueKeys: true });
		const problem = doc.errors[0];
		if (problem) return { ok: false, problem: yamlProblem(problem) };
		const values: unknown = doc.toJS({ maxAliasCount: 100 });
		if (values === null || values === undefined) return { ok: true, values: {} };
		if (typeof values !== "object" || Array.isArray(values)) return { ok: false, problem: { kind: "not-properties" } };
		return { ok: true, values: values as Record<string, unknown> };
	} catch (error) {
		return { ok: false, problem: yamlProblem(error instanceof YAMLError ? error : { message: error instanceof Error ? error.message : String(error) }) };
	}
}

/** What a `yaml` error says: its code, text and position (an error it threw may have none of the first and last). */
export interface YamlErrorLike {
	readonly code?: ErrorCode;
	readonly message: string;
	/** 1-based within the YAML; the note line adds the opening `---`. */
	readonly linePos?: readonly { readonly line: number }[];
}

/** A `yaml` error as a problem naming the note line, the library's code and its text (first line, no position). */
export function yamlProblem(error: YamlErrorLike): FrontmatterProblem {
	const detail = (error.message.split("\n")[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, "").trim().replace(/\.$/, "");
	const yamlLine = error.linePos?.[0]?.line;
	return { kind: "yaml", line: yamlLine === undefined ? null : yamlLine + 1, code: error.code ?? null, detail };
}

const ENGLISH = translator("en");

/** The problem as one English sentence (the parser's `error`, and the CLI's words). */
export function describeFrontmatterProblem(problem: FrontmatterProblem): string {
	switch (problem.kind) {
		case "unclosed":
			return "The frontmatter opened by `---` on line 1 is never closed by another `---` line, so it is read as ordinary text.";
		case "not-properties":
			return "The frontmatter must be a list of `name: value` properties, not a single value or a list.";
		case "yaml":
			return `The frontmatter is not valid YAML${problem.line === null ? "" : ` on line ${problem.line} of the note`}: ${say(ENGLISH, yamlReason(problem))}.`;
	}
}
