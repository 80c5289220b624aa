/**
 * A generated vault shaped like the hand-linked vaults researchers keep, so the benchmarks measure
 * the program users run. The shape follows a real 7,900-note English vault (Kleinster2's
 * financial-charts, measured: mean note 4,850 characters, median 2,500, 90th percentile 10,200;
 * 29 links, 25 table rows, 8 headings and 16 list items a note; 87% with frontmatter; 14,500
 * aliases of 13 characters on average) and the Chinese vaults we measured: entity notes with
 * aliases in both scripts, names that recur across notes (a few very often, most rarely), a
 * mention every 150 characters or so, a third of them already links, tables of names and figures,
 * callouts, code, URLs, analyses closing on numbered investigation questions, and one note in
 * three in Chinese with English names inside its sentences.
 * Deterministic: the same seed gives the same vault.
 */
import { random, type GeneratedNote } from "./corpus";

/** What the generated vault holds, counted as it is written (printed beside the figures). */
export interface CorpusShape {
	readonly notes: number;
	readonly entityNotes: number;
	readonly names: number;
	readonly meanNameLength: number;
	readonly characters: number;
	readonly medianNote: number;
	readonly maxNote: number;
	readonly mentionsPerNote: number;
	readonly linksPerNote: number;
	readonly tableCellsPerNote: number;
	readonly calloutsPerNote: number;
	readonly questions: number;
	readonly frontmatterShare: number;
	readonly chineseShare: number;
}

export interface RealCorpus {
	readonly notes: readonly GeneratedNote[];
	readonly shape: CorpusShape;
}

/** One line describing the shape, for the bench's output. */
export function describeShape(s: CorpusShape): string {
	const parts = [
		`${s.notes.toLocaleString("en")} notes (${s.entityNotes.toLocaleString("en")} entity notes), ${(s.characters / 1e6).toFixed(1)}M characters, median note ${s.medianNote.toLocaleString("en")}, largest ${s.maxNote.toLocaleString("en")}`,
		`${s.names.toLocaleString("en")} names of ${s.meanNameLength.toFixed(1)} characters`,
		`${s.mentionsPerNote.toFixed(1)} mentions a note, ${s.linksPerNote.toFixed(1)} of them links`,
		`${s.tableCellsPerNote.toFixed(1)} table cells and ${s.calloutsPerNote.toFixed(2)} callouts a note, ${s.questions.toLocaleString("en")} investigation questions`,
		`${Math.round(s.frontmatterShare * 100)}% with frontmatter, ${Math.round(s.chineseShare * 100)}% in Chinese`,
	];
	return parts.join("; ");
}

const SYLLABLES = ["na", "vex", "tor", "lum", "qua", "ser", "dyn", "ori", "pol", "kin", "ath", "mer", "cor", "zen", "tri", "val", "hal", "sen", "ro", "mi", "tek", "gal", "bor", "lin"];
const SUFFIXES = ["Labs", "AI", "Systems", "Semiconductor", "Capital", "Institute", "Holdings", "Robotics", "Energy", "Group", "Networks", "Foundation"];
const GIVEN = ["Wei", "Li", "Anna", "James", "Mei", "Omar", "Sara", "Ken", "Yuki", "Ravi", "Elena", "Tom", "Jun", "Nadia"];
const HAN_PARTS = ["華", "科", "星", "門", "創", "世", "計", "畫", "智", "能", "研", "究", "院", "國", "家", "實", "驗", "室", "晶", "片", "雲", "算", "海", "光", "深", "度", "求", "索", "澳", "洲", "戰", "略", "政", "策", "中", "芯", "聯", "盟"];
/** Simplified forms of the Traditional parts that differ, so half the Chinese aliases come in both scripts. */
const SIMPLIFIED: Readonly<Record<string, string>> = { 華: "华", 門: "门", 創: "创", 計: "计", 畫: "画", 能: "能", 研: "研", 究: "究", 國: "国", 實: "实", 驗: "验", 雲: "云", 戰: "战", 聯: "联", 盟: "盟", 晶: "晶" };
/** Han numerals: they tell Chinese names apart the way a vault's `第二` or `三號` would. */
const HAN_DIGITS = "〇一二三四五六七八九";

