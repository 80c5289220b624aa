/**
 * Checks on vault paths typed into settings: errors are messages (catalogue keys), which the
 * settings tab says in the interface language. One unit with its examples.
 */
import { message, type Message } from "../i18n";

/** Characters a vault path may not hold on some system. */
const BAD_PATH = /[\\:*?"<>|]/;

/**
 * A check for a path setting: `extension` (with its dot, e.g. `.md`; empty for a folder) the
 * path must end in, and whether it may be left empty.
 */
export function validatePath(extension: string, optional: boolean): (value: string) => Message | null {
	return (value) => {
		const path = value.trim();
		if (path === "") return optional ? null : message("settings.path.empty");
		if (BAD_PATH.test(path)) return message("settings.path.badCharacter");
		if (extension && !path.toLowerCase().endsWith(extension)) return message("settings.path.extension", { extension });
		return null;
	};
}

/** Examples: a check and a value → the message key it gives, or null. */
export const PATH_EXAMPLES: readonly {
	readonly extension: string;
	readonly optional: boolean;
	readonly value: string;
	readonly expected: Message | null;
}[] = [
	{ extension: "", optional: true, value: "", expected: null },
	{ extension: "", optional: true, value: "Research/Analyses", expected: null },
	{ extension: ".base", optional: false, value: "  ", expected: message("settings.path.empty") },
	{ extension: "", optional: true, value: "Analyses: 2025", expected: message("settings.path.badCharacter") },
	{ extension: ".md", optional: true, value: "Templates/Analysis", expected: message("settings.path.extension", { extension: ".md" }) },
	{ extension: ".md", optional: true, value: "Templates/分析範本.MD", expected: null },
	{ extension: ".base", optional: false, value: "Analyses.base", expected: null },
];
