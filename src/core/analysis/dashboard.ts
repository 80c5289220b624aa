/**
 * The analyses dashboard: a Bases file (`.base`, YAML) listing every analysis note by published
 * date, newest first, with outlet, keywords and entities as columns. Only Obsidian's built-in view
 * types are used, so it works without any other plugin.
 */
import { stringify } from "yaml";
import { ANALYSIS_TYPE } from "./model";

/** The dashboard's default path. */
export const DEFAULT_DASHBOARD_PATH = "Analyses/Analyses.base";

/** The view names shown in Bases' view menu (translated by the adapter). */
export interface DashboardNames {
	readonly table: string;
	readonly list: string;
}

/** The text of the `.base` file. */
export function dashboardBase(names: DashboardNames): string {
	return stringify(
		{
			filters: { and: [`type == "${ANALYSIS_TYPE}"`] },
			views: [
				{
					type: "table",
					name: names.table,
					order: ["file.name", "published", "outlet", "keywords", "entities"],
					sort: [{ property: "published", direction: "DESC" }],
				},
				{ type: "list", name: names.list, order: ["file.name", "published", "outlet"], sort: [{ property: "published", direction: "DESC" }], limit: 20 },
			],
		},
		{ lineWidth: 0 },
	);
}
