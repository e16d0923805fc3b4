import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { call, type ErrorBody, postJson, TINY_PNG } from "./helpers.ts";

// Spies are cleared, not restored: a spy made again after a restore is not always the one the worker calls.
afterEach(() => vi.clearAllMocks());

const MARKDOWN = /^!\[[^\]]*\]\((http:\/\/w\/file\/[A-Za-z0-9_-]{22}\.(?:png|jpg))\)$/;
const DATA_URI = `data:image/png;base64,${btoa(String.fromCharCode(...TINY_PNG))}`;

interface Completion {
  object: string;
  model: string;
  choices: { index: number; message: { role: string; content: string }; finish_reason: string }[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

describe("POST /v1/chat/completions for image models", () => {
  it("answers a chat.completion with a markdown image whose short URL serves the image", async () => {
    const res = await postJson("/v1/chat/completions", {
      model: "dall-e-3",
      messages: [
        { role: "system", content: "You draw." },
        { role: "user", content: "an old prompt" },
        { role: "assistant", content: "![x](http://w/file/x.png)" },
        { role: "user", content: [{ type: "text", text: "a red bicycle" }] },
      ],
      temperature: 0.7,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Completion;
    expect(body).toMatchObject({ object: "chat.completion", model: "@cf/black-forest-labs/flux-1-schnell" });
    expect(res.headers.get("x-gateway-notes")).toBe("ignored (image models do not sample text): temperature");
    const content = body.choices[0]?.message.content ?? "";
    expect(content).toMatch(MARKDOWN);
    expect(content.startsWith("![a red bicycle](")).toBe(true);
    expect(body.choices[0]).toMatchObject({ index: 0, finish_reason: "stop", message: { role: "assistant" } });
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens);
    expect(body.usage.prompt_tokens).toBeGreaterThan(0);
    const url = MARKDOWN.exec(content)?.[1] ?? "";
    const file = await call(new URL(url).pathname, { headers: { authorization: "" } });
    expect(file.headers.get("content-type")).toBe("image/jpeg");
  });

  it("streams OneAPI-safe chunks: `data: ` lines under 64 KB, usage with include_usage, then [DONE]", async () => {
    const res = await postJson("/v1/chat/completions", {
      model: "@cf/stabilityai/stable-diffusion-xl-base-1.0",
      messages: [{ role: "user", content: "a castle" }],
      stream: true,
      stream_options: { include_usage: true },
      size: "1024x1024",
    });
    expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const text = await res.text();
    const lines = text.split("\n").filter(Boolean);
    for (const line of lines) {
      expect(line.startsWith("data: ")).toBe(true);
      expect(new TextEncoder().encode(line).length).toBeLessThan(64 * 1024);
    }
    expect(lines.at(-1)).toBe("data: [DONE]");
    const chunks = lines.slice(0, -1).map((l) => JSON.parse(l.slice(6)));
    expect(chunks.every((c) => c.object === "chat.completion.chunk")).toBe(true);
    expect(chunks[0].choices[0].delta).toEqual({ role: "assistant", content: "" });
    expect(chunks[1].choices[0].delta.content).toMatch(MARKDOWN);
    expect(chunks[2].choices[0]).toMatchObject({ delta: {}, finish_reason: "stop" });
    expect(chunks[3]).toMatchObject({ choices: [], usage: { prompt_tokens: expect.any(Number) } });
    expect(chunks.slice(0, 3).every((c) => c.usage === null)).toBe(true);
  });

  it("streams without a usage chunk when include_usage is not asked", async () => {
    const res = await postJson("/v1/chat/completions", {
      model: "dall-e-3",
      messages: [{ role: "user", content: "a castle" }],
      stream: true,
    });
    const chunks = (await res.text()).split("\n\n").filter(Boolean);
    expect(chunks).toHaveLength(4);
    expect(chunks.some((c) => c.includes('"usage"'))).toBe(false);
  });

  it("makes an img2img request from an image part, and accepts this worker's own stored URL", async () => {
    const run = vi.spyOn(env.AI, "run");
    const model = "@cf/runwayml/stable-diffusion-v1-5-img2img";
    const content = [
      { type: "text", text: "paint it" },
      { type: "image_url", image_url: { url: DATA_URI } },
    ];
    const res = await postJson("/v1/chat/completions", { model, messages: [{ role: "user", content }], strength: 0.5 });
    expect(res.status).toBe(200);
    expect(run.mock.calls[0]?.[1]).toMatchObject({ prompt: "paint it", image: [...TINY_PNG], strength: 0.5 });
    const first = ((await res.json()) as Completion).choices[0]?.message.content ?? "";
    const stored = MARKDOWN.exec(first)?.[1] ?? "";
    const again = [
      { type: "text", text: "again" },
      { type: "image_url", image_url: { url: stored } },
    ];
    const res2 = await postJson("/v1/chat/completions", { model, messages: [{ role: "user", content: again }] });
    expect(res2.status).toBe(200);
  });

  it("gives one choice per image with n, streamed as one set of chunks per choice", async () => {
    const body = { model: "dall-e-2", messages: [{ role: "user", content: "two cats" }], n: 2, size: "256x256" };
    const res = await postJson("/v1/chat/completions", body);
    const { choices } = (await res.json()) as Completion;
    expect(choices.map((c) => c.index)).toEqual([0, 1]);
    expect(new Set(choices.map((c) => c.message.content)).size).toBe(2);
    const streamed = await postJson("/v1/chat/completions", { ...body, stream: true });
    const chunks = (await streamed.text()).split("\n\n").filter((c) => c.startsWith("data: {"));
    const indexes = chunks.map((c) => JSON.parse(c.slice(6)).choices[0].index);
    expect(indexes).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it("refuses a body declared larger than 12 MiB with 413 before reading it", async () => {
    const res = await call("/v1/chat/completions", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(13 * 1024 * 1024) },
      body: "{}",
    });
    expect(res.status).toBe(413);
  });

  it("refuses what it cannot do, naming the field", async () => {
    const ask = async (body: object, status: number, error: Partial<ErrorBody["error"]>) => {
      const res = await postJson("/v1/chat/completions", body);
      expect({ status: res.status, ...((await res.json()) as ErrorBody).error }).toMatchObject({ status, ...error });
    };
    const image = { type: "image_url", image_url: { url: DATA_URI } };
    await ask({ model: "dall-e-3", messages: [{ role: "user", content: [{ type: "text", text: "x" }, image] }] }, 400, {
      param: "messages.0.content.1.image_url.url",
    });
    const remote = { type: "image_url", image_url: { url: "https://example.com/a.png" } };
    await ask(
      { model: "@cf/runwayml/stable-diffusion-v1-5-img2img", messages: [{ role: "user", content: [remote] }] },
      400,
      { code: "image_url_not_supported" },
    );
    await ask({ model: "dall-e-3", messages: [{ role: "system", content: "x" }] }, 400, { param: "messages" });
    await ask({ model: "dall-e-3", messages: [{ role: "user", content: "" }] }, 400, { param: "messages" });
    await ask({ model: "dall-e-3", messages: [{ role: "user", content: "x".repeat(3000) }] }, 400, {
      param: "messages",
      code: "string_above_max_length",
    });
    await ask({ model: "dall-e-3", messages: [{ role: "user", content: "x" }], tools: [{}] }, 400, { param: "tools" });
    await ask({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }] }, 400, { param: "model" });
    await ask({ model: "dall-e-3", messages: [{ role: "user", content: "x #fault:3040" }], stream: true }, 429, {
      code: "rate_limit_exceeded",
    });
  });
});
