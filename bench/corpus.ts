/**
 * Deterministic generated data for the benchmarks: analysis notes in Traditional Chinese,
 * Simplified Chinese and English, in the shape researchers write (frontmatter, four sections,
 * numbered investigation questions), and entity names in both scripts.
 */

/** A small seeded PRNG (mulberry32), so every run measures the same data. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const HAN = "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處府研質";
const WORDS = ["model", "compute", "export", "controls", "open", "weights", "chips", "policy", "research", "adoption", "national", "laboratory", "data", "centre", "investment", "strategy", "market", "regulation", "supply", "chain"];

export function hanText(rand: () => number, length: number): string {
	let out = "";
	while (out.length < length) {
		const run = 8 + Math.floor(rand() * 30);
		for (let i = 0; i < run; i++) out += HAN[Math.floor(rand() * HAN.length)];
		out += rand() < 0.5 ? "，" : "。";
	}
	return out.slice(0, length);
}

export function englishText(rand: () => number, length: number): string {
	const words: string[] = [];
	let size = 0;
	while (size < length) {
		const word = WORDS[Math.floor(rand() * WORDS.length)]!;
		words.push(word);
		size += word.length + 1;
	}
	return words.join(" ").slice(0, length);
}

/** `count` entity names: Latin names like `Nexa42 Labs` and Han names like `華科研究院`. */
export function entityNames(count: number, seed = 7): { latin: string[]; han: string[] } {
	const rand = random(seed);
	const latin: string[] = [];
	const han: string[] = [];
	for (let i = 0; i < count; i++) {
		latin.push(`${cap(WORDS[i % WORDS.length]!)}${i} ${["Labs", "AI", "Institute", "Systems"][i % 4]}`);
		let name = "";
		const size = 3 + Math.floor(rand() * 4);
		for (let j = 0; j < size; j++) name += HAN[Math.floor(rand() * HAN.length)];
		han.push(`${name}${i.toString(36)}`);
	}
	return { latin, han };
}

function cap(word: string): string {
	return word[0]!.toUpperCase() + word.slice(1);
}

export interface GeneratedNote {
	readonly path: string;
	readonly text: string;
}

/**
 * One analysis note of roughly `size` characters mentioning some of `names`, with `questions`
 * numbered investigation questions. Every third note is English.
 */
export function analysisNote(index: number, size: number, names: readonly string[], questions = 5): GeneratedNote {
	const rand = random(index + 1);
	const english = index % 3 === 2;
	const text = english ? (n: number) => englishText(rand, n) : (n: number) => hanText(rand, n);
	const mention = () => names[Math.floor(rand() * names.length)] ?? "";
	const body: string[] = [
		"---",
		"type: analysis",
		`title: "Analysis ${index}"`,
		`source: https://example.com/story/${index}`,
		`outlet: Outlet ${index % 17}`,
		`published: 2025-${String(1 + (index % 12)).padStart(2, "0")}-${String(1 + (index % 28)).padStart(2, "0")}T09:30`,
		"keywords:",
		`  - ${mention()}`,
		"---",
		"",
		english ? "## 1. Metadata" : "#### 1. 新聞履歷 (Metadata)",
		"",
		`- **${english ? "Title" : "標題"}：** ${text(30)}`,
		"",
		english ? "## 2. Executive summary" : "#### 2. 核心摘要 (Executive Summary)",
		"",
	];
	const questionBlock = [english ? "## 4. Areas for further investigation" : "#### 4. 潛在調查方向 (Areas for Further Investigation)", ""];
	for (let q = 1; q <= questions; q++) {
		questionBlock.push(`${q}. ${text(20)}${mention()}：`, "", `    ${text(120)}`, "");
	}
	const fixed = body.join("\n").length + questionBlock.join("\n").length;
	const paragraphs: string[] = [];
	let used = fixed;
	while (used < size) {
		const paragraph = `${text(200)}${mention()}${text(100)}`;
		paragraphs.push(paragraph, "");
		used += paragraph.length + 2;
	}
	const middle = [...paragraphs, english ? "## 3. Structural analysis" : "#### 3. 深度架構分析 (Structural Analysis)", ""];
	return { path: `analyses/note-${index}.md`, text: [...body, ...middle, ...questionBlock].join("\n") };
}

/** A vault of `count` notes of about `size` characters each. */
export function generateVault(count: number, size: number, names: readonly string[], questions = 5): GeneratedNote[] {
	return Array.from({ length: count }, (_, i) => analysisNote(i, size, names, questions));
}
