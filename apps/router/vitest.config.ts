import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig, defineProject } from "vitest/config";
import { COMPATIBILITY_DATE as compatibilityDate, emulatorWorker } from "../../vitest.workers.ts";

const LOCAL_VARS = { AUTH_MODE: "keys", API_KEYS: "sk-local-dev" };

/** A worker's built bundle (`wrangler deploy --dry-run --outdir dist`, run by turbo before these tests). */
const built = (app: string, extra: Record<string, unknown> = {}) => ({
  name: `wai-${app}-local`,
  modules: true,
  rootPath: `../${app}/dist`,
  scriptPath: "index.js",
  compatibilityDate,
  bindings: LOCAL_VARS,
  serviceBindings: { AI: { name: "wai-emulator", entrypoint: "WorkersAiEmulator" } },
  ...extra,
});

/** One probe script standing in for every worker: it echoes uploads and streams slowly. */
const probe = (app: string) => ({
  name: `wai-${app}-local`,
  modules: true,
  rootPath: "./test/fixtures",
  scriptPath: "probe-worker.js",
  compatibilityDate,
  bindings: { WORKER: app },
});

const project = (name: string, workers: unknown[]) =>
  defineProject({
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.jsonc", environment: "local" },
        remoteBindings: false,
        miniflare: { workers } as never,
      }),
    ],
    test: {
      name,
      // Slow and broken streams through two workers and the emulator: seconds on a 2-core machine.
      testTimeout: 20_000,
      include: name === "stubs" ? ["test/stubs/**/*.test.ts", "test/*.test.ts"] : [`test/${name}/**/*.test.ts`],
    },
  });

export default defineConfig({
  test: {
    projects: [
      // The router in front of the real built workers and the emulator, through real service bindings.
      project("services", [
        // chat-embed hands a chat for an image model to the image worker over its own IMAGE binding.
        built("chat-embed", {
          serviceBindings: { AI: { name: "wai-emulator", entrypoint: "WorkersAiEmulator" }, IMAGE: "wai-image-local" },
        }),
        built("image", { r2Buckets: ["IMAGES"] }),
        built("whisper"),
        built("translate"),
        emulatorWorker(),
      ]),
      // The router in front of probes: what it does to bodies and streams, byte for byte and event by event.
      project("stubs", ["chat-embed", "image", "whisper", "translate"].map(probe)),
    ],
  },
});
