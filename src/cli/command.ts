/**
 * A CLI command is data: its name, a one-line summary, its usage text and a `run` that returns an
 * exit code. User mistakes are thrown as `UsageError` and printed as one line, exit code 2.
 */
import type { ParseArgsConfig } from "node:util";

export interface Io {
	readonly out: (text: string) => void;
	readonly err: (text: string) => void;
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
