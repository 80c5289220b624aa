/**
 * Protected ranges: collected in any order while scanning, then sorted and merged so that
 * features can walk them once. A range nested in another is absorbed by the outer one, which
 * keeps its kind; overlapping ranges merge into one that keeps the first one's kind.
 */
import type { ProtectedKind, ProtectedRange } from "./types";

/** A growable list of `[from, to)` ranges with their kinds. */
export class RangeList {
	private readonly items: ProtectedRange[] = [];

	add(kind: ProtectedKind, from: number, to: number): void {
		if (to > from) this.items.push({ kind, from, to });
	}

	/** Sorted by `from` (then the longest first), non-overlapping. */
	merged(): ProtectedRange[] {
		const sorted = this.items.sort((a, b) => a.from - b.from || b.to - a.to);
		const out: ProtectedRange[] = [];
		for (const range of sorted) {
			const last = out[out.length - 1];
			if (last && range.from < last.to) {
				if (range.to > last.to) out[out.length - 1] = { kind: last.kind, from: last.from, to: range.to };
			} else out.push(range);
		}
		return out;
	}
}
