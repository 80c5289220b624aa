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
			{ id: "new-analysis", name: "analysis.command.new", icon: "file-plus", run: (context) => void openForm(context, ports, false) },
			{ id: "new-analysis-from-url", name: "analysis.command.newFromUrl", icon: "globe", run: (context) => void openForm(context, ports, true) },
			{ id: "insert-analysis-sections", name: "analysis.command.insertSections", editor: (context, editor) => insertSections(context, editor) },
			{ id: "add-investigation-question", name: "analysis.command.addQuestion", editor: (context, editor) => addInvestigationQuestion(context, editor) },
			{
				id: "normalize-analysis",
				name: "analysis.command.normalize",
				check: (context) => {
					const file = activeNote(context);
					return file ? () => normalizeNote(context, file) : null;
				},
			},
			{
				id: "convert-web-clipping",
				name: "analysis.command.convertClipping",
				check: (context) => {
					const file = activeNote(context);
					return file && isClipping(context, file) ? () => convertClippingNote(context, file) : null;
				},
			},
			{ id: "create-analyses-dashboard", name: "analysis.command.dashboard", icon: "table", run: (context) => createDashboard(context) },
		],
	};
}

export const analysisFeature: Feature = createAnalysisFeature();
