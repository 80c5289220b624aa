/**
 * GFM examples for the oracle. No package ships the GFM spec's examples, so these are written
 * here, one or more per GFM extension (tables, task lists, strikethrough, autolink literals,
 * footnotes, the tag filter) and per Obsidian syntax the linker meets (callouts, wikilinks,
 * embeds, tags, comments, math, block ids), using names of the oracle's entities.
 */
export interface GfmExample {
	readonly name: string;
	readonly markdown: string;
}

export const GFM_EXAMPLES: readonly GfmExample[] = [
	{ name: "table", markdown: "| foo | bar |\n| --- | --- |\n| baz | hello world |\n" },
	{ name: "table with alignment", markdown: "| foo | bar |\n| :-- | --: |\n| baz | `foo` |\n" },
	{ name: "table with escaped pipe", markdown: "| foo | bar |\n| --- | --- |\n| b `\\|` az | b **\\|** ar |\n" },
	{ name: "table then paragraph", markdown: "| foo |\n| --- |\n| bar |\n\nbaz after the table\n" },
	{ name: "table without leading pipes", markdown: "foo | bar\n--- | ---\nbaz | hello\n" },
	{ name: "table cell with link", markdown: "| foo | bar |\n| --- | --- |\n| [foo](https://example.com/foo) | [[bar]] baz |\n" },
	{ name: "task list", markdown: "- [ ] foo\n- [x] bar\n  - [ ] baz hello\n" },
	{ name: "strikethrough", markdown: "~~foo bar~~ and ~baz~ hello\n" },
	{ name: "autolink literal www", markdown: "Visit www.foo.com/bar today, or foo.bar.com.\n" },
	{ name: "autolink literal http", markdown: "See https://foo.com/bar?baz=hello and http://world.com.\n" },
	{ name: "autolink literal email", markdown: "Mail foo@bar.com or hello@world.org\n" },
	{ name: "autolink angle", markdown: "<https://foo.com/bar> and <foo@bar.com>\n" },
	{ name: "footnote", markdown: "Here is foo.[^1] And bar.[^note]\n\n[^1]: The baz footnote.\n[^note]: hello world\n" },
	{ name: "tag filter", markdown: "<title>foo</title> <xmp>bar</xmp> baz\n" },
	{ name: "html inline", markdown: "foo <span title=\"bar\">baz</span> hello\n" },
	{ name: "html block", markdown: "<div>\nfoo bar\n</div>\n\nbaz\n" },
	{ name: "inline math", markdown: "Energy $foo = bar^2$ and baz\n" },
	{ name: "block math", markdown: "$$\nfoo + bar\n$$\n\nbaz\n" },
	{ name: "frontmatter", markdown: "---\ntitle: foo\naliases: [bar]\n---\nbaz and foo\n" },
	{ name: "wikilinks and embeds", markdown: "[[foo]] and [[bar|baz]] and ![[hello.png]] then world\n" },
	{ name: "markdown link title", markdown: "[foo](https://x.com \"bar title\") baz\n" },
	{ name: "reference link", markdown: "[foo][bar] baz\n\n[bar]: https://example.com \"title\"\n" },
	{ name: "tags", markdown: "#foo and #bar/baz and hello #world\n" },
	{ name: "obsidian comments", markdown: "foo %%bar baz%% hello\n\n%%\nworld\n%%\n" },
	{ name: "html comment", markdown: "foo <!-- bar baz --> hello\n" },
	{ name: "block id", markdown: "foo bar ^baz\n" },
	{ name: "callout", markdown: "> [!note] foo title\n> bar body with baz\n> - hello list\n" },
	{ name: "nested callout", markdown: "> [!info]\n> foo\n> > [!warning] bar\n> > baz\n" },
	{ name: "code spans and fences", markdown: "`foo` bar\n\n```foo\nbar baz\n```\n\n~~~\nhello\n~~~\n" },
	{ name: "indented code", markdown: "para foo\n\n    bar baz\n\nhello\n" },
	{ name: "emphasis", markdown: "*foo* **bar** _baz_ __hello__ ***world***\n" },
	{ name: "escapes", markdown: "\\*foo\\* \\[bar\\] \\#baz hello\\_world\n" },
	{ name: "CJK and Latin", markdown: "由DeepSeek開發，根據星門 (Stargate) 計畫，見 deepseek.com。\n" },
	{ name: "heading and setext", markdown: "# foo bar\n\nbaz\n===\n\nhello\n---\n" },
	{ name: "image", markdown: "![foo bar](baz.png) hello\n" },
	{ name: "bracket text", markdown: "[foo] and [bar baz] and !hello\n" },
];
