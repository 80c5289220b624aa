// What `npm run demo` shows, step by step. Each step runs the CLI against the demo vault and
// returns the text to print. Features add their steps here.
export const steps = [
	{
		title: "What the parser sees in an analysis note",
		run: ({ cli, vault, path }) => {
			const parsed = JSON.parse(cli("parse", path.join(vault, "Analyses", "2025-11-20 Chip export controls.md")));
			const headings = parsed.headings.map((h) => `${"#".repeat(h.level)} ${h.heading}`);
			return [`Headings:`, ...headings.map((h) => `  ${h}`), `Sections: ${parsed.sections.map((s) => s.type).join(", ")}`, `List items: ${parsed.listItems.length}`].join("\n");
		},
	},
	{
		title: "Entities: link the demo analyses to their entity notes (their backlinks and timelines)",
		run: ({ cli, vault }) => {
			const report = JSON.parse(cli("link", vault, "--write", "--json"));
			const linked = report.files.filter((file) => file.edits.length > 0);
			const lines = linked.map((file) => `  ${file.path}: ${file.edits.map((edit) => edit.entity).join(", ")}`);
			return [`Linked ${linked.length} notes:`, ...lines, "Open an entity note under Entities/ to see its timeline block."].join("\n");
		},
	},
];
