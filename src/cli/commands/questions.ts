import { buildMatcher, entityNamesIn } from "../../core/entities";
import { investigationHeadingMatcher, QuestionIndex, readNoteQuestions, STATUSES, withEntitiesFound, type Question, type QuestionStatus } from "../../core/questions";
import { matchOptionsOf } from "../../core/settings/entities";
import { stringOption, UsageError, type Command, type Io, type ParsedArgs } from "../command";
import { LazyList, writeJson, writeLines } from "../json";
import { loadVault, VAULT_OPTIONS } from "../vault";

const CHOICES = ["open", "investigating", "answered", "dropped", "active", "all"] as const;

/** The statuses a `--status` value selects. */
function statusesOf(value: string | undefined): readonly QuestionStatus[] {
	const choice = value ?? "open";
	if (!(CHOICES as readonly string[]).includes(choice)) throw new UsageError(`--status must be one of ${CHOICES.join(", ")}`);
	if (choice === "all") return STATUSES;
	if (choice === "active") return ["open", "investigating"];
	return [choice as QuestionStatus];
}

/**
 * Every question of the vault, read as the plugin reads them: the investigation headings the user
 * added in Dossier's settings count, and a question's entities include the names it mentions.
 * Each note is read once: its questions as loading reads it, their entities once the entity notes
 * are all known (`withEntitiesFound`, as the plugin finds them again when the registry changes).
 */
async function indexVault(args: ParsedArgs, io: Io): Promise<QuestionIndex> {
	const index = new QuestionIndex();
	let isInvestigationHeading: ((heading: string) => boolean) | undefined;
	const { settings, registry } = await loadVault(args, io, (file, text, loaded) => {
		isInvestigationHeading ??= investigationHeadingMatcher(loaded.questionsHeadings);
		index.set(readNoteQuestions(text, { isInvestigationHeading, path: file }));
	});
	const matcher = buildMatcher(registry, matchOptionsOf(settings));
	const findEntities = (text: string) => entityNamesIn(matcher, text);
	for (const entry of [...index.entries()]) {
		const found = withEntitiesFound(entry, findEntities);
		if (found) index.retag(found);
	}
	return index;
}

function toJson(q: Question) {
	const { path: file, line, title, detail, status, entities, review, answeredBy, note } = q;
	return { path: file, line, title, detail, status, entities, review, answeredBy, note: { title: note.title, outlet: note.outlet, published: note.published } };
}

function toText(q: Question): string {
	const facts = [q.status, q.note.outlet, q.note.published, q.review ? `review ${q.review}` : null].filter(Boolean).join(", ");
	return `${q.path}:${q.line + 1}  ${q.title}  (${facts})`;
}

export const questions: Command = {
	name: "questions",
	summary: "List the investigation questions of every analysis in a vault",
	usage: [
		"questions VAULT [--json] [--status open|investigating|answered|dropped|active|all]",
		"  --json     print [{path, line, title, detail, status, entities, review, answeredBy, note: {title, outlet, published}}]",
		"             (line is zero-based, as Obsidian counts)",
		"  --status   which questions to list (default: open)",
		"  --folder, --config-dir, --allow-short, --no-variants",
		"             how entity names in questions are found, as for `entities`",
	].join("\n"),
	options: { json: { type: "boolean" }, status: { type: "string" }, ...VAULT_OPTIONS },
	run: async (args, io) => {
		const statuses = statusesOf(stringOption(args, "status"));
		const index = await indexVault(args, io);
		const listed = [...index.entries()].flatMap((e) => e.questions).filter((q) => statuses.includes(q.status));
		listed.sort((a, b) => (a.path === b.path ? a.line - b.line : a.path < b.path ? -1 : 1));
		if (args.values.json === true) await writeJson(io, new LazyList(listed, toJson), 1);
		else if (listed.length === 0) io.out("No questions.");
		else await writeLines(io, new LazyList(listed, toText));
		return 0;
	},
};
