/**
 * Who is named with whom, over 10,000 analyses: *Named with* for one entity, and one entity's whole
 * map (drawn, then written over the canvas of its last run, the user's cards kept), beside
 * building the questions index from the same notes' text in the same run. The analyses are read
 * into timeline sources first, untimed — the plugin has them from Obsidian's links and its
 * mention index, the CLI reads them once. The entity mapped is the one most analyses name.
 */
import { buildMatcher, byNameIn, chineseVariants, entityNamesIn, namedWith, registryOf, sourcesNaming, timelineSourceOf, type Entity, type Matcher, type TimelineSource } from "../src/core/entities";
import { translator } from "../src/core/i18n";
import { entityMap, renderMap, type MapOptions } from "../src/core/map";
import { activeQuestionSources, investigationHeadingMatcher, QuestionIndex, readNoteQuestions } from "../src/core/questions";
import { entityNames, generateVault } from "./corpus";
import { medianMs, type Bench, type Row } from "./harness";

const NOTES = 10_000;
/** Characters per note, as in the questions bench. */
const SIZE = 1_700;
const ENTITIES = 300;
const OPTIONS: MapOptions = { maxAnalyses: 50, maxEntities: 30, categories: [], t: translator("en") };

const isInvestigationHeading = investigationHeadingMatcher();

function matcherOf(latin: readonly string[], han: readonly string[]): Matcher {
	const entities: Entity[] = latin.map((name, i) => ({ name, path: `Entities/${name}.md`, aliases: [han[i]!], link: true, excludedAliases: [], allowedAliases: [] }));
	return buildMatcher(registryOf(entities), { allowFlagged: false, variants: chineseVariants() });
}

/** The entity the most sources name. */
function mostNamed(matcher: Matcher, sources: readonly TimelineSource[]): Entity {
	const all = [...matcher.registry.byPath.values()];
	return all.reduce((best, entity) => (sourcesNaming(entity, sources).length > sourcesNaming(best, sources).length ? entity : best), all[0]!);
}

export const mapBench: Bench = {
	name: "Named with and maps",
	run: () => {
		const { latin, han } = entityNames(ENTITIES);
		const notes = generateVault(NOTES, SIZE, [...latin, ...han]);
		const matcher = matcherOf(latin, han);
		let sink = 0;
		const baseline = medianMs(() => {
			const index = new QuestionIndex();
			for (const note of notes) index.set(readNoteQuestions(note.text, { path: note.path, isInvestigationHeading }));
			sink += index.noteCount;
		}, 5);
		const sources = notes.flatMap((note) => timelineSourceOf(note.text, note.path, matcher) ?? []);
		const index = new QuestionIndex();
		const findEntities = (text: string) => entityNamesIn(matcher, text);
		for (const note of notes) index.set(readNoteQuestions(note.text, { path: note.path, isInvestigationHeading, findEntities }));
		const questions = activeQuestionSources(index);
		const entity = mostNamed(matcher, sources);
		const byName = byNameIn(matcher.registry);
		const shared = sourcesNaming(entity, sources).length;
		const list = medianMs(() => (sink += namedWith(entity, sources, byName).length), 9);
		const draw = () => entityMap({ entity, sources, questions, matcher }, OPTIONS);
		const first = renderMap(draw(), null);
		const last = first.ok ? first.text : "";
		const map = medianMs(() => {
			const result = renderMap(draw(), last);
			sink += result.ok ? result.text.length : 0;
		}, 9);
		if (sink < 0) console.log(sink);
		const label = `${NOTES} analyses, ${questions.length} open questions; ${entity.name} named in ${shared}`;
		const base = { name: "questions index build from text, same notes", value: baseline };
		const rows: Row[] = [
			{ name: `Named with one entity (namedWith), ${label}, ${namedWith(entity, sources, byName).length} listed`, value: list, unit: "ms", baseline: base, goal: { text: "≤ 50 ms", met: list <= 50 } },
			{ name: `  its whole map (entityMap + renderMap over its last canvas), ${OPTIONS.maxAnalyses} analyses, ${OPTIONS.maxEntities} entities`, value: map, unit: "ms", baseline: base, goal: { text: "≤ 200 ms", met: map <= 200 } },
		];
		return rows;
	},
};
