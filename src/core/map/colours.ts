/**
 * A category's colour on a map: the built-in categories, then the user's (*More categories*), take
 * the six preset colours in turn, so every theme draws them in its own shades; a category in
 * neither list gets a preset from its name. No category, no colour. One unit with its examples.
 */
import { CATEGORIES } from "../entities/types";
import { PRESET_COLORS, stableHash, type CanvasColor } from "./canvas";

/** The colour of `category`, given the user's extra categories in their order. */
export function categoryColour(category: string | undefined, extra: readonly string[]): CanvasColor | undefined {
	if (category === undefined || category.trim() === "") return undefined;
	const wanted = category.trim().toLowerCase();
	const order = [...new Set([...CATEGORIES, ...extra.map((c) => c.trim().toLowerCase())])];
	const index = order.indexOf(wanted);
	const slot = index >= 0 ? index : Number.parseInt(stableHash(wanted).slice(0, 6), 16);
	return PRESET_COLORS[slot % PRESET_COLORS.length];
}

/** Examples: a category and the extra categories → its colour. */
export const COLOUR_EXAMPLES: readonly { readonly category: string | undefined; readonly extra: readonly string[]; readonly colour: CanvasColor | undefined }[] = [
	{ category: "organization", extra: [], colour: "1" },
	{ category: "model", extra: [], colour: "3" },
	{ category: "facility", extra: [], colour: "1" },
	{ category: "Event", extra: [], colour: "4" },
	{ category: "think tank", extra: ["chip maker", "Think tank"], colour: "6" },
	{ category: undefined, extra: [], colour: undefined },
];
