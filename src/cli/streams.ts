/**
 * The `Io` every command prints through, over the process's stdout and stderr (or a test's fakes).
 *
 * Output arrives whole: `write` resolves only once stdout has taken the piece, so a command that
 * streams a large document holds one piece at a time, and the process is never ended while output
 * is pending (`main.ts` sets the exit code and lets Node finish, it never calls `process.exit`).
 *
 * A reader that goes away (`… --json | head -c 100`: EPIPE on stdout) ends the output, not the
 * command: from then on nothing more is written and nothing is said about it, and the exit code is
 * the command's own. Any other failure to write stdout (a full disk) is reported once, exit code 1.
 *
 * Progress goes to stderr, and only when stderr is a terminal: one line per step, redrawn in
 * place (`\r`) at most ten times a second, cleared when the step ends or before anything else is
 * printed, so it never mixes with the output. A step shorter than one interval shows nothing.
 */
import type { Io, Progress } from "./command";

/** The part of a Node writable stream the CLI uses: `process.stdout`, `process.stderr`, a fake. */
export interface OutputStream {
	readonly isTTY?: boolean;
	readonly columns?: number;
	write(chunk: string, callback?: (error?: Error | null) => void): boolean;
	on(event: "error", listener: (error: Error) => void): unknown;
}

/** The Io over two streams, and what became of stdout. */
export interface StreamIo extends Io {
	/** Resolves once everything written so far has been taken by stdout (or dropped). */
	readonly flushed: () => Promise<void>;
	/** Why stdout could not be written, when it was not its reader going away; else null. */
	readonly failure: () => Error | null;
}

/** The fastest a progress line is redrawn: ten times a second. */
export const PROGRESS_INTERVAL_MS = 100;

/** Back to the line's start, and the line's old text erased. */
const CLEAR_LINE = "\r\u001b[K";

const SILENT: Progress = { update: () => undefined, end: () => undefined };

/** EPIPE: the reader closed its end; also what a write after that reports. */
function readerGone(error: Error): boolean {
	const code = (error as { code?: unknown }).code;
	return code === "EPIPE" || code === "ERR_STREAM_DESTROYED";
}

const withNewline = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);

/** `now` is a clock in milliseconds, for the progress line's pace. */
export function streamIo(stdout: OutputStream, stderr: OutputStream, now: () => number): StreamIo {
	let closed = false;
	let failure: Error | null = null;
	let last: Promise<void> = Promise.resolve();
	stdout.on("error", (error) => {
		if (!closed && !readerGone(error)) failure = error;
		closed = true;
	});
	// Nowhere is left to say that stderr failed.
	stderr.on("error", () => undefined);
	const line = progressLine(stderr);
	const write = (chunk: string): Promise<void> => {
		if (closed) return Promise.resolve();
		line.clear();
		last = new Promise((resolve) => stdout.write(chunk, () => resolve()));
		return last;
	};
	return {
		out: (text) => void write(withNewline(text)),
		err: (text) => {
			line.clear();
			stderr.write(withNewline(text));
		},
		write,
		closed: () => closed,
		progress: (label) => (stderr.isTTY === true ? line.step(label, now) : SILENT),
		flushed: () => last,
		failure: () => failure,
	};
}

/** The one progress line a terminal shows: drawn by the step under way, cleared by anything else. */
function progressLine(stderr: OutputStream) {
	let shown = false;
	const clear = () => {
		if (shown) stderr.write(CLEAR_LINE);
		shown = false;
	};
	const draw = (text: string) => {
		// A terminal of unknown width (0 under some emulators) is taken to be 80 columns.
		const columns = stderr.columns !== undefined && stderr.columns > 0 ? stderr.columns : 80;
		const width = Math.max(10, columns - 1);
		stderr.write(`${CLEAR_LINE}${text.length > width ? text.slice(0, width) : text}`);
		shown = true;
	};
	const step = (label: string, now: () => number): Progress => {
		let drawn = now();
		return {
			update: (done, total) => {
				const at = now();
				if (at - drawn < PROGRESS_INTERVAL_MS) return;
				drawn = at;
				draw(`${label}: ${done}/${total}`);
			},
			end: clear,
		};
	};
	return { clear, step };
}
