import { parseNote } from "../../core/parse";
import { positional, type Command } from "../command";
import { readNote } from "../io";

export const parse: Command = {
	name: "parse",
	summary: "Print what Dossier's parser sees in a note, as JSON",
	usage: "parse FILE\n  Prints headings, sections, list items, links, tags, frontmatter and protected ranges.",
	options: {},
	run: async (args, io) => {
		const text = await readNote(positional(args, 0, "FILE"));
		const { lineStarts: _lineStarts, ...parsed } = parseNote(text);
		io.out(JSON.stringify(parsed, null, 2));
		return 0;
	},
};
