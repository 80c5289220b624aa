// Types for chinese-words.mjs, which vitest.config.ts imports.
import type { Plugin as EsbuildPlugin } from "esbuild";
import type { Plugin as VitePlugin } from "vite";

export function chineseWordsSource(): string;
export const esbuildChineseWords: EsbuildPlugin;
export const viteChineseWords: VitePlugin;
