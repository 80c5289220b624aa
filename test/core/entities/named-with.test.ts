// Issue 12, item 1: "Named with" — the entities named in the same analyses, most shared first,
// with the count and the latest date; read from the same sources as the timeline.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { buildTimeline, byNameIn, NAMED_WITH_EXAMPLES, namedWith, registryOf, timelineSourceOf, type TimelineSource } from "../../../src/core/entities";
import { entity, matcherOf } from "./support";

const DEEPSEEK = entity("DeepSeek: 深度求索");
const REGISTRY = registryOf([DEEPSEEK, entity("OpenAI"), entity("Qwen: 通義千問"), entity("Stargate: 星門"), entity("Nvidia: 輝達")]);
const BY_NAME = byNameIn(REGISTRY);

const listed = (sources: readonly TimelineSource[]) => namedWith(DEEPSEEK, sources, BY_NAME).map((n) => `${n.entity.name} ${n.count} ${n.latest ?? "-"}`);

describe("named with", () => {
	test.each(NAMED_WITH_EXAMPLES)("$why", ({ sources, listed: expected }) => {
		expect(listed(sources)).toEqual(expected);
	});

	test("each entry lists the shared analyses newest first, exactly those the timeline lists that name both", () => {
		const sources: TimelineSource[] = [
			{ path: "a.md", title: "Old", published: "2025-01-02", entities: ["DeepSeek", "OpenAI"] },
			{ path: "b.md", title: "Undated", entities: ["OpenAI"], unlinked: ["深度求索"] },
			{ path: "c.md", title: "New", published: "2025-12-05T14:42", entities: ["OpenAI", "DeepSeek"] },
			{ path: "d.md", title: "Other", published: "2025-12-06", entities: ["OpenAI"] },
		];
		const [openai] = namedWith(DEEPSEEK, sources, BY_NAME);
		expect(openai?.analyses).toEqual([
			{ path: "c.md", title: "New", published: "2025-12-05T14:42" },
			{ path: "a.md", title: "Old", published: "2025-01-02" },
		]);
		// "深度求索" is an alias, not the entity's name: the timeline does not list b.md, so neither does Named with.
		const timeline = buildTimeline(DEEPSEEK, sources, [], matcherOf(REGISTRY));
		expect(timeline.analyses.map((a) => a.path)).toEqual(openai?.analyses.map((a) => a.path));
	});

	test("the order of the sources changes nothing", () => {
		const names = ["DeepSeek", "OpenAI", "Qwen", "Stargate", "Nvidia", "Unknown"];
		const source = fc.record({
			title: fc.constantFrom("A", "B", "C"),
			published: fc.option(fc.constantFrom("2025-01-01", "2025-06-01", "2025-06-01T10:00", "2026-01-01"), { nil: undefined }),
			entities: fc.subarray(names),
			unlinked: fc.subarray(names),
		});
		const sources = fc.array(source, { maxLength: 12 }).map((drawn) =>
			drawn.map(({ published, ...rest }, i): TimelineSource => ({ path: `${i}.md`, ...rest, ...(published ? { published } : {}) })),
		);
		const pair = sources.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })));
		fc.assert(
			fc.property(pair, ([inOrder, shuffled]) => {
				const found = namedWith(DEEPSEEK, inOrder, BY_NAME);
				expect(namedWith(DEEPSEEK, shuffled, BY_NAME)).toEqual(found);
				for (const entry of found) expect(entry.count).toBe(entry.analyses.length);
			}),
		);
	});
});

describe("a note as the timeline reads it from its text (the CLI's sources)", () => {
	const matcher = matcherOf(REGISTRY);
	const analysis = (properties: string, body: string) => `---\ntype: analysis\n${properties}---\n${body}`;
	const examples: readonly { readonly text: string; readonly source: TimelineSource | null; readonly why: string }[] = [
		{
			text: analysis("title: Chips\noutlet: FT\npublished: 2025-12-05\n", "[[DeepSeek]] and [[Entities/OpenAI|the lab]]; 輝達 ships.\n"),
			source: { path: "a.md", title: "Chips", outlet: "FT", published: "2025-12-05", entities: ["DeepSeek", "OpenAI"], unlinked: ["Nvidia"] },
			why: "links resolve to entity notes; names without a link are unlinked",
		},
		{
			text: analysis("entities:\n  - \"[[Qwen]]\"\n  - 星門\n", "No names here.\n"),
			source: { path: "a.md", title: "a", entities: ["Qwen"], unlinked: ["Qwen", "Stargate"] },
			why: "a link in a property links; the entities property's entries are named, as the plugin reads them",
		},
		{
			text: analysis("", "[[深度求索]] is an alias, which Obsidian does not resolve; [[DeepSeek#History]] is the note.\n"),
			source: { path: "a.md", title: "a", entities: ["DeepSeek"] },
			why: "a link by alias opens no note; a link to a heading opens the note",
		},
		{ text: "A plain note naming DeepSeek.\n", source: null, why: "a note that is no analysis counts only for its links" },
		{ text: "Links [[Stargate]].\n", source: { path: "a.md", title: "a", entities: ["Stargate"] }, why: "any note that links an entity counts" },
	];
	test.each(examples)("$why", ({ text, source }) => {
		expect(timelineSourceOf(text, "a.md", matcher)).toEqual(source);
	});

	test("an entity note is no source", () => {
		expect(timelineSourceOf("---\ntype: entity\n---\n[[OpenAI]]\n", "Entities/DeepSeek.md", matcher)).toBeNull();
	});
});
