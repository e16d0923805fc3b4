import { exports } from "cloudflare:workers";
import OpenAI, { toFile } from "openai";
import { describe, expect, it } from "vitest";
import { TINY_PNG } from "./helpers.ts";

const client = new OpenAI({
  apiKey: "sk-local-dev",
  baseURL: "http://w/v1",
  fetch: (url, init) => exports.default.fetch(url, init),
  maxRetries: 0,
});

describe("the official openai SDK", () => {
  it("images.generate with b64_json", async () => {
    const res = await client.images.generate({
      model: "dall-e-2",
      prompt: "a watercolor fox",
      size: "512x512",
      n: 2,
      response_format: "b64_json",
    });
    expect(res.data).toHaveLength(2);
    expect(res.data?.[0]?.b64_json?.startsWith("iVBORw0KGgo")).toBe(true);
    expect(typeof res.created).toBe("number");
  });

  it("images.generate with url, then fetches the image", async () => {
    const res = await client.images.generate({ model: "dall-e-3", prompt: "a fox", size: "1024x1024" });
    const url = res.data?.[0]?.url ?? "";
    const file = await exports.default.fetch(url);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/jpeg");
  });

  it("images.edit with a file", async () => {
    const image = await toFile(TINY_PNG, "source.png", { type: "image/png" });
    const res = await client.images.edit({ image, prompt: "add a moon", response_format: "b64_json", size: "256x256" });
    expect(res.data?.[0]?.b64_json?.startsWith("iVBORw0KGgo")).toBe(true);
  });

  it("images.edit with an image array and a mask", async () => {
    const image = await toFile(TINY_PNG, "source.png", { type: "image/png" });
    const mask = await toFile(TINY_PNG, "mask.png", { type: "image/png" });
    const res = await client.images.edit({ image: [image], mask, prompt: "a hat", size: "256x256" });
    expect(res.data?.[0]?.url).toMatch(/^http:\/\/w\/file\/[A-Za-z0-9_-]{22}\.png$/);
  });

  it("surfaces a bad size as BadRequestError with param", async () => {
    const error = await client.images.generate({ model: "dall-e-3", prompt: "x", size: "256x256" }).catch((e) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error.param).toBe("size");
  });

  it("chat.completions.create on an image model, streamed and not", async () => {
    const plain = await client.chat.completions.create({
      model: "dall-e-3",
      messages: [{ role: "user", content: "a lantern" }],
    });
    expect(plain.choices[0]?.message.content).toMatch(/^!\[a lantern\]\(http:\/\/w\/file\//);
    const stream = await client.chat.completions.create({
      model: "dall-e-3",
      messages: [{ role: "user", content: "a lantern" }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    let usage: unknown;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toMatch(/^!\[a lantern\]\(http:\/\/w\/file\//);
    expect(usage).toMatchObject({ total_tokens: expect.any(Number) });
  });
});
