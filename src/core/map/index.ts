/**
 * Maps: an entity's or an analysis's connections drawn as a JSON Canvas file. `plan.ts` says what
 * a map shows, `layout.ts` where each card goes, `update.ts` how it is written over the canvas
 * already there (the user's cards and moves kept), `canvas.ts` the format, `colours.ts` the
 * category colours.
 */
import type { Translate } from "../i18n";
import type { DossierSettings } from "../settings";
import type { MapOptions } from "./plan";

export * from "./canvas";
export * from "./colours";
export * from "./layout";
export * from "./plan";
export * from "./update";

/** The map options of the settings, speaking `t`'s language. */
export function mapOptionsOf(settings: DossierSettings, t: Translate): MapOptions {
	return { maxAnalyses: settings.mapsMaxAnalyses, maxEntities: settings.mapsMaxEntities, categories: settings.entitiesCategories, t };
}
