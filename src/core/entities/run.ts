/**
 * The vault-wide run: plan (and optionally write) links note by note through a `VaultPort`. Each
 * note is written in one write whose text is computed from the note's text at write time — the
 * plan is reused when the text is what was planned, re-made otherwise — so a run that stops (an
 * error, a cancel) leaves every note untouched or fully linked, and the report says which.
 */
import { ANALYSIS_TYPE } from "../analysis/model";
import { parseNote, type ParsedNote } from "../parse";
import { applyPlan, planLinks, withDoubtful } from "./linker";
import { setEntitiesProperty } from "./property";
import type { FlagReason, LinkEdit, LinkPlan, LinkPolicy, Matcher, NoteReport, SkipReason, UnlinkedMentions, VaultPort, VaultRunOptions, VaultRunReport } from "./types";

/** One note linked: the plan for `text` and the text to write (null when nothing changes). */
export interface LinkedNote {
	readonly plan: LinkPlan;
	readonly text: string | null;
}

/** Plans the links of one note (parse, match, plan): what a dry run needs. With `includeDoubtful`, doubtful links count as sure. */
export function planNote(text: string, path: string, matcher: Matcher, policy: LinkPolicy, includeDoubtful = false): LinkPlan {
	return planParsed(text, parseNote(text), path, matcher, policy, includeDoubtful);
}

function planParsed(text: string, parsed: ParsedNote, path: string, matcher: Matcher, policy: LinkPolicy, includeDoubtful: boolean): LinkPlan {
	const plan = planLinks(text, parsed, matcher, { ...policy, notePath: path });
	return includeDoubtful ? withDoubtful(plan) : plan;
}

/**
 * Plans and applies the links of one note; with `updateProperty`, an analysis (`type: analysis`)
 * also lists the entities it links in its `entities` property, as the plugin does.
 */
export function linkNote(text: string, path: string, matcher: Matcher, policy: LinkPolicy, updateProperty: boolean, includeDoubtful = false): LinkedNote {
	const parsed = parseNote(text);
	const plan = planParsed(text, parsed, path, matcher, policy, includeDoubtful);
	if (plan.edits.length === 0) return { plan, text: null };
	const linked = applyPlan(text, plan);
	const analysis = parsed.frontmatter?.type === ANALYSIS_TYPE;
	return { plan, text: updateProperty && analysis ? setEntitiesProperty(linked, plan.linked) : linked };
}

/**
 * Runs the linker over the notes the port lists (or `options.paths`). Never throws for one note's
 * error. Reads run a few notes ahead of the planning (`READ_AHEAD`), so the port's reads overlap it;
 * `options.pause` is awaited between notes, so a caller's interface is never held for a whole run.
 */
export async function runVaultLinking(port: VaultPort, matcher: Matcher, policy: LinkPolicy, options: VaultRunOptions): Promise<VaultRunReport> {
	const paths = options.paths ?? (await port.list());
	const read = readAhead(port, paths);
	const notes: NoteReport[] = [];
	const counts: Record<string, number> = {};
	let reached = 0;
	const done = (note: NoteReport) => {
		for (const edit of note.edits) counts[edit.entity] = (counts[edit.entity] ?? 0) + 1;
		if (options.onNote) options.onNote(note);
		else notes.push(note);
	};
	let stopped: VaultRunReport["stopped"];
	for (const [index, path] of paths.entries()) {
		if (options.cancelled?.()) {
			stopped = { reason: "cancelled" };
			break;
		}
		try {
			done(await runNote(port, matcher, policy, options, path, read(index)));
			reached++;
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			done({ path, outcome: "failed", edits: [], skipped: {}, doubtful: [], unlinked: [], replanned: false, error: message });
			reached++;
			stopped = { reason: "error", path, message };
			break;
		}
		options.onProgress?.(index + 1, paths.length, path);
		await options.pause?.();
	}
	for (const path of paths.slice(reached)) done({ path, outcome: "not-reached", edits: [], skipped: {}, doubtful: [], unlinked: [], replanned: false });
	return { notes, write: options.write, perEntity: counts, ...(stopped ? { stopped } : {}) };
}

/** Notes whose reads may be under way beyond the one being planned. */
const READ_AHEAD = 8;

/**
 * Note `index`'s read, having started the reads of the next `READ_AHEAD` notes. Each read's error
 * waits for its own note's turn; a run that stops leaves the reads ahead unused (they only read).
 */
function readAhead(port: VaultPort, paths: readonly string[]): (index: number) => Promise<string> {
	const started = new Map<number, Promise<string>>();
	const start = (index: number) => {
		if (index >= paths.length || started.has(index)) return;
		let read: Promise<string>;
		try {
			read = port.read(paths[index]!);
		} catch (error) {
			read = Promise.reject(error instanceof Error ? error : new Error(String(error)));
		}
		read.catch(() => undefined);
		started.set(index, read);
	};
	return (index) => {
		for (let ahead = index; ahead <= index + READ_AHEAD; ahead++) start(ahead);
		const read = started.get(index)!;
		started.delete(index);
		return read;
	};
}

async function runNote(port: VaultPort, matcher: Matcher, policy: LinkPolicy, options: VaultRunOptions, path: string, reading: Promise<string>): Promise<NoteReport> {
	const updateProperty = options.updateProperty ?? options.write;
	const doubtful = options.includeDoubtful === true;
	const read = await reading;
	if (!options.write) {
		// A dry run needs the plan only: no new text, no property.
		const plan = planNote(read, path, matcher, policy, doubtful);
		return report(path, plan, plan.edits.length === 0 ? "unchanged" : "planned", false);
	}
	const first = linkNote(read, path, matcher, policy, updateProperty, doubtful);
	if (first.text === null) return report(path, first.plan, "unchanged", false);
	let used = first;
	let replanned = false;
	const written = await port.update(path, (current) => {
		replanned = current !== read;
		used = replanned ? linkNote(current, path, matcher, policy, updateProperty, doubtful) : first;
		return used.text;
	});
	return report(path, used.plan, written === null ? "unchanged" : "linked", replanned);
}

function report(path: string, plan: LinkPlan, outcome: NoteReport["outcome"], replanned: boolean): NoteReport {
	const skipped: Partial<Record<SkipReason, number>> = {};
	for (const s of plan.skipped) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;
	const edits: readonly LinkEdit[] = outcome === "unchanged" ? [] : plan.edits;
	return { path, outcome, edits, skipped, doubtful: plan.doubtful, unlinked: unlinkedOf(plan), replanned };
}

/** The plan's flagged and doubtful mentions, one entry per entity and flag (the doubtful links offered included). */
export function unlinkedOf(plan: LinkPlan): UnlinkedMentions[] {
	const byKey = new Map<string, UnlinkedMentions>();
	const add = (entity: string, flag: FlagReason, surface: string, offset: number) => {
		const key = `${entity}\u0000${flag}`;
		const found = byKey.get(key);
		byKey.set(key, found ? { ...found, count: found.count + 1 } : { entity, flag, surface, offset, count: 1 });
	};
	for (const d of plan.doubtful) add(d.entity, d.flag, d.surface, d.offset);
	for (const s of plan.skipped) if (s.flag && (s.reason === "flagged" || s.reason === "doubtful")) add(s.entity, s.flag, s.surface, s.offset);
	return [...byKey.values()].sort((a, b) => a.offset - b.offset);
}

