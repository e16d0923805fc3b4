import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { bytesOfBase64, call, JPEG_MAGIC, PNG_MAGIC, postJson } from "./helpers.ts";

interface ImagesResponse {
  created: number;
  data: { url?: string; b64_json?: string; revised_prompt?: string }[];
  output_format?: string;
  size?: string;
}

// Spies are cleared, not restored: a spy made again after a restore is not always the one the worker calls.
afterEach(() => vi.clearAllMocks());

describe("POST /v1/images/generations", () => {
  it("returns a PNG as b64_json from an SD model (binary upstream output)", async () => {
    const res = await postJson("/v1/images/generations", {
      model: "@cf/lykon/dreamshaper-8-lcm",
      prompt: "a red fox",
      size: "256x256",
      response_format: "b64_json",
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ImagesResponse;
    expect(Object.keys(body).sort()).toEqual(["created", "data", "output_format", "size"]);
    expect(body).toMatchObject({ output_format: "png", size: "256x256" });
    expect(body.data).toHaveLength(1);
    expect([...bytesOfBase64(body.data[0]?.b64_json ?? "").subarray(0, 4)]).toEqual(PNG_MAGIC);
  });

  it("returns flux-1-schnell's base64 JPEG as is (JSON upstream output)", async () => {
    const res = await postJson("/v1/images/generations", {
      model: "dall-e-3",
      prompt: "a cat",
      response_format: "b64_json",
    });
    const body = (await res.json()) as ImagesResponse;
    expect(body.output_format).toBe("jpeg");
    expect([...bytesOfBase64(body.data[0]?.b64_json ?? "").subarray(0, 3)]).toEqual(JPEG_MAGIC);
  });

  it("stores the image for `url` and serves the same bytes at that URL, without a key", async () => {
    const res = await postJson("/v1/images/generations", {
      model: "@cf/lykon/dreamshaper-8-lcm",
      prompt: "a lighthouse",
      size: "256x256",
      seed: 7,
    });
    const { data } = (await res.json()) as ImagesResponse;
    const url = new URL(data[0]?.url ?? "");
    expect(url.origin).toBe("http://w");
    expect(url.pathname).toMatch(/^\/file\/[A-Za-z0-9_-]{22}\.png$/);
    const file = await call(url.pathname, { headers: { authorization: "" } });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/png");
    expect(file.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const stored = new Uint8Array(await file.arrayBuffer());
    expect(file.headers.get("content-length")).toBe(String(stored.length));
    const direct = await postJson("/v1/images/generations", {
      model: "@cf/lykon/dreamshaper-8-lcm",
      prompt: "a lighthouse",
      size: "256x256",
      seed: 7,
      response_format: "b64_json",
    });
    const { data: inline } = (await direct.json()) as ImagesResponse;
    expect(stored).toEqual(bytesOfBase64(inline[0]?.b64_json ?? ""));
    const object = await env.IMAGES.head(url.pathname.slice("/file/".length));
    expect(object?.customMetadata).toMatchObject({ model: "@cf/lykon/dreamshaper-8-lcm" });
    expect(object?.customMetadata?.prompt_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("makes n distinct images, each with its own seed", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await postJson("/v1/images/generations", {
      model: "@cf/stabilityai/stable-diffusion-xl-base-1.0",
      prompt: "a tree",
      n: 3,
      size: "256x256",
      seed: 100,
      response_format: "b64_json",
    });
    const { data } = (await res.json()) as ImagesResponse;
    expect(new Set(data.map((d) => d.b64_json)).size).toBe(3);
    expect(run.mock.calls.map((c) => (c[1] as { seed: number }).seed)).toEqual([100, 101, 102]);
  });

  it("sends FLUX.2 multipart form data and reads its {image} answer", async () => {
    const res = await postJson("/v1/images/generations", {
      model: "gpt-image-1",
      prompt: "a harbour",
      size: "512x256",
      response_format: "b64_json",
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ImagesResponse;
    expect(body).toMatchObject({ output_format: "jpeg", size: "512x256" });
  });

  it("answers with the Leonardo models' JPEG bytes", async () => {
    const res = await postJson("/v1/images/generations", {
      model: "@cf/leonardo/phoenix-1.0",
      prompt: "a sign that says hello",
      size: "256x256",
      response_format: "b64_json",
    });
    const body = (await res.json()) as ImagesResponse;
    expect([...bytesOfBase64(body.data[0]?.b64_json ?? "").subarray(0, 3)]).toEqual(JPEG_MAGIC);
  });
});
