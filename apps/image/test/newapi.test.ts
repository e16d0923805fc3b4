import { env } from "cloudflare:workers";
import { goMultipart } from "@wai/test-support/go-multipart";
import { afterEach, describe, expect, it, vi } from "vitest";
import { call, type ErrorBody, PNG_MAGIC, postJson, TINY_PNG } from "./helpers.ts";

// Spies are cleared, not restored: a spy made again after a restore is not always the one the worker calls.
afterEach(() => vi.clearAllMocks());

/** POSTs a form the way new-api rebuilds an image edit (see @wai/test-support/go-multipart). */
const relayEdit = (parts: Parameters<typeof goMultipart>[0]) => {
  const { body, contentType } = goMultipart(parts);
  return call("/v1/images/edits", { method: "POST", body, headers: { "content-type": contentType } });
};

const MARKDOWN = /^!\[[^\]]*\]\(http:\/\/w\/file\/[A-Za-z0-9_-]{22}\.(?:png|jpg)\)$/;

describe("image behind new-api", { timeout: 30_000 }, () => {
  it("edits: model first, then fields, then `image` labelled by its filename (a PNG named .jpg is read as a PNG)", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await relayEdit([
      { name: "model", value: "@cf/runwayml/stable-diffusion-v1-5-img2img" },
      { name: "size", value: "256x256" },
      { name: "prompt", value: "make it blue" },
      { name: "response_format", value: "b64_json" },
      { name: "image", value: TINY_PNG, filename: "photo.jpg", contentType: "image/jpeg" },
    ]);
    expect(res.status).toBe(200);
    expect(run.mock.calls[0]?.[0]).toBe("@cf/runwayml/stable-diffusion-v1-5-img2img");
    expect(run.mock.calls[0]?.[1]).toMatchObject({ prompt: "make it blue", image: [...TINY_PNG] });
    const { data } = (await res.json()) as { data: { b64_json: string }[] };
    expect([...Uint8Array.from(atob(data[0]?.b64_json ?? ""), (c) => c.charCodeAt(0)).subarray(0, 4)]).toEqual(
      PNG_MAGIC,
    );
  });

  it("edits: an image with no extension (labelled image/png) and a mask after it, as new-api orders them", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await relayEdit([
      { name: "model", value: "@cf/runwayml/stable-diffusion-v1-5-inpainting" },
      { name: "prompt", value: "a hat" },
      { name: "size", value: "256x256" },
      { name: "image", value: TINY_PNG, filename: "blob", contentType: "image/png" },
      { name: "mask", value: TINY_PNG, filename: "mask.png", contentType: "image/png" },
    ]);
    expect(res.status).toBe(200);
    expect(run.mock.calls[0]?.[1]).toMatchObject({ prompt: "a hat", image: [...TINY_PNG], mask: [...TINY_PNG] });
  });

  it("edits: two images become `image[]` twice; one model input image, so the second is refused naming the field", async () => {
    const res = await relayEdit([
      { name: "model", value: "@cf/runwayml/stable-diffusion-v1-5-img2img" },
      { name: "prompt", value: "merge" },
      { name: "image[]", value: TINY_PNG, filename: "a.png", contentType: "image/png" },
      { name: "image[]", value: TINY_PNG, filename: "b.png", contentType: "image/png" },
    ]);
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.param).toMatch(/^image/);
  });

  // QuantumNous/new-api#6121: the channel test's auto-detection sends image models to chat completions, with
  // new-api's fixed test body (`hi`, a small max_tokens), streamed or not.
  it.each([false, true])(
    "answers new-api's channel test on the chat route for an image model (stream %s)",
    async (stream) => {
      const res = await postJson("/v1/chat/completions", {
        model: "dall-e-3",
        messages: [{ role: "user", content: "hi" }],
        max_tokens: 16,
        stream,
        ...(stream ? { stream_options: { include_usage: true } } : {}),
      });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).not.toContain('"error"');
      if (!stream) {
        expect(JSON.parse(text).choices[0].message.content).toMatch(MARKDOWN);
        return;
      }
      const events = text.split("\n\n").filter(Boolean);
      expect(events.at(-1)).toBe("data: [DONE]");
      expect(JSON.parse(events.at(-2)?.slice(6) ?? "{}")).toMatchObject({
        choices: [],
        usage: { total_tokens: expect.any(Number) },
      });
    },
  );

  // new-api reads SSE with a 64 MB line buffer (OneAPI: 64 KB): the chat route keeps every line short anyway, even
  // when the request carries a large image, so one answer suits both gateways.
  it("keeps stream lines short with a large input image (new-api's 64 MB limit, and OneAPI's 64 KB too)", async () => {
    const big = new Uint8Array(256 * 1024);
    big.set(TINY_PNG);
    let binary = "";
    for (const byte of big) binary += String.fromCharCode(byte);
    const content = [
      { type: "text", text: "paint it" },
      { type: "image_url", image_url: { url: `data:image/png;base64,${btoa(binary)}` } },
    ];
    const res = await postJson("/v1/chat/completions", {
      model: "@cf/runwayml/stable-diffusion-v1-5-img2img",
      messages: [{ role: "user", content }],
      stream: true,
    });
    expect(res.status).toBe(200);
    for (const line of (await res.text()).split("\n").filter(Boolean)) {
      expect(new TextEncoder().encode(line).length).toBeLessThan(64 * 1024);
    }
  });
});
