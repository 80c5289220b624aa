/** Runs the CLI in-process, as `node dist/cli.js …` would, and captures what it prints. */
import { runCli } from "../../src/cli/main";

export interface CliResult {
	readonly code: number;
	readonly out: string;
	readonly err: string;
}

export async function cli(...argv: string[]): Promise<CliResult> {
	let out = "";
	let err = "";
	const code = await runCli(argv, { out: (text) => (out += text), err: (text) => (err += text) });
	return { code, out, err };
}
