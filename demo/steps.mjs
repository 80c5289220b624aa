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
		title: "Investigation questions across the vault (questions demo-vault --json --status all)",
		run: ({ cli, vault }) => {
			const questions = JSON.parse(cli("questions", vault, "--json", "--status", "all"));
			const byNote = new Map();
			for (const q of questions) byNote.set(q.note.title, [...(byNote.get(q.note.title) ?? []), q]);
			const lines = [`${questions.length} questions in ${byNote.size} analyses (${questions.filter((q) => q.status === "open").length} open):`];
			for (const [title, list] of byNote) {
				const { outlet, published } = list[0].note;
				lines.push(`  ${title} — ${outlet ?? "no outlet"}, ${published ?? "no date"}`);
				for (const q of list) lines.push(`    [${q.status}] ${q.title}${q.review ? ` (review ${q.review})` : ""}${q.answeredBy ? ` → ${q.answeredBy}` : ""}`);
			}
			return lines.join("\n");
		},
	},
];