/** Everyday English, with the words that also name companies (`Target`, `Scale`, `Signal`) among them. */
const ENGLISH = (
	"the a of to and in that for is on with as by at from its it this was are be has have an which not more than " +
	"model models compute export controls open weights chips policy research adoption national laboratory data centre " +
	"investment strategy market regulation supply chain revenue margin growth quarter guidance capacity demand price " +
	"target scale signal real gap related property enterprise products total raised deal share shares rate rates year " +
	"government security defence alliance trade tariff sanctions training inference cluster fab node wafer yield cost"
).split(" ");
const CHINESE_CLAUSES = ["在人工智慧競賽中", "美國與中國的差距", "出口管制持續收緊", "算力投資規模擴大", "開源模型迅速普及", "國家實驗室參與其中", "供應鏈風險上升", "資料中心需求增加", "政策制定者關注", "市場反應劇烈", "研究機構發布報告", "晶片產能受限"];

interface Named {
	readonly name: string;
	readonly aliases: readonly string[];
	readonly category: string;
	readonly han: boolean;
}

function pick<T>(rand: () => number, list: readonly T[]): T {
	return list[Math.floor(rand() * list.length)]!;
}

function word(rand: () => number, syllables: number): string {
	let out = "";
	for (let i = 0; i < syllables; i++) out += pick(rand, SYLLABLES);
	return out[0]!.toUpperCase() + out.slice(1);
}

function hanName(rand: () => number, length: number): string {
	let out = "";
	for (let i = 0; i < length; i++) out += pick(rand, HAN_PARTS);
	return out;
}

function simplified(text: string): string {
	return Array.from(text, (c) => SIMPLIFIED[c] ?? c).join("");
}

/**
 * `count` entities with `names` names between them (note name and aliases): companies with a
 * ticker and a short form, people, and Chinese names with their Simplified spelling and an
 * English one. Indices make every name unique.
 */
function makeEntities(rand: () => number, count: number, names: number): Named[] {
	const out: Named[] = [];
	const perEntity = names / count;
	for (let i = 0; i < count; i++) {
		const want = Math.max(1, Math.round(perEntity + (rand() - 0.5) * 4));
		const kind = i % 5;
		const tag = i.toString(36);
		let name: string;
		const aliases: string[] = [];
		if (kind === 3) {
			const han = `${hanName(rand, 2 + Math.floor(rand() * 4))}${Array.from(String(i), (d) => HAN_DIGITS[Number(d)]).join("")}`;
			name = han;
			aliases.push(simplified(han), `${word(rand, 2)} ${pick(rand, SUFFIXES)} ${tag.toUpperCase()}`);
		} else if (kind === 4) {
			name = `${pick(rand, GIVEN)} ${word(rand, 2)}${tag}`;
			aliases.push(name.split(" ")[1]!);
		} else {
			const base = `${word(rand, 2)}${tag}`;
			name = `${base} ${pick(rand, SUFFIXES)}`;
			aliases.push(base, `${base.slice(0, 3).toUpperCase()}${tag.toUpperCase()}`, `${hanName(rand, 3)}${Array.from(String(i), (d) => HAN_DIGITS[Number(d)]).join("")}`);
		}
		const forms = kind === 4 ? ["Dr.", "Prof.", "Minister", "CEO"] : ["Inc.", "Ltd", "Corp", "Co", "Group", "Ventures"];
		while (aliases.length < want - 1) aliases.push(kind === 4 ? `${forms[aliases.length % forms.length]!} ${name}` : `${name.split(" ")[0]!} ${forms[aliases.length % forms.length]!}`);
		const category = kind === 4 ? "person" : kind === 3 ? pick(rand, ["lab", "programme", "government"]) : pick(rand, ["company", "company", "lab", "think tank"]);
		out.push({ name, aliases: aliases.slice(0, want - 1), category, han: kind === 3 });
	}
	return out;
}

/** Note sizes like a real vault's: log-normal around a median, a long tail of big notes. */
function noteSize(rand: () => number, median: number): number {
	const normal = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
	return Math.max(300, Math.min(200_000, Math.round(median * Math.exp(0.9 * normal))));
}

