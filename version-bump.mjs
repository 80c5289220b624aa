// Run by `npm version`: copies the new package version into manifest.json and records
// which minimum Obsidian version it needs in versions.json.
import { readFileSync, writeFileSync } from "node:fs";

const targetVersion = process.env.npm_package_version;
if (!targetVersion) {
	console.error("version-bump: run this through `npm version`, which sets npm_package_version.");
	process.exit(2);
}

/** Rewrites a JSON file through `change`, keeping the file's own indentation. */
function update(path, change) {
	const text = readFileSync(path, "utf8");
	const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? "\t";
	const data = JSON.parse(text);
	change(data);
	writeFileSync(path, JSON.stringify(data, null, indent) + "\n");
	return data;
}

const manifest = update("manifest.json", (m) => {
	m.version = targetVersion;
});
update("versions.json", (v) => {
	v[targetVersion] = manifest.minAppVersion;
});
