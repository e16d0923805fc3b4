import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export const COMPATIBILITY_DATE = "2026-11-01";

/** The built emulator (`packages/emulator/dist`, built by turbo before tests) as an auxiliary worker. */
export const emulatorWorker = (root = "../..") => ({
  name: "wai-emulator",
  modules: true,
  rootPath: `${root}/packages/emulator/dist`,
  scriptPath: "index.js",
  compatibilityDate: COMPATIBILITY_DATE,
});

/**
 * The test setup of a feature worker: its own `wrangler.jsonc` in the `local` environment (the emulator
 * bound as `AI`, local R2, the development key), inside workerd, with the emulator beside it (and any
 * `extraWorkers` the config binds, such as chat-embed's `IMAGE`).
 */
export function workerTestConfig(extraWorkers: Record<string, unknown>[] = []) {
  return defineConfig({
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.jsonc", environment: "local" },
        remoteBindings: false,
        miniflare: { workers: [emulatorWorker(), ...extraWorkers] as never },
      }),
    ],
    // The first request of a file starts workerd's isolates: seconds on a loaded 2-core machine, not a hang.
    test: { testTimeout: 20_000 },
  });
}
