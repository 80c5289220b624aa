// Every feature of the plugin, in the order its commands appear. Add a feature here, nowhere else.
import { analysisFeature } from "./analysis";
import { EntityService, entitiesFeature } from "./entities";
import type { Feature } from "./feature";
import { questionsFeature } from "./questions/feature";

/** The features of one loaded plugin, and the services they share. */
export interface Features {
	readonly list: readonly Feature[];
	/** The vault's entities: the linker's registry, the questions' entity finder, the timelines. */
	readonly entities: EntityService;
}

/**
 * Builds the features for one plugin instance. A feature that needs another's service gets it here,
 * as an argument — the entity matcher for the questions, the open questions for the timeline.
 */
export function createFeatures(): Features {
	const entities = new EntityService();
	const questions = questionsFeature({ entities });
	return { entities, list: [analysisFeature, entitiesFeature(entities, questions), questions] };
}
