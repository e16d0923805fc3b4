import { defineConfig } from "vitest/config";

// Node, not workerd: `pnpm catalog:diff` is a Node program.
export default defineConfig({ test: { testTimeout: 30_000 } });
