import { defineConfig } from "vitest/config";

// Node, not workerd: the smoke runner is a Node program that starts the gateway and talks to it over HTTP.
export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 120_000 },
});
