/**
 * An entity's timeline: the analyses that mention it, newest published first, with outlet and
 * date; and the open questions that mention it (injected by the questions feature).
 */
import type { Entity, Matcher, QuestionSource, Timeline, TimelineSource } from "./types";

/**
 * The timeline of `entity`: `sources` that list it (by name) sorted newest `published` first
 * (undated last, then by title), and `questions` whose text mentions one of its names (found with
 * `matcher`) or links it.
 */
export function buildTimeline(entity: Entity, sources: readonly TimelineSource[], questions: readonly QuestionSource[], matcher: Matcher): Timeline {
	void sources;
	void questions;
	void matcher;
	return { entity: entity.name, analyses: [], questions: [] };
}
