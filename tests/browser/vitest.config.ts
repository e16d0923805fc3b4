import { defineConfig } from "vitest/config";

// Node, not workerd: headless Chromium (Debian's `chromium`) drives the playground on the local gateway,
// started as `npm run dev` starts it (tests/e2e's global setup).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // What a person waits for, on a loaded 2-core machine: a request through the whole gateway can take seconds.
    expect: { poll: { timeout: 20_000 } },
    globalSetup: ["../e2e/test/global-setup.ts"],
  },
});
