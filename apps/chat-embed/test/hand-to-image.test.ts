import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { handToImage } from "../src/chat/hand-to-image.ts";
import type { Env } from "../src/env.ts";
import { KEY, post } from "./helpers.ts";

const messages = [{ role: "user", content: "a red fox" }];

describe("a chat for a text-to-image model", () => {
  it.each(["@cf/black-forest-labs/flux-1-schnell", "dall-e-3", "stable-diffusion-xl-base-1.0"])(
    "%s is handed to the image worker over IMAGE, body, key and request id intact",
    async (model) => {
      const res = await post("/v1/chat/completions", { model, messages, stream: true }, { "x-request-id": "req-1" });
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("x-request-id")).toBe("req-1");
      expect(res.headers.get("x-gateway-notes")).toBe("probe: from the image worker");
      expect(await res.json()).toEqual({
        worker: "image",
        method: "POST",
        path: "/v1/chat/completions",
        authorization: KEY.authorization,
        requestId: "req-1",
        body: { model, messages, stream: true },
      });
    },
  );

  it("follows MODEL_ALIASES to an image model", async () => {
    const request = Object.assign(new Request("http://w/v1/chat/completions", { method: "POST" }), {
      requestId: "r",
    });
    const aliased = { ...env, MODEL_ALIASES: "painter=@cf/leonardo/phoenix-1.0" } as Env;
    const res = await handToImage({ model: "painter", messages }, request, aliased);
    expect(await res?.json()).toMatchObject({ worker: "image", body: { model: "painter" } });
  });

  it("is not handed on for a chat model, an unknown model or no model: chat-embed answers", async () => {
    const request = Object.assign(new Request("http://w/v1/chat/completions", { method: "POST" }), {
      requestId: "r",
    });
    for (const body of [{ model: "gpt-4o-mini" }, { model: "no-such-model" }, {}, [], null, "x"]) {
      expect(await handToImage(body, request, env as Env)).toBeUndefined();
    }
  });

  it("without an IMAGE binding (chat-embed deployed alone) is a 400 on model naming the image worker", async () => {
    const request = Object.assign(new Request("http://w/v1/chat/completions", { method: "POST" }), {
      requestId: "r",
    });
    const alone = { ...env, IMAGE: undefined } as Env;
    await expect(handToImage({ model: "dall-e-3", messages }, request, alone)).rejects.toMatchObject({
      status: 400,
      code: "model_not_supported",
      param: "model",
      message: expect.stringContaining("no `IMAGE` service binding"),
    });
  });
});
