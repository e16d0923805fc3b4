import { defineConfig } from "vitest/config";

// Node: the built assets (run `pnpm build` first; turbo does) and the pure helpers of the page.
export default defineConfig({ test: {} });
