import { defineConfig } from "vitest/config";

/**
 * Real clients that run in Node only (deepl-node uses axios and Node's http): the worker and the emulator
 * under `wrangler dev --env local`, offline, on a free loopback port, driven over HTTP.
 */
export default defineConfig({
  test: { include: ["test-node/**/*.test.ts"], environment: "node", testTimeout: 60_000, hookTimeout: 90_000 },
});
