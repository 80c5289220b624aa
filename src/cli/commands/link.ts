/**
 * `link VAULT [PATH…] [--write] [--all-mentions] [--json]`: links entity mentions. Without
 * `--write` nothing is written (a dry run); with it each note is written atomically, its text
 * computed from its content at write time — a note changed since it was read is planned again,
 * never overwritten with stale text. Offsets are UTF-16 code units of each file as read.
 *
 * With `--json` each note's entry is printed as the note is done, and let go; the summary is
 * printed once the run is over. A run whose reader goes away (`… | head`) still finishes: a
 * `--write` run writes every note it would have linked, each whole, and only the report is cut
 * short — the run finishes what it was asked to do rather than stop at a point nobody chose.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { runVaultLinking, type NoteReport, type VaultPort, type VaultRunReport } from "../../core/entities";
import { linkPolicyOf } from "../../core/settings/entities";
import { count, UsageError, type Command, type Io, type ParsedArgs } from "../command";
import { writeAtomic } from "../io";
import { JsonDocument, writeLines } from "../json";
import { loadVault, VAULT_OPTIONS, vaultMatcher, type LoadedVault } from "../vault";

/** Attempts to write a note that keeps changing under us before giving up on it. */
const WRITE_ATTEMPTS = 3;

/**
 * The vault port over the file system: notes as the vault loaded them (each read once); `update`
 * reads the note again, then writes only over what it read.
 */
export function nodeVaultPort(vault: Pick<LoadedVault, "root" | "files" | "take">): VaultPort {
	const full = (file: string) => path.join(vault.root, ...file.split("/"));
	return {
		list: () => Promise.resolve(vault.files),
		read: vault.take,
		update: async (file, change) => {
			for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
				const current = await fs.readFile(full(file), "utf8");
				const next = change(current);
				if (next === null || next === current) return null;
				if (await writeAtomic(full(file), next, current)) return next;
			}
			throw new Error(`${file} kept changing while it was being linked; left as it was`);
		},
	};
}

export const link: Command = {
	name: "link",
	summary: "Link entity mentions in notes (dry run unless --write)",
	usage: [
		"link VAULT [PATH…] [--write] [--all-mentions] [--json]",
		"  PATH…            notes to link, relative to VAULT (default: every note)",
		"  --write          write the links (default: print the plan, write nothing)",
		"  --all-mentions   link every mention, not only the first per note",
		"  --markdown-links write [text](Target.md) links (default: the vault's setting)",
		"  --keep-headings  link in headings too",
		"  --no-property    do not set the notes' entities property",
		"  --allow-short    link one-character, short and common-word aliases too",
		"  --include-doubtful  also link the doubtful mentions (short aliases, ordinary words at a sentence's start)",
		"  --no-variants    do not match Traditional and Simplified variants",
		"  --folder F       the entities folder (default: the plugin's setting, else Entities)",
		"  --config-dir D   the vault's configuration folder (default: the hidden folder holding app.json)",
		"  --json           print {files: [{path, edits: [{offset, length, text, entity, surface}], doubtful, unlinked}]}",
	].join("\n"),
	options: {
		write: { type: "boolean" },
		"all-mentions": { type: "boolean" },
		"markdown-links": { type: "boolean" },
		"keep-headings": { type: "boolean" },
		"no-property": { type: "boolean" },
		"include-doubtful": { type: "boolean" },
		json: { type: "boolean" },
		...VAULT_OPTIONS,
	},
	run: async (args, io) => {
		if (args.values.json === true) {
			const document = new JsonDocument(io);
			document.field("write", args.values.write === true);
			document.list("files");
			const tally = new Tally();
			const report = await linkVault(args, io, (note) => {
				tally.add(note);
				if (listed(note)) document.entry(fileJson(note));
			}, () => document.flush());
			document.field("perEntity", report.perEntity);
			document.field("totals", tally.totals);
			document.field("stopped", report.stopped);
			await document.end();
			return exitCode(report);
		}
		const tally = new Tally();
		const lines: string[] = [];
		const report = await linkVault(args, io, (note) => {
			tally.add(note);
			if (note.edits.length || note.outcome === "failed") lines.push(noteLine(note));
		});
		await writeLines(io, summary(report, tally, lines));
		return exitCode(report);
	},
};

function exitCode(report: VaultRunReport): number {
	return report.stopped?.reason === "error" ? 1 : 0;
}

/**
 * The run `link` makes for its arguments, its progress shown through `io`. Each note's report goes
 * to `onNote` as it is made, and the run waits on `pause` between notes (where output is written),
 * so the run holds no more than the note at hand.
 */
