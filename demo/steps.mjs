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
		title: "Entities: link mentions across the vault (link --write), then the registry (entities --json)",
		run: ({ cli, vault }) => {
			const linked = JSON.parse(cli("link", vault, "--write", "--json"));
			const again = JSON.parse(cli("link", vault, "--json"));
			const registry = JSON.parse(cli("entities", vault, "--json"));
			const files = linked.files.map((f) => `  ${f.path}: ${f.edits.map((e) => e.text).join(" ")}`);
			const names = registry.entities.map((e) => `  ${e.name}${e.category ? ` (${e.category})` : ""}: ${e.aliases.join(", ")}`);
			return [`Linked ${linked.totals.links} mentions in ${linked.totals.linked ?? 0} notes:`, ...files, `A second run would add ${again.totals.links} links.`, `${registry.entities.length} entities:`, ...names].join("\n");
		},
	},
];
