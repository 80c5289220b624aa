/**
 * What `import … from "obsidian"` means in the unit tests (the alias in `vitest.config.ts`): the
 * obsidian-test-mocks runtime, with our own fakes where the mocks' behaviour differs from
 * Obsidian's in a way the plugin can observe.
 */
export * from "obsidian-test-mocks/obsidian";
export { debounce } from "./debounce";
