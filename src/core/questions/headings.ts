/**
 * The investigation-section heading table: which headings open the section whose top-level list
 * items are a note's questions. A heading matches when, after its numbering and an English gloss
 * in brackets are set aside, its text or its gloss is one of the names below (case-insensitive) or
 * one the user added in settings.
 *
 *   `4. 潛在調查方向 (Areas for Further Investigation)` → 潛在調查方向 / Areas for Further Investigation
 *   `Areas for further investigation`, `潜在调查方向`, `待查問題`, `Open questions`
 */

/** Built-in names, by language. Lower case for English; compared after `normalizeHeading`. */
export const INVESTIGATION_HEADINGS = {
	en: [
		"areas for further investigation",
		"further investigation",
		"open questions",
		"questions for further investigation",
		"investigation questions",
		"questions to investigate",
		"follow-up questions",
		"what to watch",
	],
	"zh-TW": ["潛在調查方向", "調查方向", "待查問題", "待解問題", "延伸調查", "後續追蹤", "後續觀察", "值得追蹤的問題"],
	"zh-CN": ["潜在调查方向", "调查方向", "待查问题", "待解问题", "延伸调查", "后续追踪", "后续观察", "值得追踪的问题"],
} as const;

const BUILT_IN: ReadonlySet<string> = new Set(Object.values(INVESTIGATION_HEADINGS).flat());

/** Leading numbering: `4.`, `4)`, `(4)`, `IV.`, `四、`, `第四章` is not numbering (left as is). */
const NUMBERING = new RegExp(
	[
		"^(?:",
		"\\(?\\d{1,3}(?:\\.\\d{1,3})*[.)、:：]?\\)?", // 4.  4)  (4)  4.1  4、
		"|[IVXLC]{1,6}[.)]", // IV.  IV)
		"|[一二三四五六七八九十]{1,3}[、.．]", // 四、
		")\\s+|^[一二三四五六七八九十]{1,3}、",
	].join(""),
	"i",
);

/** A trailing gloss in ASCII or full-width brackets: ` (Areas for Further Investigation)`. */
const GLOSS = /\s*[(（[【]([^()（）[\]【】]+)[)）\]】]\s*$/;

/** Emphasis markers and a trailing colon, which some writers put on headings. */
const DECORATION = /^[*_]+|[*_]+$|[:：]\s*$/g;

/** The heading's text and its gloss, each trimmed, lower-cased and without numbering or decoration. */
export function normalizeHeading(heading: string): { readonly text: string; readonly gloss: string | null } {
	const bare = heading.trim().replace(DECORATION, "").trim().replace(NUMBERING, "");
	const gloss = GLOSS.exec(bare);
	const text = gloss ? bare.slice(0, gloss.index) : bare;
	return { text: clean(text), gloss: gloss?.[1] ? clean(gloss[1]) : null };
}

function clean(text: string): string {
	return text.replace(DECORATION, "").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Builds the matcher once for a list of user headings (as typed in settings). */
export function investigationHeadingMatcher(userHeadings: readonly string[] = []): (heading: string) => boolean {
	const names = new Set(BUILT_IN);
	for (const user of userHeadings) {
		const { text, gloss } = normalizeHeading(user);
		if (text) names.add(text);
		if (gloss) names.add(gloss);
	}
	// The same few headings recur in every note: remember the answers (bounded, so odd headings cannot grow it forever).
	const seen = new Map<string, boolean>();
	return (heading) => {
		const known = seen.get(heading);
		if (known !== undefined) return known;
		const { text, gloss } = normalizeHeading(heading);
		const matches = names.has(text) || (gloss !== null && names.has(gloss));
		if (seen.size < 2_000) seen.set(heading, matches);
		return matches;
	};
}

/** One example: a heading, the user headings in force, and whether it opens the section. */
export interface HeadingExample {
	readonly heading: string;
	readonly user?: readonly string[];
	readonly matches: boolean;
}

/** The examples of this unit; one test loop runs them all. */
export const HEADING_EXAMPLES: readonly HeadingExample[] = [
	{ heading: "4. 潛在調查方向 (Areas for Further Investigation)", matches: true },
	{ heading: "潛在調查方向 (Areas for Further Investigation)", matches: true },
	{ heading: "4. 潜在调查方向（Areas for Further Investigation）", matches: true },
	{ heading: "潜在调查方向", matches: true },
	{ heading: "待查問題", matches: true },
	{ heading: "待查问题：", matches: true },
	{ heading: "Areas for further investigation", matches: true },
	{ heading: "4. Areas for Further Investigation", matches: true },
	{ heading: "IV. Open questions", matches: true },
	{ heading: "Open Questions:", matches: true },
	{ heading: "**Open questions**", matches: true },
	{ heading: "四、潛在調查方向", matches: true },
	{ heading: "(4) 後續追蹤", matches: true },
	{ heading: "5. 未來觀察 (What to watch)", matches: true },
	{ heading: "1. 新聞履歷 (Metadata)", matches: false },
	{ heading: "3. 深度架構分析 (Structural Analysis)", matches: false },
	{ heading: "Open questions about pricing models", matches: false },
	{ heading: "調查方向盤", matches: false },
	{ heading: "Leads", matches: false },
	{ heading: "Leads", user: ["Leads"], matches: true },
	{ heading: "5. 追蹤清單 (Watch list)", user: ["追蹤清單"], matches: true },
	{ heading: "5. Something (Watch list)", user: ["6. 追蹤清單 (Watch list)"], matches: true },
];
