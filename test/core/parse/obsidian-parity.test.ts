/**
 * Parity with Obsidian (issue #2): for every note recorded in the real app
 * (`../shared/obsidian-metadata/*.json`), the facts Obsidian's `metadataCache` reported are compared
 * with `parseNote`'s — headings (level, text, line), sections (type, start and end line), list items
 * (line, parent, task character), links, embeds and tags (line, col). The agreement figure is
 * printed; every fact that differs must be listed in `EXCEPTIONS` with its reason, so a new
 * disagreement fails the test.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseNote, type ParsedNote, type SectionType } from "../../../src/core/parse";
import { sharedPath } from "./shared";

const recordings = sharedPath("obsidian-metadata");
/** Vault-level link maps, not notes. */
const NOT_NOTES = new Set(["resolvedLinks.json", "unresolvedLinks.json"]);

/** A deliberate difference: the recording, the fact as printed below, and why. */
interface Exception {
	readonly file: string;
	/** `+fact`: Dossier reports it and Obsidian does not; `-fact`: the other way round. */
	readonly fact: string;
	readonly reason: string;
}

const EXCEPTIONS: readonly Exception[] = [];

/** Dossier's own section types, mapped back to the type Obsidian reports for the same block. */
const OBSIDIAN_SECTION_TYPE: Partial<Record<SectionType, string>> = {};

interface Position {
	readonly start: { readonly line: number; readonly col: number };
	readonly end: { readonly line: number; readonly col: number };
}
interface Recorded {
	readonly headings?: readonly { heading: string; level: number; position: Position }[];
	readonly sections?: readonly { type: string; position: Position }[];
	readonly listItems?: readonly { parent: number; task?: string; position: Position }[];
	readonly links?: readonly { position: Position }[];
	readonly embeds?: readonly { position: Position }[];
	readonly tags?: readonly { tag: string; position: Position }[];
}

function at(position: Position): string {
	return `${position.start.line}:${position.start.col}`;
}

/** The compared facts of Obsidian's metadata, one string each. */
function obsidianFacts(meta: Recorded): string[] {
	return [
		...(meta.headings ?? []).map((h) => `heading ${h.position.start.line} h${h.level} ${JSON.stringify(h.heading)}`),
		...(meta.sections ?? []).map((s) => `section ${s.type} ${s.position.start.line}-${s.position.end.line}`),
		...(meta.listItems ?? []).map((i) => `listItem ${i.position.start.line} parent ${i.parent} task ${JSON.stringify(i.task ?? null)}`),
		...(meta.links ?? []).map((l) => `link ${at(l.position)}`),
		...(meta.embeds ?? []).map((l) => `embed ${at(l.position)}`),
		...(meta.tags ?? []).map((t) => `tag ${at(t.position)} ${t.tag}`),
	];
}

function dossierFacts(note: ParsedNote): string[] {
	const sectionType = (type: SectionType) => OBSIDIAN_SECTION_TYPE[type] ?? type;
	return obsidianFacts({ ...note, sections: note.sections.map((s) => ({ ...s, type: sectionType(s.type) })) });
}

/** Facts in `a` not matched one-for-one in `b`. */
function missing(a: readonly string[], b: readonly string[]): string[] {
	const left = new Map<string, number>();
	for (const fact of b) left.set(fact, (left.get(fact) ?? 0) + 1);
	return a.filter((fact) => {
		const n = left.get(fact) ?? 0;
		left.set(fact, n - 1);
		return n <= 0;
	});
}

interface Comparison {
	readonly file: string;
	readonly expected: number;
	readonly differences: readonly string[];
}

function compare(file: string): Comparison {
	const recording = JSON.parse(readFileSync(path.join(recordings.path, file), "utf8")) as { fileContents: string; cachedMetadata: Recorded };
	const expected = obsidianFacts(recording.cachedMetadata);
	const actual = dossierFacts(parseNote(recording.fileContents));
	const differences = [...missing(expected, actual).map((f) => `-${f}`), ...missing(actual, expected).map((f) => `+${f}`)];
	return { file, expected: expected.length, differences };
}

const title = recordings.exists ? "parity with Obsidian's metadata cache" : `parity with Obsidian (skipped: ${recordings.path} is absent)`;

describe.skipIf(!recordings.exists)(title, () => {
	const files = recordings.exists ? readdirSync(recordings.path).filter((f) => f.endsWith(".json") && !NOT_NOTES.has(f)).sort() : [];
	const comparisons = files.map(compare);

	it("prints the agreement figure over every recording", () => {
		const total = comparisons.reduce((sum, c) => sum + c.expected + c.differences.filter((d) => d.startsWith("+")).length, 0);
		const disagreeing = comparisons.reduce((sum, c) => sum + c.differences.length, 0);
		const agreed = total - disagreeing;
		console.log(`Obsidian parity: ${agreed}/${total} facts (${((100 * agreed) / total).toFixed(2)}%) over ${files.length} notes; ${EXCEPTIONS.length} deliberate differences`);
		expect(files.length).toBeGreaterThan(80);
	});

	it.each(files)("%s agrees, apart from the listed exceptions", (file) => {
		const comparison = comparisons.find((c) => c.file === file);
		const allowed = EXCEPTIONS.filter((e) => e.file === file).map((e) => e.fact);
		expect(comparison?.differences.filter((d) => !allowed.includes(d))).toEqual([]);
	});

	it("lists no exception that no longer happens", () => {
		const stale = EXCEPTIONS.filter((e) => !comparisons.find((c) => c.file === e.file)?.differences.includes(e.fact));
		expect(stale).toEqual([]);
	});
});
