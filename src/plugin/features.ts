// Every feature of the plugin, in the order its commands appear. Add a feature here, nowhere else.
import type { Feature } from "./feature";
import { questionsFeature } from "./questions/feature";

export const FEATURES: readonly Feature[] = [questionsFeature()];
