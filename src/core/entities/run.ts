/**
 * The vault-wide run: plan (and optionally write) links note by note through a `VaultPort`. Each
 * note is written in one write whose text is computed from the note's text at write time — the
 * plan is reused when the text is what was planned, re-made otherwise — so a run that stops (an
 * error, a cancel) leaves every note untouched or fully linked, and the report says which.
 */
import { parseNote } from "../parse";
import { applyPlan, planLinks } from "./linker";
import { setEntitiesProperty } from "./property";
import type { LinkEdit, LinkPlan, LinkPolicy, Matcher, NoteReport, SkipReason, VaultPort, VaultRunOptions, VaultRunReport } from "./types";

/** One note linked: the plan for `text` and the text to write (null when nothing changes). */
export interface LinkedNote {
	readonly plan: LinkPlan;
	readonly text: string | null;
}

/**
 * Plans and applies the links of one note; with `updateProperty`, also lists the linked entities
 * in its `entities` property (not in entity notes).
 */
export function linkNote(text: string, path: string, matcher: Matcher, policy: LinkPolicy, updateProperty: boolean): LinkedNote {
	const plan = planLinks(text, parseNote(text), matcher, { ...policy, notePath: path });
	if (plan.edits.length === 0) return { plan, text: null };
	const linked = applyPlan(text, plan);
	const isEntity = matcher.registry.byPath.has(path);
	return { plan, text: updateProperty && !isEntity ? setEntitiesProperty(linked, plan.linked) : linked };
}

/** Runs the linker over the notes the port lists (or `options.paths`). Never throws for one note's error. */
export async function runVaultLinking(port: VaultPort, matcher: Matcher, policy: LinkPolicy, options: VaultRunOptions): Promise<VaultRunReport> {
	const paths = options.paths ?? (await port.list());
	const notes: NoteReport[] = [];
	let stopped: VaultRunReport["stopped"];
	for (const [index, path] of paths.entries()) {
		if (options.cancelled?.()) {
			stopped = { reason: "cancelled" };
			break;
		}
		try {
			notes.push(await runNote(port, matcher, policy, options, path));
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			notes.push({ path, outcome: "failed", edits: [], skipped: {}, replanned: false, error: message });
			stopped = { reason: "error", path, message };
			break;
		}
		options.onProgress?.(index + 1, paths.length, path);
	}
	for (const path of paths.slice(notes.length)) notes.push({ path, outcome: "not-reached", edits: [], skipped: {}, replanned: false });
	return { notes, write: options.write, perEntity: perEntity(notes), ...(stopped ? { stopped } : {}) };
}

async function runNote(port: VaultPort, matcher: Matcher, policy: LinkPolicy, options: VaultRunOptions, path: string): Promise<NoteReport> {
	const updateProperty = options.updateProperty ?? options.write;
	const read = await port.read(path);
	// A dry run needs the plan only; the property is computed when writing.
	const first = linkNote(read, path, matcher, policy, options.write && updateProperty);
	if (!options.write || first.text === null) return report(path, first.plan, first.text === null ? "unchanged" : "planned", false);
	let used = first;
	let replanned = false;
	const written = await port.update(path, (current) => {
		replanned = current !== read;
		used = replanned ? linkNote(current, path, matcher, policy, updateProperty) : first;
		return used.text;
	});
	return report(path, used.plan, written === null ? "unchanged" : "linked", replanned);
}

function report(path: string, plan: LinkPlan, outcome: NoteReport["outcome"], replanned: boolean): NoteReport {
	const skipped: Partial<Record<SkipReason, number>> = {};
	for (const s of plan.skipped) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;
	const edits: readonly LinkEdit[] = outcome === "unchanged" ? [] : plan.edits;
	return { path, outcome, edits, skipped, replanned };
}

function perEntity(notes: readonly NoteReport[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const note of notes) for (const edit of note.edits) counts[edit.entity] = (counts[edit.entity] ?? 0) + 1;
	return counts;
}
