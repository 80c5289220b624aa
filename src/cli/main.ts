/**
 * `node dist/cli.js COMMAND …` — Dossier's core over a vault folder, for scripts, CI and the demo.
 * User mistakes print one line on stderr and exit 2; nothing is written when input is bad; an
 * internal error exits 1. The exit code is set, never forced: Node ends once stdout has taken all
 * the output, so a pipe receives every byte (`streams.ts` says what a closed pipe does).
 */
import { parseArgs } from "node:util";
import { UsageError, type Command, type Io } from "./command";
import { COMMANDS } from "./commands";
import { streamIo, type StreamIo } from "./streams";

const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

export async function runCli(argv: readonly string[], io: Io): Promise<number> {
	const [name, ...rest] = argv;
	if (name === undefined || name === "--help" || name === "-h" || name === "help") {
		io.out(overview());
		return name === undefined ? 2 : 0;
	}
	const command = COMMANDS.find((c) => c.name === name);
	if (!command) return fail(io, `unknown command "${name}" (try --help)`);
	try {
		const args = parse(command, rest);
		if (args.values.help === true) {
			io.out(`Usage: dossier ${command.usage}`);
			return 0;
		}
		return await command.run(args, io);
	} catch (error) {
		if (error instanceof UsageError) return fail(io, `${command.name}: ${error.message}`);
		throw error;
	}
}

function parse(command: Command, argv: string[]) {
	try {
		return parseArgs({ args: argv, options: { ...command.options, ...HELP_OPTION }, allowPositionals: true, strict: true });
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message.split("\n")[0] ?? "bad arguments" : "bad arguments");
	}
}

function fail(io: Io, message: string): number {
	io.err(`dossier: ${message}`);
	return 2;
}

function overview(): string {
	const width = Math.max(...COMMANDS.map((c) => c.name.length));
	const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
	return ["Usage: dossier COMMAND [options]   (node dist/cli.js …)", "", "Commands:", ...lines, "", "Run `dossier COMMAND --help` for a command's options."].join("\n");
}

/** The command's exit code, unless stdout failed for another reason than its reader going away. */
async function exitCode(io: StreamIo, code: number): Promise<number> {
	await io.flushed();
	const failure = io.failure();
	if (failure === null) return code;
	io.err(`dossier: cannot write the output: ${failure.message}`);
	return 1;
}

// Run when executed directly (the bundle), not when imported by tests.
if (process.argv[1] && /cli\.(js|mjs)$/.test(process.argv[1])) {
	const io = streamIo(process.stdout, process.stderr, () => performance.now());
	runCli(process.argv.slice(2), io)
		.then((code) => exitCode(io, code))
		.then(
			(code) => (process.exitCode = code),
			(error: unknown) => {
				io.err(`dossier: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
				process.exitCode = 1;
			},
		);
}
