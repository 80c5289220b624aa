/**
 * A vault's analyses as the timeline reads them, and its open questions, for the commands that
 * show who is named with whom (`entities --related`, `map`). Each note's text is read once, after
 * loading has found every entity note (a note's links and unlinked names can only be resolved
 * against the whole registry), into a `TimelineSource` (`timelineSourceOf`) and into the
 * questions index, the way the `questions` command reads it.
 */
import { entityNamed, entityNamesIn, timelineSourceOf, type Entity, type Matcher, type QuestionSource, type TimelineSource } from "../core/entities";
import { activeQuestionSources, investigationHeadingMatcher, QuestionIndex, readNoteQuestions } from "../core/questions";
import { UsageError, type Io } from "./command";
import type { LoadedVault } from "./vault";

/** What the timeline and the maps are made from. */
export interface VaultAnalyses {
	readonly sources: readonly TimelineSource[];
	/** Open and investigating questions, with the entities each mentions. */
	readonly questions: readonly QuestionSource[];
}

/** What to read, and how to show it. */
export interface ReadOptions {
	/** The notes to read (default: every note). */
	readonly files?: readonly string[];
	/** False to leave the questions out (*Named with* needs none). */
	readonly questions?: boolean;
	readonly io?: Io;
}

/** Reads notes of `vault` into timeline sources and, unless told not to, open questions. */
export async function readAnalyses(vault: LoadedVault, matcher: Matcher, { files = vault.files, questions = true, io }: ReadOptions = {}): Promise<VaultAnalyses> {
	const options = { isInvestigationHeading: investigationHeadingMatcher(vault.settings.questionsHeadings), findEntities: (text: string) => entityNamesIn(matcher, text) };
	const index = new QuestionIndex();
	const sources: TimelineSource[] = [];
	const reading = io?.progress("Reading analyses");
	for (const [done, file] of files.entries()) {
		reading?.update(done, files.length);
		const text = await vault.take(file);
		const source = timelineSourceOf(text, file, matcher);
		if (source) sources.push(source);
		if (questions) index.set(readNoteQuestions(text, { ...options, path: file }));
	}
	reading?.end();
	return { sources, questions: activeQuestionSources(index) };
}

/** The entity `name` names (its note's name or an alias, as the plugin reads them), or a usage error. */
export function entityOrFail(matcher: Matcher, name: string): Entity {
	const entity = entityNamed(matcher, name);
	if (!entity) throw new UsageError(`no entity is named ${JSON.stringify(name)}`);
	return entity;
}
