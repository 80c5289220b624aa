/**
 * What a map shows, before it is laid out. *Map this entity*: the entity's note in the centre; the
 * analyses that name it (the timeline's, newest first) as rows, each with its open questions
 * beside it; the entities named with it (*Named with*, most shared first) around the centre; edges
 * from each analysis to the centre and to the entities it names, and from the centre to each
 * entity, labelled with the count. *Map this analysis*: the analysis in the centre, its open
 * questions beside it, the entities it names around it. Caps come from the settings, and a note
 * under the centre says what each map shows, the colours, and what it left out.
 */
import { buildTimeline, byNameIn, entitiesOf, namedWith, type Entity, type Matcher, type NamedWith, type QuestionSource, type Registry, type TimelineAnalysis, type TimelineSource } from "../entities";
import type { Translate } from "../i18n";
import { safeFileName } from "../analysis/filename";
import { edgeId, nodeId, type CanvasColor, type CanvasEdge, type NodeKind } from "./canvas";
import { categoryColour } from "./colours";
import { layoutMap, SIZES, textHeight, type Card, type MapDraft } from "./layout";

/** How a map is drawn: the caps and categories (settings) and the language it speaks. */
export interface MapOptions {
	/** Most analyses shown, the newest. */
	readonly maxAnalyses: number;
	/** Most other entities shown, the most shared (or, around an analysis, linked first). */
	readonly maxEntities: number;
	/** The user's categories after the built-in ones (*More categories*), for the colours. */
	readonly categories: readonly string[];
	/** The interface language, for the groups, labels and the note. */
	readonly t: Translate;
}

/** An entity's map is made from what its timeline is made from. */
export interface EntityMapInput {
	readonly entity: Entity;
	/** Every analysis, as the timeline reads them. */
	readonly sources: readonly TimelineSource[];
	/** The vault's open questions. */
	readonly questions: readonly QuestionSource[];
	readonly matcher: Matcher;
}

/** An analysis's map: the analysis as the timeline reads it, and its open questions. */
export interface AnalysisMapInput {
	readonly analysis: TimelineSource;
	readonly questions: readonly QuestionSource[];
	readonly registry: Registry;
}

/** The map of `input.entity` (see the module comment). */
export function entityMap(input: EntityMapInput, options: MapOptions): MapDraft {
	const { entity, sources, matcher } = input;
	const { t, maxAnalyses, maxEntities } = options;
	const byName = byNameIn(matcher.registry);
	const timeline = buildTimeline(entity, sources, input.questions, matcher);
	const named = namedWith(entity, sources, byName);
	const analyses = timeline.analyses.slice(0, maxAnalyses);
	const others = named.slice(0, maxEntities);
	const ids = new Ids();
	const centre = fileCard(ids.of("centre", entity.path), entity.path, SIZES.centre, categoryColour(entity.category, options.categories));
	const entityCards = new Map(others.map((other) => [other.entity.path, fileCard(ids.of("entity", other.entity.path), other.entity.path, SIZES.ranked, categoryColour(other.entity.category, options.categories))]));
	const shown = new Set(analyses.map((a) => a.path));
	const sourceAt = new Map(sources.map((s) => [s.path, s]));
	const edges: CanvasEdge[] = [];
	const rows = analyses.map((analysis) => {
		const main = fileCard(ids.of("analysis", analysis.path), analysis.path, SIZES.row);
		edges.push(edge(main.id, centre.id, "right", "left"));
		for (const other of entitiesOf(sourceAt.get(analysis.path)!, byName)) {
			const card = entityCards.get(other.path);
			if (card) edges.push(edge(main.id, card.id, "right", "left"));
		}
		const sides = timeline.questions.filter((q) => q.path === analysis.path).map((q) => questionCard(ids, q));
		for (const side of sides) edges.push({ ...edge(main.id, side.id, "left", "right"), toEnd: "none" });
		return { main, sides };
	});
	for (const other of others) edges.push(countEdge(centre.id, entityCards.get(other.entity.path)!, other, t));
	const about = aboutEntity(entity, timeline.analyses, named, others, options, {
		analyses: timeline.analyses.length - analyses.length,
		entities: named.length - others.length,
		questions: timeline.questions.filter((q) => !shown.has(q.path)).length,
	});
	return layoutMap({
		centre,
		centreSides: [],
		rows,
		ranked: [...entityCards.values()],
		about: textCard(ids.of("about", entity.path), about),
		groups: {
			sides: { id: ids.of("group", "questions"), label: t("map.group.questions") },
			rows: { id: ids.of("group", "analyses"), label: t("map.group.analyses") },
			ranked: { id: ids.of("group", "named-with"), label: t("map.group.named-with") },
		},
		edges,
	});
}

