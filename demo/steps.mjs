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
		title: "A new analysis note created by `new` (one write, never overwriting)",
		run: ({ cli, vault, path }) => {
			const created = cli("new", vault, "--title", "Genesis Mission: who gets the labs' data?", "--source", "https://example.org/2025/11/genesis-mission",
				"--outlet", "Example Policy Review", "--author", "Jane Doe", "--published", "Nov 28, 2025", "--keywords", "Genesis Mission,national labs", "--lang", "en").trim();
			const text = cli("parse", path.join(vault, created));
			const headings = JSON.parse(text).headings.map((h) => `  ${"#".repeat(h.level)} ${h.heading}`);
			return [`Created ${created}`, "Headings:", ...headings].join("\n");
		},
	},
	{
		title: "normalize --write on a note in the legacy shape (metadata lines → properties, every other line kept)",
		run: ({ cli, vault, path }) => {
			const file = path.join(vault, "Inbox", "星门的电力从哪里来.md");
			const report = cli("normalize", file, "--write").trim().replace(vault + path.sep, "");
			const normalized = cli("normalize", file);
			const properties = normalized.split("\n---\n")[0];
			return [report, "", "Properties now:", properties, "---", "", "A second run changes nothing:", cli("normalize", file, "--write").trim().replace(vault + path.sep, "")].join("\n");
		},
	},
	{
		title: "Entities: link mentions across the vault (link --write), then the registry (entities --json)",
		run: ({ cli, vault }) => {
			const linked = JSON.parse(cli("link", vault, "--write", "--json"));
			const again = JSON.parse(cli("link", vault, "--json"));
			const registry = JSON.parse(cli("entities", vault, "--json"));
			const files = linked.files.map((f) => `  ${f.path}: ${f.edits.map((e) => e.text).join(" ")}`);
			const names = registry.entities.map((e) => `  ${e.name}${e.category ? ` (${e.category})` : ""}${e.aliases.length ? `: ${e.aliases.join(", ")}` : ""}`);
			return [`Linked ${linked.totals.links} mentions in ${linked.totals.linked ?? 0} notes:`, ...files, `A second run would add ${again.totals.links} links.`, `${registry.entities.length} entities:`, ...names].join("\n");
		},
	},
	{
		title: "Investigation questions across the vault (questions demo-vault --json --status all)",
		run: ({ cli, vault }) => {
			const questions = JSON.parse(cli("questions", vault, "--json", "--status", "all"));
			const byNote = new Map();
			for (const q of questions) byNote.set(q.note.title, [...(byNote.get(q.note.title) ?? []), q]);
			const lines = [`${questions.length} questions in ${byNote.size} analyses (${questions.filter((q) => q.status === "open").length} open):`];
			for (const [title, list] of byNote) {
				const { outlet, published } = list[0].note;
				lines.push(`  ${title} — ${outlet ?? "no outlet"}, ${published ?? "no date"}`);
				for (const q of list) lines.push(`    [${q.status}] ${q.title}${q.review ? ` (review ${q.review})` : ""}${q.answeredBy ? ` → ${q.answeredBy}` : ""}${q.entities.length ? `  [${q.entities.join(", ")}]` : ""}`);
			}
			return lines.join("\n");
		},
	},
	{
		title: "Who is named with DeepSeek (entities --related DeepSeek), and its map on a canvas (map … --write)",
		run: ({ cli, vault, path }) => {
			const related = cli("entities", vault, "--related", "DeepSeek").trim().split("\n").map((line) => `  ${line}`);
			const written = cli("map", vault, "DeepSeek", "--write").trim();
			const canvas = JSON.parse(cli("map", vault, "DeepSeek"));
			const kinds = (kind) => canvas.nodes.filter((n) => n.id.startsWith(`dossier-${kind}-`)).length;
			return [
				"Named with DeepSeek:",
				...related,
				`Wrote ${path.join(path.basename(vault), written)}: DeepSeek in the centre, ${kinds("analysis")} analyses, ${kinds("entity")} entities named with it, ${kinds("question")} open questions, ${canvas.edges.length} edges.`,
				"Open it in Obsidian; move its cards or add your own, and `map … --write` again keeps them.",
			].join("\n");
		},
	},
];
