/**
 * *Link entities across the vault*: the core's vault run (`runVaultLinking`) over the plugin's
 * file port — each note written through `Vault.process` on its own, the change computed from the
 * note's text at write time (a note changed since the dry run is planned again, never
 * overwritten) — then each linked analysis's `entities` property through `processFrontMatter`.
 * Both runs yield to the interface between notes: a read from Obsidian's cache resolves at once,
 * so without a pause a run would hold Obsidian from its first note to its last.
 */
import { Notice, type TFile } from "obsidian";
import { planLinks, runVaultLinking, type LinkPolicy } from "../../core/entities";
import { parseNote } from "../../core/parse";
import { linkPolicyOf } from "../../core/settings/entities";
import type { FeatureContext } from "../feature";
import { slicer } from "../slices";
import { linkedIn } from "./link";
import { VaultRunModal, type VaultRun } from "./run-modal";
import type { EntityService } from "./service";
import { isAnalysis, updateEntitiesProperty, vaultPort, vaultUsesMarkdownLinks } from "./vault";

/** Opens the run's modal: dry run first, then the run the user starts. */
export function linkVault(context: FeatureContext, service: EntityService): void {
	const { app, t } = context;
	if (service.registry.byPath.size === 0) return void new Notice(t("entities.notice.no-entities"));
	new VaultRunModal(app, t, vaultRun(context, service)).open();
}

/**
 * The dry run and the run, over every Markdown note of the vault. Each pauses between notes with a
 * pause of its own from `pauses` — by default a `slicer`, which yields to the interface once a
 * slice has run, so the modal's progress is drawn and its buttons answer while the run goes on.
 */
export function vaultRun(context: FeatureContext, service: EntityService, pauses: () => () => Promise<void> = slicer): VaultRun {
	const { app } = context;
	const policy: LinkPolicy = linkPolicyOf(context.settings, vaultUsesMarkdownLinks(app, null));
	const all = () => app.vault.getMarkdownFiles().map((file) => file.path);
	let updated = 0;
	const failed: string[] = [];
	const afterWrite = async (file: TFile, text: string) => {
		if (!isAnalysis(app, file)) return;
		const linked = linkedIn(text, (next, mentions = policy.mentions) => planLinks(next, parseNote(next), service.matcher(), { ...policy, mentions, notePath: file.path }));
		// The note is linked by now: a failed property update is reported, not a failed note.
		await updateEntitiesProperty(app, file, linked).then(
			(changed) => void (changed && updated++),
			(error: unknown) => void failed.push(`${file.path}: ${String(error)}`),
		);
	};
	return {
		dryRun: () => runVaultLinking(vaultPort(app, all), service.matcher(), policy, { write: false, pause: pauses() }),
		write: (paths, progress, cancelled, includeDoubtful) => {
			updated = 0;
			failed.length = 0;
			const port = vaultPort(app, () => paths, afterWrite);
			return runVaultLinking(port, service.matcher(), policy, { write: true, paths, updateProperty: false, onProgress: progress, cancelled, includeDoubtful, pause: pauses() });
		},
		propertiesUpdated: () => updated,
		propertyFailures: () => failed,
	};
}
