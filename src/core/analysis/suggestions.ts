/**
 * Keyword suggestions for the form: keywords already used in the vault's analyses and the names of
 * its entity notes, the most used first, filtered by what the user is typing.
 */

/** What the vault offers: every note's keywords, and the names (and aliases) of entity notes. */
export interface KeywordSources {
	readonly keywords: readonly (readonly string[])[];
	readonly entityNames: readonly string[];
}

/** Suggestions for `typed` (the keyword being typed), leaving out those already `chosen`. */
export function suggestKeywords(sources: KeywordSources, typed: string, chosen: readonly string[], limit = 8): string[] {
	const counts = new Map<string, number>();
	for (const list of sources.keywords) for (const k of new Set(list)) counts.set(k, (counts.get(k) ?? 0) + 1);
	for (const name of sources.entityNames) counts.set(name, (counts.get(name) ?? 0) + 1);
	const needle = typed.trim().toLowerCase();
	const taken = new Set(chosen.map((c) => c.toLowerCase()));
	return [...counts]
		.filter(([k]) => k.trim() !== "" && !taken.has(k.toLowerCase()) && k.toLowerCase().includes(needle))
		.sort(([a, ca], [b, cb]) => rank(a, needle) - rank(b, needle) || cb - ca || a.localeCompare(b))
		.slice(0, limit)
		.map(([k]) => k);
}

/** Prefix matches before inner ones. */
function rank(keyword: string, needle: string): number {
	return needle !== "" && keyword.toLowerCase().startsWith(needle) ? 0 : 1;
}

/** Splits a comma-separated field (`,`, `，`, `、`) into trimmed, non-empty, distinct items. */
export function splitList(value: string): string[] {
	return [...new Set(value.split(/[,，、]/).map((v) => v.trim()).filter(Boolean))];
}