/** The map of one analysis: it in the centre, its open questions beside it, its entities around it. */
export function analysisMap(input: AnalysisMapInput, options: MapOptions): MapDraft {
	const { analysis } = input;
	const { t } = options;
	const byName = byNameIn(input.registry);
	const linked = new Set(analysis.entities.map((name) => name.toLowerCase()));
	const isLinked = (e: Entity) => linked.has(e.name.toLowerCase());
	const all = entitiesOf(analysis, byName).sort((a, b) => Number(isLinked(b)) - Number(isLinked(a)) || a.name.localeCompare(b.name) || (a.path < b.path ? -1 : 1));
	const shown = all.slice(0, options.maxEntities);
	const ids = new Ids();
	const centre = fileCard(ids.of("centre", analysis.path), analysis.path, SIZES.centre);
	const ranked = shown.map((e) => fileCard(ids.of("entity", e.path), e.path, SIZES.ranked, categoryColour(e.category, options.categories)));
	const sides = input.questions.filter((q) => q.path === analysis.path).map((q) => questionCard(ids, q));
	const edges: CanvasEdge[] = shown.map((e, i) => {
		const line = edge(centre.id, ranked[i]!.id, "right", "left", ranked[i]!.color);
		return isLinked(e) ? line : { ...line, label: t("map.edge.unlinked") };
	});
	for (const side of sides) edges.push({ ...edge(centre.id, side.id, "left", "right"), toEnd: "none" });
	const lines = [t("map.about.analysis", { title: markdownText(analysis.title), count: all.length }), ...colourLines(shown, options)];
	if (all.length > shown.length) lines.push(t("map.about.left-out.entities", { count: all.length - shown.length, max: options.maxEntities }));
	lines.push(t("map.about.keep"));
	return layoutMap({
		centre,
		centreSides: sides,
		rows: [],
		ranked,
		about: textCard(ids.of("about", analysis.path), lines.join("\n\n")),
		groups: {
			sides: { id: ids.of("group", "questions"), label: t("map.group.questions") },
			ranked: { id: ids.of("group", "entities"), label: t("map.group.entities") },
		},
		edges,
	});
}

/** Where the map named `name` (an entity's or an analysis's note name) is written: `folder/name.canvas`. */
export function mapPath(folder: string, name: string): string {
	const inside = folder.trim().replace(/^\/+|\/+$/g, "");
	const file = `${safeFileName(name, "Map")}.canvas`;
	return inside === "" ? file : `${inside}/${file}`;
}

/** The note under an entity's centre: how many analyses, when, who is named with it, colours, what is left out. */
function aboutEntity(entity: Entity, analyses: readonly TimelineAnalysis[], named: readonly NamedWith[], shown: readonly NamedWith[], options: MapOptions, left: { analyses: number; entities: number; questions: number }): string {
	const { t } = options;
	const lines = [t("map.about.entity", { name: markdownText(entity.name), count: analyses.length })];
	const dates = analyses.flatMap((a) => (a.published ? [a.published.slice(0, 10)] : [])).sort();
	if (dates.length > 0 && dates[0] !== dates[dates.length - 1]) lines.push(t("map.about.span", { first: dates[0]!, last: dates[dates.length - 1]! }));
	if (named.length > 0) lines.push(t("map.about.named-with", { count: named.length }));
	lines.push(...colourLines([entity, ...shown.map((n) => n.entity)], options));
	if (left.analyses > 0) lines.push(t("map.about.left-out.analyses", { count: left.analyses, max: options.maxAnalyses }));
	if (left.entities > 0) lines.push(t("map.about.left-out.entities", { count: left.entities, max: options.maxEntities }));
	if (left.questions > 0) lines.push(t("map.about.left-out.questions", { count: left.questions }));
	lines.push(t("map.about.keep"));
	return lines.join("\n\n");
}

/** One line naming each colour on the map and the categories it stands for; none when no entity has a category. */
function colourLines(entities: readonly Entity[], options: MapOptions): string[] {
	const { t } = options;
	const byColour = new Map<CanvasColor, Set<string>>();
	for (const entity of entities) {
		const colour = categoryColour(entity.category, options.categories);
		if (colour && entity.category) byColour.set(colour, (byColour.get(colour) ?? new Set()).add(entity.category));
	}
	if (byColour.size === 0) return [];
	const items = [...byColour.entries()]
		.sort(([a], [b]) => Number(a) - Number(b))
		.map(([colour, categories]) => t("map.about.colour", { colour: t(`map.colour.${colour}` as "map.colour.1"), categories: [...categories].sort().join(t("settings.listSeparator")) }));
	return [t("map.about.colours", { list: items.join(t("map.about.colour-separator")) })];
}

function fileCard(id: string, file: string, size: { readonly width: number; readonly height: number }, color?: CanvasColor): Card {
	return { id, type: "file", file, width: size.width, height: size.height, ...(color ? { color } : {}) };
}

function textCard(id: string, text: string): Card {
	return { id, type: "text", text, width: SIZES.about.width, height: textHeight(text, SIZES.about.width) };
}

function questionCard(ids: Ids, question: QuestionSource): Card {
	const width = SIZES.side.width;
	return { id: ids.of("question", `${question.path}\n${question.text}`), type: "text", text: question.text, width, height: textHeight(question.text, width) };
}

function edge(from: string, to: string, fromSide: "right" | "left", toSide: "right" | "left", color?: CanvasColor): CanvasEdge {
	return { id: edgeId(from, to), fromNode: from, fromSide, toNode: to, toSide, ...(color ? { color } : {}) };
}

/** The centre's edge to an entity named with it: the count as its label, in the entity's colour. */
function countEdge(centre: string, card: Card, other: NamedWith, t: Translate): CanvasEdge {
	return { ...edge(centre, card.id, "right", "left", card.color), label: t("map.edge.count", { count: other.count }) };
}

/** A title or name as Markdown text: the characters Markdown would read as syntax escaped. */
function markdownText(text: string): string {
	return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

/** Node ids, unique in one map: a key met twice (two questions with the same text in a note) gets a number. */
class Ids {
	private readonly seen = new Set<string>();

	of(kind: NodeKind, key: string): string {
		let id = nodeId(kind, key);
		for (let n = 2; this.seen.has(id); n++) id = nodeId(kind, `${key}\n${n}`);
		this.seen.add(id);
		return id;
	}
}
