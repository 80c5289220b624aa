/**
 * Starter entities for technology geopolitics: AI labs and models, chip makers, state programmes,
 * think tanks, outlets — each with its Chinese (Traditional and Simplified where they differ) and
 * English names.
 */
import type { StarterEntity } from "./types";

export const STARTER_ENTITIES: readonly StarterEntity[] = [];
