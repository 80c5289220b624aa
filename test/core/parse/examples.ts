/**
 * The parser's examples: each a note and what `parseNote` must see in it, in the short lines of
 * `./summary`. Only the fields an example lists are compared (exactly). One loop in
 * `examples.test.ts` runs them all; add a case here, nowhere else.
 */
import type { Summary } from "./summary";

export interface Example {
	readonly name: string;
	readonly text: string;
	readonly expect: Partial<Summary>;
}

export const EXAMPLES: readonly Example[] = [
	// ——— headings and sections ———
	{
		name: "ATX headings, closing hashes, setext headings",
		text: "# Title #\n\nSub\n===\n\nSecond\n---\n\n####### not a heading\n#nospace",
		expect: {
			headings: ["0 h1 Title", "2 h1 Sub", "5 h2 Second"],
			sections: ["heading 0-0", "heading 2-3", "heading 5-6", "paragraph 8-9"],
			tags: ["9:0 #nospace"],
		},
	},
	{
		name: "a thematic break after a blank line is not a setext underline",
		text: "Para\n\n---\n\n***\n- - -",
		expect: { sections: ["paragraph 0-0", "thematicBreak 2-2", "thematicBreak 4-4", "thematicBreak 5-5"], items: [] },
	},
	{
		name: "fenced code hides links and tags; its range is protected",
		text: "```js\n#tag [[Note]]\n```\nafter #real",
		expect: { sections: ["code 0-2", "paragraph 3-3"], links: [], tags: ["3:6 #real"], protected: ['code "```js\\n#tag [[Note]]\\n```"', 'tag "#real"'] },
	},
	{
		name: "an unclosed fence runs to the end of the note",
		text: "Intro\n~~~\ncode [[x]]\n\nmore",
		expect: { sections: ["paragraph 0-0", "code 1-4"], links: [] },
	},
	{
		name: "indented code, but not inside a paragraph",
		text: "para\n    continued\n\n    code #x\n\nend",
		expect: { sections: ["paragraph 0-1", "code 3-3", "paragraph 5-5"], tags: [] },
	},
	{
		name: "math blocks and inline math",
		text: "$$\nx^2 #no\n$$\nCost $20,000 and $30,000.\n\n$a+b$ is math.\n$$ y $$",
		expect: { sections: ["math 0-2", "paragraph 3-3", "paragraph 5-5", "math 6-6"], tags: [], protected: ['math "$$\\nx^2 #no\\n$$"', 'inlineMath "$a+b$"', 'math "$$ y $$"'] },
	},
	{
		name: "callouts, blockquotes and a lazy continuation line",
		text: "> [!note] Title\n> - [ ] task\n\n> quote\nlazy\n\n>> nested",
		expect: { sections: ["callout 0-1", "blockquote 3-4", "blockquote 6-6"], items: ["1 - parent -1 [ ]"] },
	},
	{
		name: "HTML blocks and HTML comment blocks",
		text: "<div>\n#no [[no]]\n</div>\n\n<!--\n[[hidden]]\n-->\n\ntext <b>bold</b> <!-- [[x]] -->",
		expect: {
			sections: ["html 0-2", "html 4-6", "paragraph 8-8"],
			links: [],
			protected: ['html "<div>\\n#no [[no]]\\n</div>"', 'comment "<!--\\n[[hidden]]\\n-->"', 'html "<b>"', 'html "</b>"', 'comment "<!-- [[x]] -->"'],
		},
	},
	{
		name: "%% comments: protected, yet Obsidian still reads their links and tags",
		text: "%%\n- [ ] #hidden-task\n%%\ntext %% [[Linked]] %% end",
		expect: { sections: ["comment 0-2", "paragraph 3-3"], items: [], tags: ["1:6 #hidden-task"], links: ["3:8 Linked"], protected: ['comment "%%\\n- [ ] #hidden-task\\n%%"', 'comment "%% [[Linked]] %%"'] },
	},
	{
		name: "tables need a delimiter row with as many cells",
		text: "| a | b |\n| --- | :-: |\n| [[x\\|y]] | #t |\n\n| a |\n| - | - |",
		expect: { sections: ["table 0-2", "paragraph 4-5"], links: ["2:2 x"], tags: ["2:13 #t"] },
	},
	{
		name: "footnote definitions and references",
		text: "Claim[^1] and ^[inline note].\n\n[^1]: The source.\n    More of it.",
		expect: { sections: ["paragraph 0-0", "footnoteDefinition 2-3"], protected: ['footnote "[^1]"', 'footnote "^[inline note]"', 'footnote "[^1]: "'] },
	},
	{
		// Found by the linker's property test: `[^block[[Australia|澳洲]]` hid the inserted link in a footnote.
		name: "a footnote label holds no `[`: what follows an unclosed `[^` is still read",
		text: "[^block[[Australia|澳洲]] and [^a b]",
		expect: { links: ["0:7 Australia"], protected: ['wikilink "[[Australia|澳洲]]"'] },
	},
	// ——— lists ———
	{
		name: "nested lists: parents, tasks, markers, continuation lines",
		text: "- a\n  more a\n    - [x] b\n    - [/] c\n\n      c's paragraph\n- d",
		expect: {
			sections: ["list 0-6"],
			items: ["0 - parent -1 +1", "2 - parent 0 [x]", "3 - parent 0 [/] +5", "6 - parent -1"],
		},
	},
	{
		name: "ordered lists with . and ), and a new marker starting a new list",
		text: "1. one\n2) two\n3) three\n\n* star\n+ plus",
		expect: { sections: ["list 0-0", "list 1-2", "list 4-4", "list 5-5"], items: ["0 1. parent -1", "1 2) parent -1", "2 3) parent -1", "4 * parent -4", "5 + parent -5"] },
	},
	{
		name: "an ordered item not starting at 1 cannot interrupt a paragraph",
		text: "Para\n2. not an item\n1. an item",
		expect: { sections: ["paragraph 0-1", "list 2-2"], items: ["2 1. parent -2"] },
	},
	{
		name: "numbered tasks and code inside an item",
		text: "1. [ ] task\n   ```\n   code\n   ```\n2. [x] done",
		expect: { items: ["0 1. parent -1 [ ] +1,2,3", "4 2. parent -1 [x]"], sections: ["list 0-4"] },
	},
	{
		name: "a task box needs a space or the end of the line after it",
		text: "- [x]done\n- [ ]\n- [[link]]",
		expect: { items: ["0 - parent -1", "1 - parent -1 [ ]", "2 - parent -1"], links: ["2:2 link"] },
	},
	{
		name: "tabs indent list items",
		text: "-\tone\n\t-\ttwo\n\t\t- three",
		expect: { items: ["0 - parent -1", "1 - parent 0", "2 - parent 1"] },
	},
	// ——— links ———
	{
		name: "wikilinks, embeds, Markdown links and images",
		text: "[[Note]] [[Note#Head|alias]] ![[pic.png]] [md](Other%20note.md) ![img](a.png) [web](https://x.org) [[]]",
		expect: {
			links: ["0:0 Note", "0:9 Note#Head", "0:42 Other note.md"],
			embeds: ["0:29 pic.png", "0:64 a.png"],
			protected: ['wikilink "[[Note]]"', 'wikilink "[[Note#Head|alias]]"', 'embed "![[pic.png]]"', 'markdownLink "[md](Other%20note.md)"', 'markdownLink "![img](a.png)"', 'markdownLink "[web](https://x.org)"'],
		},
	},
	{
		// GFM's autolink literals run to a space or `<`, Chinese text glued to them included.
		name: "autolinks, bare and www. URLs running to a space or an unescaped <, trailing punctuation left out, inline code",
		text: "See <https://a.io/x>, https://b.com/p?q=1. 由https://deepseek.com發布 (https://c.org/x_(y)) `[[not]]` www.aspi.org\\<b> xwww.no.pe",
		expect: {
			links: [],
			protected: ['url "<https://a.io/x>"', 'url "https://b.com/p?q=1"', 'url "https://deepseek.com發布"', 'url "https://c.org/x_(y)"', 'inlineCode "`[[not]]`"', 'url "www.aspi.org\\\\<b>"'],
		},
	},
	{
		name: "escaped brackets and hashes are plain text",
		text: "\\[[x]] \\#no \\[\\[#Escaped\\]\\]",
		expect: { links: [], tags: ["0:16 #Escaped"] },
	},
	// ——— tags and block ids ———
	{
		name: "tags: nested, CJK, ending at CJK punctuation; never numbers, words or URLs",
		text: "#a/b-c_d #人工智慧，later #2024 #y2024 a#b (#in) https://x.io/#frag #台灣。 `#code`",
		expect: { tags: ["0:0 #a/b-c_d", "0:9 #人工智慧", "0:27 #y2024", "0:39 #in", "0:63 #台灣"] },
	},
	{
		name: "block ids at the end of a line",
		text: "A paragraph ^para-1\n\n- item ^item\n\n^after-list\n\nnot^id and ^not id",
		expect: { blockIds: ["0:12 para-1", "2:7 item", "4:0 after-list"] },
	},
	// ——— frontmatter ———
	{
		name: "frontmatter properties, with Obsidian's yaml section",
		text: "---\ntitle: Test\ntags: [a, b]\nlist:\n  - x\n  - 2\n---\n# H",
		expect: { frontmatter: ['title="Test"', 'tags=["a","b"]', 'list=["x",2]'], sections: ["yaml 0-6", "heading 7-7"], protected: ['frontmatter "---\\ntitle: Test\\ntags: [a, b]\\nlist:\\n  - x\\n  - 2\\n---"'] },
	},
	{
		name: "empty frontmatter",
		text: "---\n---\nBody",
		expect: { frontmatter: [], sections: ["yaml 0-1", "paragraph 2-2"] },
	},
	{
		name: "malformed frontmatter is an error value, and the block is still frontmatter",
		text: "---\ntitle: [unclosed\n---\nBody",
		expect: { frontmatter: ["error The frontmatter is not valid YAML on line 2 of the note: a list in `[ ]` or `{ }` is not closed, or its next lines are not indented; add the closing `]` or `}`."], sections: ["yaml 0-2", "paragraph 3-3"] },
	},
	{
		name: "unclosed frontmatter is reported, and the text read as Markdown",
		text: "---\ntitle: x\n\n# Heading",
		expect: {
			frontmatter: ["error The frontmatter opened by `---` on line 1 is never closed by another `---` line, so it is read as ordinary text."],
			sections: ["thematicBreak 0-0", "paragraph 1-1", "heading 3-3"],
		},
	},
	// ——— awkward input ———
	{
		name: "CRLF line endings keep exact offsets",
		text: "---\r\na: 1\r\n---\r\n# Title\r\n\r\n- [ ] [[Link]] #tag\r\n",
		expect: { frontmatter: ["a=1"], headings: ["3 h1 Title"], items: ["5 - parent -5 [ ]"], links: ["5:6 Link"], tags: ["5:15 #tag"] },
	},
	{
		name: "a BOM before the frontmatter",
		text: "\uFEFF---\ntitle: x\n---\n#tag",
		expect: { frontmatter: ['title="x"'], sections: ["yaml 0-2", "paragraph 3-3"], tags: ["3:0 #tag"] },
	},
	{
		name: "an empty item then a blank line ends the item; indented text after it is code",
		text: "1. \n\n    DeepSeek\n- \nnext",
		expect: { items: ["0 1. parent -1", "3 - parent -3"], sections: ["list 0-0", "code 2-2", "list 3-3", "paragraph 4-4"], protected: ['code "    DeepSeek"'] },
	},
	{
		name: "a BOM before a heading",
		text: "\uFEFF# Title\n- [ ] task",
		expect: { headings: ["0 h1 Title"], sections: ["heading 0-0", "list 1-1"], items: ["1 - parent -1 [ ]"] },
	},
	{
		name: "lone surrogates are ordinary characters",
		text: "\uD800 #tag\uDC00 [[a\uD83D]]\n- \uDFFF",
		expect: { tags: ["0:2 #tag\uDC00"], links: ["0:8 a\uD83D"], items: ["1 - parent -1"] },
	},
	{
		name: "empty note",
		text: "",
		expect: { headings: [], sections: [], items: [], protected: [], frontmatter: [] },
	},
];
