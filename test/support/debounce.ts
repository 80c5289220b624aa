/**
 * Obsidian's `debounce`, as `obsidian.d.ts` documents it, for the fake runtime. The mocks' own
 * version differs where the plugin can tell: its `run()` calls the function even when no call is
 * pending (Obsidian: "if there is any pending function call"), and without `resetTimer` it calls
 * with the first arguments of a burst rather than the latest. Timers go through `window`, so
 * `vi.useFakeTimers()` drives them.
 */
import type { Debouncer } from "obsidian";

export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: number | null = null;
	/** The latest call's arguments while a call is pending. */
	let pending: [...T] | null = null;
	const fire = (): V => {
		const args = pending as [...T];
		timer = null;
		pending = null;
		return cb(...args);
	};
	const clear = (): void => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
	};
	const debounced: Debouncer<T, V> = Object.assign(
		(...args: [...T]): Debouncer<T, V> => {
			pending = args;
			if (resetTimer) clear();
			timer ??= window.setTimeout(fire, timeout);
			return debounced;
		},
		{
			cancel: (): Debouncer<T, V> => {
				clear();
				pending = null;
				return debounced;
			},
			run: (): V | void => {
				if (timer === null) return;
				clear();
				return fire();
			},
		},
	);
	return debounced;
}
