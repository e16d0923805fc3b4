import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.jsonc", environment: "local" },
      remoteBindings: false,
      miniflare: {
        workers: [
          {
            name: "wai-emulator",
            modules: true,
            rootPath: "../../packages/emulator/dist",
            scriptPath: "index.js",
            compatibilityDate: "2026-11-01",
          },
        ],
      },
    }),
  ],
});
