/**
 * A large vault on disk for the CLI's whole-output tests: entity notes with English and Chinese
 * aliases, and analyses that mention many of them, each with numbered investigation questions.
 * Deterministic, so every run reads the same vault; sized by its shape, not by its bytes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface BigVaultShape {
	/** Entity notes, each with a Latin name and two aliases (one Chinese). */
	readonly entities: number;
	readonly analyses: number;
	/** Distinct entities each analysis mentions (each one a planned link). */
	readonly mentions: number;
	/** Numbered investigation questions per analysis. */
	readonly questions: number;
}

const HAN = "國家研究院科技電力數據中心戰略政策實驗室模型芯片晶圓算力開放權重供應";
const WORDS = ["Nexa", "Vortal", "Quill", "Orbis", "Lumen", "Strato", "Kestrel", "Halcyon", "Meridian", "Argent"];
const SUFFIXES = ["Labs", "Institute", "Systems", "Dynamics"];

/** Entity `i`'s name and aliases: `Nexa12 Labs`, `Nexa12`, `國家研究院c`. */
export function entityNames(i: number): { readonly name: string; readonly aliases: readonly string[] } {
	const word = `${WORDS[i % WORDS.length]!}${i}`;
	const han = [i, i * 7 + 3, i * 13 + 5, i * 31 + 11].map((n) => HAN[n % HAN.length]!).join("");
	return { name: `${word} ${SUFFIXES[i % SUFFIXES.length]!}`, aliases: [word, `${han}${i.toString(36)}號`] };
}

function entityNote(i: number): string {
	const { aliases } = entityNames(i);
	return ["---", "type: entity", "aliases:", ...aliases.map((a) => `  - ${a}`), "category: organization", "---", ""].join("\n");
}

function analysisNote(n: number, shape: BigVaultShape): string {
	const names = Array.from({ length: shape.mentions }, (_, k) => entityNames((n * 7 + k * 13) % shape.entities));
	const sentences = names.map(({ name, aliases }, k) => (k % 2 === 0 ? `The report says ${name} expanded its compute.` : `報告指出${aliases[1]!}擴大了算力。`));
	const questions = Array.from({ length: shape.questions }, (_, q) => `${q + 1}. Does ${names[q % names.length]!.name} follow up on item ${q}?`);
	return [
		"---", "type: analysis", `title: "Analysis ${n}"`, `outlet: Outlet ${n % 11}`, `published: 2025-0${1 + (n % 9)}-1${n % 10}T09:30`, "---",
		"## Executive summary", "", ...sentences, "", "## Areas for further investigation", "", ...questions, "",
	].join("\n");
}

/** Writes the vault under `root` (which must exist, empty). */
export function writeBigVault(root: string, shape: BigVaultShape): void {
	mkdirSync(path.join(root, "Entities"), { recursive: true });
	mkdirSync(path.join(root, "Analyses"), { recursive: true });
	for (let i = 0; i < shape.entities; i++) writeFileSync(path.join(root, "Entities", `${entityNames(i).name}.md`), entityNote(i));
	for (let n = 0; n < shape.analyses; n++) writeFileSync(path.join(root, "Analyses", `Analysis ${n}.md`), analysisNote(n, shape));
}
