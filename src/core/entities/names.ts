import { findMentions } from "./matcher";
import type { Matcher } from "./types";

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
