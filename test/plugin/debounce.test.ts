// One way to debounce: the plugin uses Obsidian's `debounce`, and the fake runtime's is the one
// `test/support/debounce.ts` writes from `obsidian.d.ts`. These check that fake against Obsidian's
// documented behaviour under fake timers, and that no debounced callback outlives the plugin.
import { afterEach, describe, expect, it, vi } from "vitest";
import { debounce } from "obsidian";
import { entityNote } from "../support/entities";
import { analysis } from "../support/questions";
import { loadPanel } from "../support/questions-panel";

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
	document.body.empty();
});

describe("debounce in the fake runtime", () => {
	it("calls once, with the latest arguments, after the timeout from the first call without resetTimer", () => {
		vi.useFakeTimers();
		const calls: string[] = [];
		const say = debounce((text: string) => calls.push(text), 100, false);
		say("a");
		vi.advanceTimersByTime(60);
		say("b");
		vi.advanceTimersByTime(39);
		expect(calls).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(calls).toEqual(["b"]);
		vi.advanceTimersByTime(500);
		expect(calls).toEqual(["b"]);
	});

	it("waits for a quiet timeout with resetTimer", () => {
		vi.useFakeTimers();
		const calls: string[] = [];
		const say = debounce((text: string) => calls.push(text), 100, true);
		say("a");
		vi.advanceTimersByTime(60);
		say("b");
		vi.advanceTimersByTime(99);
		expect(calls).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(calls).toEqual(["b"]);
	});

	it("cancels a pending call, and runs one now only when one is pending", () => {
		vi.useFakeTimers();
		const calls: string[] = [];
		const say = debounce((text: string) => calls.push(text), 100, true);
		say("a").cancel();
		vi.advanceTimersByTime(200);
		expect(calls).toEqual([]);
		expect(say.run()).toBeUndefined();
		say("b");
		expect(say.run()).toBe(1);
		expect(calls).toEqual(["b"]);
		expect(say.run()).toBeUndefined();
		vi.advanceTimersByTime(200);
		expect(calls).toEqual(["b"]);
	});
});

describe("debounced work and unloading", () => {
	it("leaves no timer behind when the plugin unloads during a burst of registry changes", async () => {
		const questions = analysis({ title: "Open weights", published: "2025-03-01", questions: [["深度求索會繼續開源嗎？", "比較授權。"]] });
		const p = await loadPanel({ "Analyses/weights.md": questions, "Entities/Stargate.md": entityNote(["星門"]) });
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
		await p.app.vault.create("Entities/DeepSeek.md", entityNote(["深度求索"]));
		// The registry changed: the questions' entities are found again after a quiet time.
		expect(vi.getTimerCount()).toBeGreaterThan(0);
		p.plugin.unload();
		expect(vi.getTimerCount()).toBe(0);
	});
});
