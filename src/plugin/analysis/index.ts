/** The analysis-notes feature: its command table. The ports (network, clock) are passed in, so tests can serve pages locally. */
import type { Feature } from "../feature";
import { requestUrlFetcher } from "./fetch";
import {
	activeNote, addInvestigationQuestion, convertClippingNote, createDashboard, insertSections, isClipping, normalizeNote, openForm, type AnalysisPorts,
} from "./commands";

const DEFAULT_PORTS: AnalysisPorts = { fetchPage: requestUrlFetcher, timeoutMs: 15_000, now: () => new Date() };

export function createAnalysisFeature(ports: AnalysisPorts = DEFAULT_PORTS): Feature {
	return {
		commands: [
			{ id: "new-analysis", name: "analysis.command.new", icon: "file-plus", run: (plugin) => void openForm(plugin, ports, false) },
			{ id: "new-analysis-from-url", name: "analysis.command.newFromUrl", icon: "globe", run: (plugin) => void openForm(plugin, ports, true) },
			{ id: "insert-analysis-sections", name: "analysis.command.insertSections", editor: (plugin, editor) => insertSections(plugin, editor) },
			{ id: "add-investigation-question", name: "analysis.command.addQuestion", editor: (plugin, editor) => addInvestigationQuestion(plugin, editor) },
			{
				id: "normalize-analysis",
				name: "analysis.command.normalize",
				check: (plugin) => {
					const file = activeNote(plugin);
					return file ? () => normalizeNote(plugin, file) : null;
				},
			},
			{
				id: "convert-web-clipping",
				name: "analysis.command.convertClipping",
				check: (plugin) => {
					const file = activeNote(plugin);
					return file && isClipping(plugin, file) ? () => convertClippingNote(plugin, file) : null;
				},
			},
			{ id: "create-analyses-dashboard", name: "analysis.command.dashboard", icon: "table", run: (plugin) => createDashboard(plugin) },
		],
	};
}

export const analysisFeature: Feature = createAnalysisFeature();
