// Runs before every test file: Obsidian's DOM helpers (createEl, empty, setText, …) and globals.
import fc from "fast-check";
import { setup } from "obsidian-test-mocks/setup";

setup();

// Property tests draw the same notes on every run, so a CI run is reproducible; `npm run fuzz`
// draws new ones (a failure prints its seed, and FC_SEED=<seed> replays it).
const seed = process.env.FC_SEED;
if (seed !== "random") fc.configureGlobal({ seed: seed === undefined ? 20261128 : Number(seed) });
