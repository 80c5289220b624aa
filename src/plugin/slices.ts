/**
 * Long work in the plugin runs in slices: a pause between pieces of work yields to the interface
 * once `SLICE_MS` have run since the last yield, so a vault-wide pass never freezes Obsidian.
 */
import type { TFile, Vault } from "obsidian";

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

/**
 * Reads `files` with `cachedRead`, `batch` at a time, and hands each text to `each` once its batch
 * is in — unless `go()` has turned false or the file was deleted or replaced meanwhile — pausing
 * after each file with `pause` (default: a `slicer`; a batch of long notes is more work than one slice). A file that
 * cannot be read is skipped; the reading stops when `go()` is false. It yields before the first
 * read, so what asked for it (a layout-ready callback, a view being drawn) ends its slice first.
 */
export async function readInBatches(
	vault: Vault,
	files: readonly TFile[],
	batch: number,
	go: () => boolean,
	each: (file: TFile, text: string) => void,
	pause?: () => Promise<void>,
): Promise<void> {
	await yieldToInterface();
	const next = pause ?? slicer();
	for (let at = 0; at < files.length && go(); at += batch) {
		const part = files.slice(at, at + batch);
		const texts = await Promise.all(part.map((file) => vault.cachedRead(file).catch(() => null)));
		for (const [i, file] of part.entries()) {
			const text = texts[i];
			if (text != null && go() && vault.getFileByPath(file.path) === file) each(file, text);
			await next();
		}
	}
}