export async function linkVault(args: ParsedArgs, io: Io, onNote: (note: NoteReport) => void, pause?: () => Promise<void>): Promise<VaultRunReport> {
	const vault = await loadVault(args, io);
	const paths = args.positionals.slice(1).map((p) => vaultPath(vault.root, p, vault.files));
	const base = linkPolicyOf(vault.settings, vault.markdownLinks || args.values["markdown-links"] === true);
	const policy = {
		...base,
		...(args.values["all-mentions"] === true ? { mentions: "every" as const } : {}),
		...(args.values["markdown-links"] === true ? { style: "markdown" as const } : {}),
		...(args.values["keep-headings"] === true ? { skipHeadings: false } : {}),
	};
	const write = args.values.write === true;
	const progress = io.progress(write ? "Linking notes" : "Planning links");
	const report = await runVaultLinking(nodeVaultPort(vault), vaultMatcher(vault, args), policy, {
		...(paths.length ? { paths } : {}),
		write,
		updateProperty: write && args.values["no-property"] !== true,
		includeDoubtful: args.values["include-doubtful"] === true,
		onProgress: (done, total) => progress.update(done, total),
		onNote,
		...(pause ? { pause } : {}),
	});
	progress.end();
	return report;
}

/** A PATH argument as a vault path (`Analyses/x.md`), checked to be one of the vault's notes. */
function vaultPath(root: string, given: string, files: readonly string[]): string {
	const relative = path.relative(root, path.resolve(root, given)).split(path.sep).join("/");
	if (!files.includes(relative)) throw new UsageError(`not a note in the vault: ${given}`);
	return relative;
}

/** `--json` lists a note that changes, or that has mentions doubtful or found but not linked. */
function listed(n: NoteReport): boolean {
	return n.outcome !== "unchanged" || n.doubtful.length > 0 || n.unlinked.length > 0;
}

function fileJson(n: NoteReport) {
	return {
		path: n.path,
		outcome: n.outcome,
		edits: n.edits.map(({ offset, length, text, entity, surface }) => ({ offset, length, text, entity, surface })),
		doubtful: n.doubtful.map(({ offset, length, text, entity, surface, flag }) => ({ offset, length, text, entity, surface, reason: flag })),
		unlinked: n.unlinked.map(({ entity, flag, surface, offset, count }) => ({ entity, reason: flag, surface, offset, count })),
		skipped: n.skipped,
		...(n.replanned ? { replanned: true } : {}),
		...(n.error ? { error: n.error } : {}),
	};
}

/** What the run's notes add up to, counted as they pass: outcomes, links, and what was left unlinked. */
class Tally {
	readonly totals: Record<string, number> = { notes: 0, links: 0 };
	readonly byFlag = new Map<string, number>();
	doubtful = 0;

	add(note: NoteReport): void {
		this.totals.notes!++;
		this.totals[note.outcome] = (this.totals[note.outcome] ?? 0) + 1;
		this.totals.links! += note.edits.length;
		this.doubtful += note.doubtful.length;
		for (const u of note.unlinked) this.byFlag.set(u.flag, (this.byFlag.get(u.flag) ?? 0) + u.count);
	}
}

/** One line on what was found but left unlinked, by reason; none when nothing was. */
function unlinkedLine(tally: Tally): string[] {
	const parts = [...tally.byFlag].sort((a, b) => b[1] - a[1]).map(([flag, n]) => `${flag} ${n}`);
	const lines = parts.length ? [`Found but not linked: ${parts.join(", ")} (the reasons are in --json).`] : [];
	return tally.doubtful ? [...lines, `${count(tally.doubtful, "doubtful link")} left out; add --include-doubtful to write them.`] : lines;
}

function noteLine(n: NoteReport): string {
	return `  ${n.path}: ${n.outcome === "failed" ? `failed (${n.error ?? ""})` : n.edits.map((e) => `${e.surface}→${e.entity}`).join(", ")}${n.replanned ? " (re-planned: the note changed)" : ""}`;
}

function summary(report: VaultRunReport, tally: Tally, lines: readonly string[]): string[] {
	const t = tally.totals;
	const head = report.write ? `Linked ${count(t.links ?? 0, "mention")} in ${count(t.linked ?? 0, "note")}.` : `Dry run: ${count(t.links ?? 0, "link")} in ${count(t.planned ?? 0, "note")} (nothing written; add --write).`;
	const stop = report.stopped ? [`Stopped${report.stopped.path ? ` at ${report.stopped.path}` : ""}: ${report.stopped.message ?? report.stopped.reason}. ${count(t["not-reached"] ?? 0, "note")} not reached, untouched.`] : [];
	return [head, ...lines, ...unlinkedLine(tally), ...stop];
}
