/**
 * Runs the CLI in-process, as `node dist/cli.js …` would, through the CLI's own `Io` over two
 * in-memory streams, and captures what it prints.
 */
import type { Io } from "../../src/cli/command";
import { runCli } from "../../src/cli/main";
import { streamIo, type OutputStream } from "../../src/cli/streams";

export interface CliResult {
	readonly code: number;
	readonly out: string;
	readonly err: string;
}

/** A stream that keeps what is written to it; `isTTY` as given. */
export interface MemoryStream extends OutputStream {
	readonly text: () => string;
}

export function memoryStream(isTTY = false, columns = 80): MemoryStream {
	let text = "";
	return {
		isTTY,
		columns,
		write: (chunk, callback) => {
			text += chunk;
			queueMicrotask(() => callback?.());
			return true;
		},
		on: () => undefined,
		text: () => text,
	};
}

/** The CLI's Io over in-memory stdout and stderr (stderr a terminal when `tty`), paced by `clock`. */
export function memoryIo(options: { tty?: boolean; clock?: () => number } = {}): { io: Io; out: MemoryStream; err: MemoryStream } {
	const out = memoryStream();
	const err = memoryStream(options.tty ?? false);
	return { io: streamIo(out, err, options.clock ?? (() => 0)), out, err };
}

export async function cli(...argv: string[]): Promise<CliResult> {
	const { io, out, err } = memoryIo();
	const code = await runCli(argv, io);
	return { code, out: out.text(), err: err.text() };
}
