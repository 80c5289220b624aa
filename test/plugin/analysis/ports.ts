// The analysis feature's ports in the plugin tests: pages from a local server, a fixed clock, a short timeout.
import type { AnalysisPorts } from "../../../src/plugin/analysis/commands";
import { nodeFetcher } from "../../support/page-server";

export const TEST_NOW = new Date(2025, 11, 6, 9, 0);

export const testPorts: AnalysisPorts = { fetchPage: nodeFetcher, timeoutMs: 300, now: () => TEST_NOW };
