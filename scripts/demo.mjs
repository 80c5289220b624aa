// `npm run demo` (after the build): creates demo-vault/ with Dossier installed and enabled and
// notes of our own writing, then prints what Dossier sees in it through the CLI.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const vault = path.join(root, "demo-vault");
const pluginDir = path.join(vault, ".obsidian", "plugins", "dossier");

for (const asset of ["main.js", "manifest.json", "styles.css"]) {
	if (!existsSync(path.join(root, asset))) {
		console.error(`demo: ${asset} is missing; run \`npm run build\` first.`);
		process.exit(2);
	}
}

rmSync(vault, { recursive: true, force: true });
mkdirSync(pluginDir, { recursive: true });
for (const asset of ["main.js", "manifest.json", "styles.css"]) cpSync(path.join(root, asset), path.join(pluginDir, asset));
writeFileSync(path.join(vault, ".obsidian", "community-plugins.json"), JSON.stringify(["dossier"], null, 2) + "\n");
cpSync(path.join(root, "demo", "notes"), vault, { recursive: true });

const cli = (...args) => execFileSync(process.execPath, [path.join(root, "dist", "cli.js"), ...args], { encoding: "utf8" });
const steps = (await import(path.join(root, "demo", "steps.mjs"))).steps;

console.log(`Demo vault: ${vault}`);
console.log(`Plugin installed in ${path.relative(root, pluginDir)} and enabled in community-plugins.json.`);
for (const step of steps) {
	console.log(`\n## ${step.title}`);
	console.log(step.run({ cli, vault, path, readdirSync }).trimEnd());
}
console.log("\nOpen demo-vault/ as a vault in Obsidian (Open folder as vault) to try Dossier there.");
