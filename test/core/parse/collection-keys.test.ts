/**
 * Keys that are themselves a list or a map (`? [a, b]`, `{a: 1}: x`), as some real notes' YAML
 * holds: the `yaml` package printed "Keys with collection values will be stringified…" on stderr
 * for each. Every note recorded in Obsidian (`../shared/obsidian-metadata/`) is read again with
 * such keys added to its frontmatter: nothing is printed, and the rest of the note reads as
 * Obsidian read it — its properties, and its headings, one line further down per added line.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { readProperties } from "../../../src/core/analysis";
import { setEntitiesProperty } from "../../../src/core/entities/property";
import { parseNote } from "../../../src/core/parse";
import { sharedPath } from "./shared";

/** The added lines, and the keys `yaml` gives them (their text in flow style). */
const COLLECTION_KEYS = "? [a, b]\n: list key\n{a: 1}: map key\n";
const ADDED_LINES = 3;
const KEYS = ["[ a, b ]", "{ a: 1 }"];

interface Recording {
	readonly fileContents: string;
	readonly cachedMetadata: { readonly frontmatter?: Record<string, unknown>; readonly headings?: readonly { heading: string; position: { start: { line: number } } }[] };
}

const recordings = sharedPath("obsidian-metadata");
const withFrontmatter = recordings.exists
	? readdirSync(recordings.path)
			.filter((file) => file.endsWith(".json"))
			.map((file) => ({ file, recording: JSON.parse(readFileSync(path.join(recordings.path, file), "utf8")) as Recording }))
			// Block-style YAML: keys cannot be added to a frontmatter written as one JSON object.
			.filter(({ recording }) => recording.fileContents?.startsWith("---\n") && !recording.fileContents.startsWith("---\n{") && recording.cachedMetadata.frontmatter !== undefined)
	: [];

let warnings: MockInstance;
let consoleWarnings: MockInstance;
beforeEach(() => {
	warnings = vi.spyOn(process, "emitWarning");
	consoleWarnings = vi.spyOn(console, "warn");
});
afterEach(() => vi.restoreAllMocks());

const printed = () => [...warnings.mock.calls, ...consoleWarnings.mock.calls];
const withKeys = (text: string) => `---\n${COLLECTION_KEYS}${text.slice(4)}`;

describe.skipIf(!recordings.exists)("a frontmatter key that is a list or a map", () => {
	it("is found in the recordings' notes", () => {
		expect(withFrontmatter.length).toBeGreaterThan(20);
	});

	it.each(withFrontmatter)("$file reads as Obsidian read it, and nothing is printed", ({ recording }) => {
		const note = parseNote(withKeys(recording.fileContents));
		expect(printed()).toEqual([]);
		const values = { ...note.frontmatter };
		expect(KEYS.map((key) => values[key])).toEqual(["list key", "map key"]);
		for (const key of KEYS) delete values[key];
		expect(values).toEqual(recording.cachedMetadata.frontmatter);
		const headings = (recording.cachedMetadata.headings ?? []).map((h) => [h.heading, h.position.start.line + ADDED_LINES]);
		expect(note.headings.map((h) => [h.heading, h.position.start.line])).toEqual(headings);
	});

	it("is kept as written when an analysis's properties are read and its entities set, and nothing is printed", () => {
		const text = `---\ntype: analysis\n${COLLECTION_KEYS}---\nDeepSeek\n`;
		const properties = readProperties(text, parseNote(text));
		expect(properties.ok && properties.value.values.type).toBe("analysis");
		expect(setEntitiesProperty(text, ["DeepSeek"])).toBe(`---\ntype: analysis\n${COLLECTION_KEYS}entities:\n  - "[[DeepSeek]]"\n---\nDeepSeek\n`);
		expect(printed()).toEqual([]);
	});
});
