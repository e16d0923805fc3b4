import { defineConfig } from "vitest/config";

// Node, not workerd: these tests start the gateway the way the README does and talk to it over HTTP.
export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 90_000, globalSetup: ["./test/global-setup.ts"] },
});
