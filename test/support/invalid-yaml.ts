/**
 * Obsidian reads a note whose frontmatter is not valid YAML without throwing: the note simply has
 * no properties. The mocks' metadata parser throws the `yaml` package's error instead, so a vault
 * holding such a note could not even load. This makes the mocks skip the note's metadata, as they
 * already do for a file they cannot read; everything else is the mocks' own behaviour.
 */
import { vi } from "vitest";
import { YAMLError } from "yaml";
import { MetadataCache } from "obsidian-test-mocks/obsidian";

/** The mocks' per-file metadata step (private in their types). */
interface ParsesFiles {
	parseFileMetadata(file: unknown): void;
}

/** Call before `loadPlugin`; `vi.restoreAllMocks()` undoes it. */
export function readInvalidFrontmatterAsObsidianDoes(): void {
	const cache = MetadataCache.prototype as unknown as ParsesFiles;
	const original = cache.parseFileMetadata;
	vi.spyOn(cache, "parseFileMetadata").mockImplementation(function (this: ParsesFiles, file: unknown) {
		try {
			original.call(this, file);
		} catch (error) {
			if (!(error instanceof YAMLError)) throw error;
		}
	});
}
