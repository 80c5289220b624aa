import type { SettingGroup } from "./field";
import { validatePath } from "./paths";

/** Settings of the maps (*Map this entity on a canvas*, *Map this analysis*). */
export interface MapSettings {
	/** Folder the canvas files are written in. */
	readonly mapsFolder: string;
	/** Most analyses a map shows (the newest); it says how many it leaves out. */
	readonly mapsMaxAnalyses: number;
	/** Most other entities a map shows (the most shared); it says how many it leaves out. */
	readonly mapsMaxEntities: number;
}

export const mapDefaults: MapSettings = {
	mapsFolder: "Maps",
	mapsMaxAnalyses: 50,
	mapsMaxEntities: 30,
};

/** Beyond these a canvas is no longer read, only scrolled. */
const MOST_ANALYSES = 500;
const MOST_ENTITIES = 200;

export const mapGroup: SettingGroup<keyof MapSettings> = {
	heading: "settings.maps",
	fields: [
		{ kind: "text", key: "mapsFolder", name: "settings.maps.folder.name", desc: "settings.maps.folder.desc", placeholder: "Maps", validate: validatePath("", true) },
		{ kind: "number", key: "mapsMaxAnalyses", name: "settings.maps.analyses.name", desc: "settings.maps.analyses.desc", min: 1, max: MOST_ANALYSES },
		{ kind: "number", key: "mapsMaxEntities", name: "settings.maps.entities.name", desc: "settings.maps.entities.desc", min: 1, max: MOST_ENTITIES },
	],
};
