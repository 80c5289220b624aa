/**
 * Text as a reader sees it once Obsidian renders its wikilinks: `[[Stargate|星門]]` reads `星門`,
 * `[[DeepSeek]]` reads `DeepSeek`, `[[Note#Part]]` reads `Note > Part`. For labels drawn as plain
 * text (a question's title in the panel); the stored text keeps its links.
 */

/** A wikilink, embeds included, as named parts. */
const WIKILINK = new RegExp(
	[
		"!?\\[\\[", // `[[` or an embed's `![[`
		"(?<target>[^\\]|#]*)", // the linked note
		"(?:#(?<sub>[^\\]|]*))?", // an optional heading or block
		"(?:\\|(?<alias>[^\\]]*))?", // an optional display text
		"\\]\\]",
	].join(""),
	"g",
);

/** `text` with every wikilink replaced by the text Obsidian shows for it. */
export function linkDisplayText(text: string): string {
	return text.replace(WIKILINK, (whole, target: string, sub: string | undefined, alias: string | undefined) => {
		if (alias !== undefined && alias.trim() !== "") return alias;
		const subpath = sub?.replace(/^\^/, "");
		if (target === "" && !subpath) return whole;
		return [target, subpath].filter((part) => part !== undefined && part !== "").join(" > ");
	});
}

export const LINK_TEXT_EXAMPLES: readonly { readonly text: string; readonly shown: string }[] = [
	{ text: "[[Stargate|星門]]資料中心的電力來源", shown: "星門資料中心的電力來源" },
	{ text: "How quickly does [[DeepSeek]]'s next model follow?", shown: "How quickly does DeepSeek's next model follow?" },
	{ text: "See [[Entities/ASPI#Reports|the reports]] and [[ASPI#Reports]]", shown: "See the reports and ASPI > Reports" },
	{ text: "A block: [[Note#^abc-1]]", shown: "A block: Note > abc-1" },
	{ text: "Not a link: [x] or [[]] or [link](https://example.org)", shown: "Not a link: [x] or [[]] or [link](https://example.org)" },
	{ text: "<img src=x onerror=alert(1)> stays text", shown: "<img src=x onerror=alert(1)> stays text" },
];
