/**
 * A CLI command is data: its name, a one-line summary, its usage text and a `run` that returns an
 * exit code. User mistakes are thrown as `UsageError` and printed as one line, exit code 2.
 */
import type { ParseArgsConfig } from "node:util";

/** What a command prints through (`streams.ts` over the process's stdout and stderr). */
export interface Io {
	/** Prints `text` on stdout, with a final newline if it lacks one. */
	readonly out: (text: string) => void;
	/** Prints `text` on stderr, with a final newline if it lacks one. */
	readonly err: (text: string) => void;
	/** Writes a piece of stdout as it is; resolves when stdout can take the next (its reader keeps up). */
	readonly write: (chunk: string) => Promise<void>;
	/** True once stdout's reader has gone (`… | head`): whatever is written from then on is dropped. */
	readonly closed: () => boolean;
	/** A progress line for one step of a long run, on stderr when it is a terminal; silent otherwise. */
	readonly progress: (label: string) => Progress;
}

/** One step's progress: a single line redrawn in place, a few times a second at most. */
export interface Progress {
	readonly update: (done: number, total: number) => void;
	/** Clears the line; the step is over. */
	readonly end: () => void;
}

export interface Command {
	readonly name: string;
	readonly summary: string;
	/** Shown by `--help`: the synopsis line, then one line per option. */
	readonly usage: string;
	readonly options: NonNullable<ParseArgsConfig["options"]>;
	/** Returns the exit code. */
	readonly run: (args: ParsedArgs, io: Io) => Promise<number>;
}

export interface ParsedArgs {
	readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
	readonly positionals: readonly string[];
}

/** A mistake the user can fix: printed as one line on stderr, exit code 2, nothing written. */
export class UsageError extends Error {
	override readonly name = "UsageError";
}

/** Reads a string option, or `undefined`. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
	const value = args.values[name];
	return typeof value === "string" ? value : undefined;
}

/** The positional at `index`, or a usage error naming what is missing. */
export function positional(args: ParsedArgs, index: number, what: string): string {
	const value = args.positionals[index];
	if (value === undefined) throw new UsageError(`missing ${what}`);
	return value;
}

/** `1 note`, `2 notes`, `1 entity`, `3 entities`: English output says the number's word. */
export function count(n: number, one: string, other = `${one}s`): string {
	return `${n} ${n === 1 ? one : other}`;
}
