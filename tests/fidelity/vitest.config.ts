import { defineConfig } from "vitest/config";

// Node, not workerd: both sides are plain data.
export default defineConfig({ test: {} });
