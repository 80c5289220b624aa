// Runs before every test file: Obsidian's DOM helpers (createEl, empty, setText, …) and globals.
import { setup } from "obsidian-test-mocks/setup";

setup();
