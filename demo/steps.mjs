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
];
