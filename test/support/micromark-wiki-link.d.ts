// micromark-extension-wiki-link ships no types; the oracle tests use its syntax extension only.
declare module "micromark-extension-wiki-link" {
	import type { Extension } from "micromark-util-types";
	export function syntax(options?: { aliasDivider?: string }): Extension;
}
