// Every feature of the plugin, in the order its commands appear. Add a feature here, nowhere else.
import { analysisFeature } from "./analysis";
import { EntityService, entitiesFeature } from "./entities";
import type { Feature } from "./feature";
import { mapFeature } from "./map/feature";
import { questionsFeature } from "./questions/feature";

/** The features of one loaded plugin, and the services they share. */
export interface Features {
	readonly list: readonly Feature[];
	/** The vault's entities: the linker's registry, the questions' entity finder, the timelines. */
	readonly entities: EntityService;
}

/**
 * Builds the features for one plugin instance. A feature that needs another's service gets it here,
 * as an argument — the entity matcher for the questions, the open questions for the timeline, the
 * analyses and open questions for the maps, and the maps' action for the timeline's map button.
 */
export function createFeatures(): Features {
	const entities = new EntityService();
	const questions = questionsFeature({ entities });
	// The maps read the analyses the entities feature lends; its timeline's button runs the maps' action.
	const maps = mapFeature({ entities, questions, analyses: () => entitiesWithMaps.analyses(), analysis: (file) => entitiesWithMaps.analysis(file) });
	const entitiesWithMaps = entitiesFeature(entities, questions, maps);
	return { entities, list: [analysisFeature, entitiesWithMaps, questions, maps] };
}
