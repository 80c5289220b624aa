import { findMentions, resolveName } from "./matcher";
import type { Entity, Matcher } from "./types";

/**
 * The names of the entities `text` mentions, in order of first mention, each once; names the
 * linker would not link (flagged) are left out. The questions feature's entity finder.
 *
 * @example entityNamesIn(matcher, "深度求索與星門，再提DeepSeek。") // ["DeepSeek", "Stargate"]
 */
export function entityNamesIn(matcher: Matcher, text: string): string[] {
	const names = findMentions(matcher, text).flatMap((mention) => (mention.flag ? [] : [mention.entity]));
	return [...new Set(names)];
}

/**
 * The entity one of whose names is exactly `name` (compared as the matcher compares: width, case,
 * script variants folded), else the one `name` names as a link target; undefined for none. A name
 * is matched whole first, so `Intel/Altera` is not read as a folder and a note.
 *
 * @example entityNamed(matcher, "深度求索")?.name // "DeepSeek"
 */
export function entityNamed(matcher: Matcher, name: string): Entity | undefined {
	const trimmed = name.trim();
	if (trimmed === "") return undefined;
	const whole = findMentions(matcher, trimmed).find((m) => m.from === 0 && m.to === trimmed.length);
	return whole ? matcher.registry.byPath.get(whole.path) : resolveName(matcher, trimmed);
}
