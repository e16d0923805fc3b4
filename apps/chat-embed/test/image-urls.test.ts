import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchImageAsDataUri } from "../src/images/fetch-image-as-data-uri.ts";
import { inputsOf, post, spyOnAiRun } from "./helpers.ts";

const ai = spyOnAiRun();
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const param = "messages.0.content.0.image_url.url";
afterEach(() => vi.restoreAllMocks());

function imageChat(url: string) {
  return post("/v1/chat/completions", {
    model: "gpt-4o",
    messages: [
      {
        role: "user",
        content: [
          { type: "image_url", image_url: { url } },
          { type: "text", text: "what?" },
        ],
      },
    ],
  });
}

// Fake responses are built when fetch is called: a body made in the test's context cannot be read by the worker.
describe("http(s) image URLs for vision models", () => {
  it("fetches a public image and sends it to Workers AI as a data: URI", async () => {
    const fetchSpy = vi
      .spyOn(globalThis, "fetch")
      .mockImplementationOnce(async () => new Response(PNG, { headers: { "content-type": "image/png" } }));
    const res = await imageChat("https://images.example.com/cat.png");
    expect(res.status).toBe(200);
    expect(fetchSpy.mock.calls[0]?.[0]).toBe("https://images.example.com/cat.png");
    const sent = inputsOf(ai.run, 0).messages[0].content[0];
    expect(sent).toEqual({
      type: "image_url",
      image_url: { url: `data:image/png;base64,${btoa(String.fromCharCode(...PNG))}` },
    });
  });

  it("refuses private, loopback, link-local and local addresses and other schemes without fetching", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    for (const url of [
      "http://127.0.0.1/a.png",
      "http://localhost:8080/a.png",
      "http://10.1.2.3/a.png",
      "http://192.168.0.1/a.png",
      "http://172.20.0.1/a.png",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]/a.png",
      "http://[fe80::1]/a.png",
      "http://[::ffff:127.0.0.1]/a.png",
      "http://metadata/a.png",
      "file:///etc/passwd",
      "ftp://example.com/a.png",
      "not a url",
    ]) {
      const res = await imageChat(url);
      expect(res.status, url).toBe(400);
      expect(((await res.json()) as any).error.param).toBe(param);
    }
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("refuses a redirect to a private address, a non-image answer and an HTTP error", async () => {
    const redirect = () => new Response(null, { status: 302, headers: { location: "http://127.0.0.1/x.png" } });
    vi.spyOn(globalThis, "fetch").mockImplementationOnce(async () => redirect());
    expect((await imageChat("https://example.com/a.png")).status).toBe(400);
    vi.spyOn(globalThis, "fetch").mockImplementationOnce(
      async () => new Response("<html>", { headers: { "content-type": "text/html" } }),
    );
    const html = await imageChat("https://example.com/a.png");
    expect(((await html.json()) as any).error.message).toContain("not an image");
    vi.spyOn(globalThis, "fetch").mockImplementationOnce(async () => new Response("gone", { status: 404 }));
    expect(((await (await imageChat("https://example.com/a.png")).json()) as any).error.message).toContain("HTTP 404");
  });

  it("stops reading an image past the size cap", async () => {
    const big = new Response(new Uint8Array(2048), { headers: { "content-type": "image/png" } });
    const fetcher = vi.fn(async () => big);
    const read = fetchImageAsDataUri("https://example.com/big.png", {
      fetch: fetcher,
      maxBytes: 1024,
      timeoutMs: 1000,
      param,
    });
    await expect(read).rejects.toMatchObject({ status: 400, code: "image_too_large", param });
  });

  it("gives up on an image that does not arrive in time", async () => {
    const fetcher = vi.fn(
      (_: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
        ),
    );
    const read = fetchImageAsDataUri("https://example.com/slow.png", {
      fetch: fetcher,
      maxBytes: 1024,
      timeoutMs: 50,
      param,
    });
    await expect(read).rejects.toMatchObject({
      status: 400,
      param,
      message: expect.stringContaining("did not answer"),
    });
  });
});

describe("image URL limits", () => {
  it("refuses more than 4 image URLs in one request before fetching any", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const part = (n: number) => ({ type: "image_url", image_url: { url: `https://example.com/${n}.png` } });
    const res = await post("/v1/chat/completions", {
      model: "gpt-4o",
      messages: [{ role: "user", content: [1, 2, 3, 4, 5].map(part) }],
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.param).toBe("messages");
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe("data: image URIs, checked by their magic bytes", () => {
  it("refuses a data: URI labelled PNG that holds no image with a 400 naming the content part, before upstream", async () => {
    for (const url of [
      "data:image/png;base64,AAAA",
      "data:image/png;base64,PGh0bWw+PHNjcmlwdD4=",
      "data:image/png,raw",
    ]) {
      const res = await imageChat(url);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: Record<string, unknown> };
      expect(body.error).toMatchObject({ type: "invalid_request_error", code: "invalid_image", param });
    }
    expect(ai.run).not.toHaveBeenCalled();
  });

  it("sends PNG, JPEG, GIF and WebP bytes on, whatever their label says", async () => {
    const heads = [
      PNG,
      Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
      new TextEncoder().encode("GIF89a\x01\x00"),
      new TextEncoder().encode("RIFF\x10\x00\x00\x00WEBPVP8 "),
    ];
    for (const bytes of heads) {
      const res = await imageChat(`data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`);
      expect(res.status).toBe(200);
      await res.body?.cancel();
    }
  });
});
