// The pure helpers behind the entity commands: file names, names read from a selection, the new note's text.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FILE_NAME_EXAMPLES, entityFileName } from "../../../src/core/entities/names";
import { SELECTION_EXAMPLES, namesFromSelection } from "../../../src/core/entities/selection";
import { NEW_NOTE_EXAMPLES, newEntityNoteText } from "../../../src/core/entities/new-note";
import { parse } from "yaml";

describe("entity file names", () => {
	it.each(FILE_NAME_EXAMPLES)("$name → $baseName", ({ name, baseName }) => {
		expect(entityFileName(name)).toEqual({ baseName, changed: baseName !== name });
	});

	it("always gives a usable file name, and says when it differs from the name", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 300 }), (name) => {
				const { baseName, changed } = entityFileName(name);
				expect(baseName).not.toMatch(/[/\\:*?"<>|#^[\]]/);
				expect([...baseName].every((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)).toBe(true);
				expect(baseName).not.toMatch(/^\.|[. ]$/);
				expect(baseName.length).toBeGreaterThan(0);
				expect(baseName.length).toBeLessThanOrEqual(120);
				expect(changed).toBe(baseName !== name);
				expect(entityFileName(baseName)).toEqual({ baseName, changed: false });
			}),
		);
	});
});

describe("names from a selection", () => {
	it.each(SELECTION_EXAMPLES)("$selection ($canonical)", ({ selection, canonical, expected }) => {
		expect(namesFromSelection(selection, canonical)).toEqual(expected);
	});
});

describe("new entity note text", () => {
	it.each(NEW_NOTE_EXAMPLES)("$note.name", ({ note, text }) => {
		expect(newEntityNoteText(note)).toBe(text);
	});

	it("writes properties that read back as the name, aliases and category", () => {
		fc.assert(
			fc.property(fc.string().filter((s) => s.trim() !== ""), fc.array(fc.string()), fc.string({ minLength: 1 }), (name, aliases, category) => {
				const text = newEntityNoteText({ name, aliases, category, nameIsAlias: true, timeline: true });
				const yaml = /^---\n([\s\S]*?)---\n/.exec(text)?.[1] ?? "";
				const props = parse(yaml) as Record<string, unknown>;
				expect(props.type).toBe("entity");
				expect(props.category).toBe(category);
				expect(props.aliases).toContain(name.trim());
			}),
		);
	});
});
