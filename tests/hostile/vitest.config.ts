import { defineConfig } from "vitest/config";

const long = process.env.HOSTILE_RUNS === "long";

// Node, against the local gateway started as the README starts it (tests/e2e's global setup, reused).
export default defineConfig({
  test: {
    testTimeout: long ? 3_600_000 : 60_000,
    hookTimeout: 90_000,
    globalSetup: ["../e2e/test/global-setup.ts"],
    // One file at a time: the properties share one gateway and these machines have two cores.
    fileParallelism: false,
  },
});
