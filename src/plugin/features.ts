// Every feature of the plugin, in the order its commands appear. Add a feature here, nowhere else.
import { analysisFeature } from "./analysis";
import type { Feature } from "./feature";
import { EntityService, entitiesFeature } from "./entities";
import { questionsFeature } from "./questions/feature";

/** The vault's entities, shared with every feature that reads them (pass it to their constructors). */
export const entityService = new EntityService();

export const FEATURES: readonly Feature[] = [entitiesFeature(entityService), questionsFeature(), analysisFeature];
