/**
 * Long work in the plugin runs in slices: a pause between pieces of work yields to the interface
 * once `SLICE_MS` have run since the last yield, so a vault-wide pass never freezes Obsidian.
 */

/** Longest run of work, in ms, before yielding to the interface. */
export const SLICE_MS = 12;

/** Lets the interface run: resolves after a zero-delay timer. */
export function yieldToInterface(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/** A pause to call between pieces of work: yields once `SLICE_MS` have run since the last yield. */
export function slicer(): () => Promise<void> {
	let sliceStart = performance.now();
	return async () => {
		if (performance.now() - sliceStart <= SLICE_MS) return;
		await yieldToInterface();
		sliceStart = performance.now();
	};
}
