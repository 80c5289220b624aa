// The linker against authors' own links: for each hand-linked vault given, strip its links
// (../shared/accuracy/strip-links.mjs), let Dossier plan the links (dist/cli.js link --json) and
// score the plan (../shared/accuracy/score.mjs); the vaults' figures are printed together.
// usage: npm run build && node scripts/accuracy.mjs VAULT [VAULT…]
// Nothing is written inside the vaults or the repository: the stripped copies go to a temporary folder.
import { execFileSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const vaults = process.argv.slice(2);
const shared = path.resolve("..", "shared", "accuracy");
if (vaults.length === 0) {
	console.error("usage: node scripts/accuracy.mjs VAULT [VAULT…]   (after npm run build)");
	process.exit(2);
}
if (!existsSync(path.join(shared, "score.mjs"))) {
	console.error(`accuracy: ${shared} is missing (it holds strip-links.mjs and score.mjs)`);
	process.exit(2);
}

const work = mkdtempSync(path.join(tmpdir(), "dossier-accuracy-"));
const rows = [];
try {
	for (const vault of vaults) {
		const name = path.basename(path.resolve(vault));
		const out = path.join(work, name);
		const stripped = execFileSync("node", [path.join(shared, "strip-links.mjs"), vault, out], { encoding: "utf8" }).trim();
		const started = process.hrtime.bigint();
		const plan = openSync(`${out}.plan.json`, "w");
		try {
			execFileSync("node", ["dist/cli.js", "link", out, "--json"], { stdio: ["ignore", plan, "inherit"] });
		} finally {
			closeSync(plan);
		}
		const seconds = Number(process.hrtime.bigint() - started) / 1e9;
		const score = execFileSync("node", [path.join(shared, "score.mjs"), `${out}.plan.json`, `${out}.truth.json`, `${out}.attested.json`], { encoding: "utf8" }).trim();
		rows.push({ name, stripped, score, seconds });
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
for (const { name, stripped, score, seconds } of rows) console.log(`${name}: ${score} (${stripped}; link dry run ${seconds.toFixed(1)} s)`);
