import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { postJson } from "./helpers.ts";

const storedKeys = async () => (await env.IMAGES.list()).objects.map((o) => o.key).sort();

describe("a failed generation stores nothing", () => {
  it.each(["3040", "4006", "5006", "timeout"])(
    "#fault:%s with response_format url leaves R2 as it was",
    async (fault) => {
      const before = await storedKeys();
      for (const path of ["/v1/images/generations", "/v1/chat/completions"]) {
        const body =
          path === "/v1/images/generations"
            ? { model: "dall-e-2", prompt: `a kite #fault:${fault}`, size: "256x256", response_format: "url" }
            : { model: "dall-e-3", messages: [{ role: "user", content: `a kite #fault:${fault}` }] };
        const res = await postJson(path, body);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(((await res.json()) as { error: { code: string } }).error.code).toEqual(expect.any(String));
      }
      expect(await storedKeys()).toEqual(before);
    },
    20_000,
  );
});
