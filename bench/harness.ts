/**
 * The benchmark harness: every figure is printed beside a baseline measured in the same run, on
 * the same data, so a slow or busy machine moves both. Figures are medians of several runs.
 */

export interface Row {
	/** What was measured. */
	readonly name: string;
	/** The figure, in `unit`. */
	readonly value: number;
	readonly unit: string;
	/** The baseline measured in the same run, in the same unit, and what it is. */
	readonly baseline?: { readonly name: string; readonly value: number };
	/** The goal, as text (e.g. "≤ 10 ms"), and whether the figure meets it. */
	readonly goal?: { readonly text: string; readonly met: boolean };
}

export interface Bench {
	readonly name: string;
	readonly run: () => Promise<readonly Row[]> | readonly Row[];
}

/** Runs `fn` `runs` times (after one warm-up) and returns the median wall time in milliseconds. */
export function medianMs(fn: () => unknown, runs = 7): number {
	fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn();
		times.push(performance.now() - start);
	}
	return median(times);
}

export async function medianMsAsync(fn: () => Promise<unknown>, runs = 5): Promise<number> {
	await fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await fn();
		times.push(performance.now() - start);
	}
	return median(times);
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Megabytes per second for `bytes` processed in `ms`. */
export function mbPerSecond(bytes: number, ms: number): number {
	return bytes / 1e6 / (ms / 1000);
}

/** Heap in use after a full collection (needs `node --expose-gc`; otherwise best effort). */
export function heapUsed(): number {
	const gc = (globalThis as { gc?: () => void }).gc;
	// Twice: what the first collection frees may only be swept, and counted as free, by the next.
	gc?.();
	gc?.();
	return process.memoryUsage().heapUsed;
}

export function printRows(bench: string, rows: readonly Row[]): void {
	console.log(`\n## ${bench}`);
	for (const row of rows) {
		const figure = `${format(row.value)} ${row.unit}`;
		const base = row.baseline ? `  baseline ${row.baseline.name}: ${format(row.baseline.value)} ${row.unit}  (ratio ${format(row.value / row.baseline.value)}×)` : "";
		const goal = row.goal ? `  goal ${row.goal.text}: ${row.goal.met ? "met" : "NOT met"}` : "";
		console.log(`- ${row.name}: ${figure}${base}${goal}`);
	}
}

function format(n: number): string {
	if (!Number.isFinite(n)) return String(n);
	if (Math.abs(n) >= 100) return n.toFixed(0);
	if (Math.abs(n) >= 1) return n.toFixed(2);
	return n.toPrecision(3);
}