/** Counters the writer keeps while it writes. */
interface Tally {
	mentions: number;
	links: number;
	cells: number;
	callouts: number;
	questions: number;
}

/** Writes one note's body of about `size` characters. */
class Writer {
	private readonly parts: string[] = [];
	private length = 0;
	constructor(
		private readonly rand: () => number,
		private readonly entities: readonly Named[],
		private readonly chinese: boolean,
		private readonly tally: Tally,
	) {}

	get size(): number {
		return this.length;
	}

	push(text: string): void {
		this.parts.push(text);
		this.length += text.length + 1;
	}

	text(): string {
		return this.parts.join("\n");
	}

	/** An entity, the popular ones far more often (Zipf-like: a few names recur in most notes). */
	entity(): Named {
		const r = this.rand();
		return this.entities[Math.floor(r * r * r * this.entities.length)]!;
	}

	/** A mention as written: the name or an alias; a third of them already linked. */
	mention(): string {
		const e = this.entity();
		const surface = this.rand() < 0.5 || e.aliases.length === 0 ? e.name : pick(this.rand, e.aliases);
		this.tally.mentions++;
		if (this.rand() < 0.33) {
			this.tally.links++;
			return surface === e.name ? `[[${e.name}]]` : `[[${e.name}|${surface}]]`;
		}
		return surface;
	}

	/** A sentence with a mention every 150 characters or so. */
	sentence(): string {
		let out = "";
		const target = 80 + Math.floor(this.rand() * 160);
		while (out.length < target) {
			if (this.chinese) out += pick(this.rand, CHINESE_CLAUSES) + (this.rand() < 0.45 ? this.mention() : "") + (this.rand() < 0.3 ? "，" : "");
			else {
				const words: string[] = [];
				const n = 6 + Math.floor(this.rand() * 14);
				for (let i = 0; i < n; i++) words.push(this.rand() < 0.045 ? this.mention() : pick(this.rand, ENGLISH));
				out += (out ? " " : "") + words.join(" ");
			}
		}
		if (this.chinese) return `${out}。`;
		return `${out[0]!.toUpperCase()}${out.slice(1)}.`;
	}

	paragraph(): void {
		const n = 1 + Math.floor(this.rand() * 4);
		const sentences = Array.from({ length: n }, () => this.sentence());
		if (this.rand() < 0.08) sentences.push(`See \`${pick(this.rand, ENGLISH)}_${Math.floor(this.rand() * 99)}\` and https://example.com/${pick(this.rand, ENGLISH)}/${Math.floor(this.rand() * 9999)}.`);
		this.push(sentences.join(this.chinese ? "" : " "));
		this.push("");
	}

	list(): void {
		const n = 3 + Math.floor(this.rand() * 8);
		for (let i = 0; i < n; i++) this.push(`- **${this.mention()}**: ${this.sentence()}`);
		this.push("");
	}

	table(): void {
		const rows = 5 + Math.floor(this.rand() * 30);
		this.push(this.chinese ? "| 公司 | 代號 | 營收 | 備註 |" : "| Company | Ticker | Revenue | Note |");
		this.push("| --- | --- | ---: | --- |");
		for (let i = 0; i < rows; i++) {
			const e = this.entity();
			this.tally.cells += 4;
			this.tally.mentions += 1;
			this.push(`| ${this.mention()} | ${e.aliases[1] ?? e.name} | ${(this.rand() * 900).toFixed(1)}B | ${pick(this.rand, ENGLISH)} ${pick(this.rand, ENGLISH)} |`);
		}
		this.push("");
	}

	callout(): void {
		this.tally.callouts++;
		this.push(`> [!${pick(this.rand, ["note", "warning", "quote", "info"])}] ${this.chinese ? "重點" : "Key point"}`);
		this.push(`> ${this.sentence()}`);
		this.push(`> ${this.sentence()}`);
		this.push("");
	}

	heading(level: number): void {
		this.push(`${"#".repeat(level)} ${this.chinese ? pick(this.rand, CHINESE_CLAUSES) : `${pick(this.rand, ENGLISH)} ${pick(this.rand, ENGLISH)}`}`);
		this.push("");
	}

