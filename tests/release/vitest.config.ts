import { defineConfig } from "vitest/config";

// Node, not workerd: these tests run the release scripts in temporary git repositories, with `wrangler`
// replaced by a recorder, and lint the GitHub workflows.
export default defineConfig({
  test: { testTimeout: 60_000 },
});
