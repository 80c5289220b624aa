/**
 * File names for new analyses: a pattern filled like a template (default: published date, then the
 * title), characters that break file names or links replaced, and a numbered suffix when the name is
 * taken — computed against the paths that exist, so nothing is ever overwritten. One unit with its examples.
 */
import { fail, ok, type Result } from "./model";
import { fillText, validateTemplate, type TemplateContext } from "./placeholders";

export const DEFAULT_FILE_NAME_PATTERN = "{{published:YYYY-MM-DD}} {{title}}";

/**
 * Characters no file name may hold on some system (`\ / : * ? " < > |`), those that break
 * Obsidian links (`# ^ [ ]`), and control characters.
 */
const ILLEGAL = /[\\/:*?"<>|#^[\]\p{Cc}]/gu;
/** Longest name kept, in code points, before the extension. */
const MAX_LENGTH = 120;

/** Makes `name` safe as a file name: illegal characters become spaces, runs of spaces one, no dot or space at either end. */
export function safeFileName(name: string, fallback: string): string {
	const cleaned = name.replace(ILLEGAL, " ").replace(/\s+/g, " ").replace(/^[\s.]+|[\s.]+$/g, "");
	const cut = [...cleaned].slice(0, MAX_LENGTH).join("").replace(/[\s.]+$/, "");
	return cut === "" ? fallback : cut;
}

/** Checks a file-name pattern; the settings tab shows the reason. */
export function validateFileNamePattern(pattern: string): Result<void> {
	if (pattern.trim() === "") return fail({ kind: "empty-pattern" });
	if (pattern.includes("\n")) return fail({ kind: "multi-line-pattern" });
	const valid = validateTemplate(pattern);
	return valid.ok ? ok(undefined) : fail(valid.error);
}

/** The vault path of a new note: `folder/name.md`, with ` 1`, ` 2`, … added until it is free. */
export function notePath(pattern: string, context: TemplateContext, folder: string, existing: ReadonlySet<string>, fallback: string): Result<string> {
	const filled = fillText(pattern, context);
	if (!filled.ok) return filled;
	const name = safeFileName(filled.value, fallback);
	const taken = new Set([...existing].map((p) => p.toLowerCase()));
	const prefix = folder.replace(/^\/+|\/+$/g, "");
	for (let n = 0; ; n++) {
		const path = `${prefix === "" ? "" : `${prefix}/`}${name}${n === 0 ? "" : ` ${n}`}.md`;
		if (!taken.has(path.toLowerCase())) return ok(path);
	}
}

/** Examples: a name → what is kept (fallback "Untitled analysis"). */
export const FILE_NAME_EXAMPLES: readonly { readonly name: string; readonly expected: string }[] = [
	{ name: "2025-12-05 美國在AI競賽中是否存在戰略失誤？", expected: "2025-12-05 美國在AI競賽中是否存在戰略失誤？" },
	{ name: "2025-12-05 Is the US making a strategic error?", expected: "2025-12-05 Is the US making a strategic error" },
	{ name: "Stargate: who pays? [draft] #ai", expected: "Stargate who pays draft ai" },
	{ name: "a/b\\c|d", expected: "a b c d" },
	{ name: "  ...hidden.  ", expected: "hidden" },
	{ name: " ", expected: "Untitled analysis" },
	{ name: "x".repeat(130), expected: "x".repeat(120) },
];
