// Every feature of the plugin, in the order its commands appear. Add a feature here, nowhere else.
import { analysisFeature } from "./analysis";
import type { Feature } from "./feature";

export const FEATURES: readonly Feature[] = [analysisFeature];
