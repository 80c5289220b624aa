/**
 * `normalize FILE [--write]`: prints the note in analysis form (metadata moved into properties,
 * missing sections added, every other line kept), or with `--write` writes it atomically — only
 * over the text it read — and prints what changed.
 */
import { describeError, normalize } from "../../core/analysis";
import { positional, UsageError, type Command } from "../command";
import { readNote, writeAtomic } from "../io";

export const normalizeCommand: Command = {
	name: "normalize",
	summary: "Turn an analysis note into Dossier's form (prints it unless --write)",
	usage: "normalize FILE [--write]\n  --write  write the result (atomically) instead of printing it",
	options: { write: { type: "boolean" } },
	run: async (args, io) => {
		const file = positional(args, 0, "FILE");
		const text = await readNote(file);
		const result = normalize(text);
		if (!result.ok) throw new UsageError(`${file}: ${describeError(result.error)}`);
		if (args.values.write !== true) {
			io.out(result.value.text);
			return 0;
		}
		const { changes, moved, inserted, conflicts } = result.value;
		if (result.value.text !== text && !(await writeAtomic(file, result.value.text, text))) {
			throw new UsageError(`${file} changed while it was being normalized; nothing was written`);
		}
		const kept = conflicts.length > 0 ? `; kept your ${conflicts.join(", ")}` : "";
		io.out(`${file}: ${changes.length} properties set, ${moved.length} lines moved into properties, ${inserted.length} sections added${kept}`);
		return 0;
	},
};
