// The types of steps.mjs, for the TypeScript that runs the demo's steps (the browser tests).
import type { readdirSync } from "node:fs";
import type path from "node:path";

/** What a step is given: the built CLI, the vault's folder, and Node's path and readdirSync. */
export interface DemoTools {
	cli(...args: string[]): string;
	readonly vault: string;
	readonly path: typeof path;
	readonly readdirSync: typeof readdirSync;
}

/** One step of `npm run demo`: its heading, and what it prints. */
export interface DemoStep {
	readonly title: string;
	run(tools: DemoTools): string;
}

export declare const steps: readonly DemoStep[];
