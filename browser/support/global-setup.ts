// Once per run, before any browser test: build main.js the way `npm run build` does, so the page
// loads the plugin a user would install.
import { buildPlugin } from "./build";

export default function setup(): void {
	buildPlugin();
}
