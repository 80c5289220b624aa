/**
 * The linker's judgement, each rule with its example: entities (as in `match-examples.ts`), the
 * note's path and text, the text once its sure links are written, and the doubtful links offered
 * (`surface→entity!flag`). One test loop (`test/core/entities/linker.test.ts`) runs every example.
 */

export interface LinkExample {
	readonly rule: string;
	/** `Name: alias, alias` per entity; `folder/Name: …` for a note in a folder. */
	readonly entities: readonly string[];
	/** The linked note's path. */
	readonly note: string;
	readonly text: string;
	/** The text with the plan's sure links applied. */
	readonly linked: string;
	/** The doubtful links the plan offers, in text order. */
	readonly doubtful?: readonly string[];
	/** Link style (default wikilinks). */
	readonly style?: "wikilink" | "markdown";
}

export const LINK_EXAMPLES: readonly LinkExample[] = [
	{
		rule: "text in brackets is left alone, but a bracket its paragraph leaves open protects nothing past a blank line",
		entities: ["DeepSeek"],
		note: "Notes/a.md",
		text: "Seen in [DeepSeek] and [an open\n\nDeepSeek again]",
		linked: "Seen in [DeepSeek] and [an open\n\n[[DeepSeek]] again]",
	},
	{
		rule: "a note's own name wins over another note's alias",
		entities: ["Google", "Alphabet: Google"],
		note: "Notes/a.md",
		text: "Google and Alphabet",
		linked: "[[Google]] and [[Alphabet]]",
	},
	{
		rule: "of notes with one name in several folders, the nearest, linked by its path",
		entities: ["en/Canvas", "es/Canvas"],
		note: "es/Guía.md",
		text: "Abre Canvas.",
		linked: "Abre [[es/Canvas|Canvas]].",
	},
	{
		rule: "a Markdown link to a note in a folder carries its encoded path",
		entities: ["en/Graph view", "es/Graph view"],
		note: "en/Start.md",
		text: "Open the Graph view.",
		linked: "Open the [Graph view](en/Graph%20view.md).",
		style: "markdown",
	},
	{
		rule: "in a table the path link escapes its pipe",
		entities: ["en/Canvas", "es/Canvas"],
		note: "en/Start.md",
		text: "| Tool | Use |\n| --- | --- |\n| see Canvas | boards |\n",
		linked: "| Tool | Use |\n| --- | --- |\n| see [[en/Canvas\\|Canvas]] | boards |\n",
	},
	{
		rule: "a link to a heading of a note does not link the note itself",
		entities: ["Settings"],
		note: "Notes/a.md",
		text: "See [[Settings#Editor]]. Then open Settings.",
		linked: "See [[Settings#Editor]]. Then open [[Settings]].",
	},
	{
		rule: "a doubtful mention is offered, not written",
		entities: ["HQ Trivia: HQ"],
		note: "Notes/a.md",
		text: "The HQ moved to Austin.",
		linked: "The HQ moved to Austin.",
		doubtful: ["HQ→HQ Trivia!short"],
	},
	{
		rule: "a sure mention later in the note wins over a doubtful one before it",
		entities: ["HQ Trivia: HQ"],
		note: "Notes/a.md",
		text: "HQ grew. Then HQ Trivia launched.",
		linked: "HQ grew. Then [[HQ Trivia]] launched.",
	},
	{
		rule: "an ordinary word in lower case is left; the name as written is linked",
		entities: ["Target"],
		note: "Notes/a.md",
		text: "The price target rose, and Target fell.",
		linked: "The price target rose, and [[Target]] fell.",
	},
	{
		rule: "an ordinary word at a sentence's start is offered, once per entity",
		entities: ["Target"],
		note: "Notes/a.md",
		text: "Target cut prices. Target also hired.",
		linked: "Target cut prices. Target also hired.",
		doubtful: ["Target→Target!sentence-start"],
	},
];