	/** The analysis's closing section: numbered investigation questions, each naming an entity. */
	questions(): void {
		this.push(this.chinese ? "#### 4. 潛在調查方向 (Areas for Further Investigation)" : "## 4. Areas for further investigation");
		this.push("");
		const n = 3 + Math.floor(this.rand() * 4);
		for (let q = 1; q <= n; q++) {
			this.push(`${q}. ${this.chinese ? `${this.mention()}${pick(this.rand, CHINESE_CLAUSES)}？` : `How will ${this.mention()} respond to ${pick(this.rand, ENGLISH)} ${pick(this.rand, ENGLISH)}?`}`);
			this.push("");
			this.push(`    ${this.sentence()}`);
			this.push("");
			this.tally.questions++;
		}
	}

	/** Sections of headings, paragraphs, lists, tables and callouts until the note is `size` long. */
	body(size: number): void {
		while (this.length < size) {
			this.heading(2 + Math.floor(this.rand() * 2));
			const r = this.rand();
			if (r < 0.25) this.table();
			else if (r < 0.55) this.list();
			else if (r < 0.61) this.callout();
			this.paragraph();
		}
	}
}

export interface RealCorpusOptions {
	readonly notes: number;
	readonly entityNotes: number;
	readonly names: number;
	readonly seed?: number;
}

/** The vault: entity notes under `Entities/`, the rest under folders by kind, a third in Chinese. */
export function realCorpus(options: RealCorpusOptions): RealCorpus {
	const rand = random(options.seed ?? 11);
	const entities = makeEntities(rand, options.entityNotes, options.names);
	const tally: Tally = { mentions: 0, links: 0, cells: 0, callouts: 0, questions: 0 };
	const notes: GeneratedNote[] = [];
	let frontmatter = 0;
	let chineseNotes = 0;
	for (let i = 0; i < options.notes; i++) {
		const isEntity = i < entities.length;
		const chinese = isEntity ? entities[i]!.han : i % 3 === 0;
		if (chinese) chineseNotes++;
		const w = new Writer(rand, entities, chinese, tally);
		const size = noteSize(rand, isEntity ? 1_800 : 2_800);
		const front: string[] = [];
		if (isEntity) {
			const e = entities[i]!;
			front.push("---", "type: entity", `category: ${e.category}`, "aliases:", ...e.aliases.map((a) => `  - "${a}"`), "---", "");
		}
		const analysis = !isEntity && rand() < 0.85;
		if (analysis) {
			front.push("---", "type: analysis", `title: "${chinese ? "分析" : "Analysis"} ${i}"`, `published: 2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`, "tags:", "  - research", `  - ${pick(rand, ["ai", "chips", "policy", "markets"])}`, "---", "");
		}
		if (front.length) frontmatter++;
		for (const line of front) w.push(line);
		w.push(`# ${isEntity ? entities[i]!.name : chinese ? `分析 ${i}` : `Analysis ${i}`}`);
		w.push("");
		w.body(size);
		if (analysis) w.questions();
		const folder = isEntity ? "Entities" : pick(rand, ["Analyses", "Daily", "Sectors", "Notes"]);
		const name = isEntity ? entities[i]!.name : `${folder === "Daily" ? "2025-" : "note-"}${i}`;
		notes.push({ path: `${folder}/${name}.md`, text: w.text() });
	}
	const sizes = notes.map((n) => n.text.length).sort((a, b) => a - b);
	const names = entities.reduce((sum, e) => sum + 1 + e.aliases.length, 0);
	const nameChars = entities.reduce((sum, e) => sum + e.name.length + e.aliases.reduce((s, a) => s + a.length, 0), 0);
	const n = notes.length;
	return {
		notes,
		shape: {
			notes: n,
			entityNotes: entities.length,
			names,
			meanNameLength: nameChars / names,
			characters: sizes.reduce((a, b) => a + b, 0),
			medianNote: sizes[n >> 1]!,
			maxNote: sizes[n - 1]!,
			mentionsPerNote: tally.mentions / n,
			linksPerNote: tally.links / n,
			tableCellsPerNote: tally.cells / n,
			calloutsPerNote: tally.callouts / n,
			questions: tally.questions,
			frontmatterShare: frontmatter / n,
			chineseShare: chineseNotes / n,
		},
	};
}
