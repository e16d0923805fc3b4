import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, type ErrorBody, postJson } from "./helpers.ts";

async function storedPath(): Promise<string> {
  const res = await postJson("/v1/images/generations", {
    model: "@cf/lykon/dreamshaper-8-lcm",
    prompt: "a stored picture",
    size: "256x256",
  });
  const { data } = (await res.json()) as { data: { url: string }[] };
  return new URL(data[0]?.url ?? "").pathname;
}

const anonymous = (path: string, init: RequestInit = {}) =>
  call(path, { ...init, headers: { authorization: "", ...(init.headers as Record<string, string>) } });

describe("GET and HEAD /file/<key>", () => {
  it("serves HEAD with the same headers and no body", async () => {
    const path = await storedPath();
    const get = await anonymous(path);
    const head = await anonymous(path, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    for (const name of ["content-type", "content-length", "etag", "last-modified", "cache-control"]) {
      expect(head.headers.get(name), name).toBe(get.headers.get(name));
    }
    expect(get.headers.get("etag")).toMatch(/^"[0-9a-f]+"$/);
    expect(get.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("answers 304 to If-None-Match with the ETag, and 200 to another ETag", async () => {
    const path = await storedPath();
    const etag = (await anonymous(path)).headers.get("etag") ?? "";
    const same = await anonymous(path, { headers: { "if-none-match": `"other", ${etag}` } });
    expect(same.status).toBe(304);
    expect(await same.text()).toBe("");
    expect(same.headers.get("etag")).toBe(etag);
    expect(same.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await anonymous(path, { headers: { "if-none-match": `W/${etag}` } })).status).toBe(304);
    expect((await anonymous(path, { headers: { "if-none-match": '"nope"' } })).status).toBe(200);
  });

  it("answers 304 to If-Modified-Since at or after the upload, 200 before it", async () => {
    const path = await storedPath();
    const lastModified = (await anonymous(path)).headers.get("last-modified") ?? "";
    expect((await anonymous(path, { headers: { "if-modified-since": lastModified } })).status).toBe(304);
    const before = new Date(Date.parse(lastModified) - 60_000).toUTCString();
    expect((await anonymous(path, { headers: { "if-modified-since": before } })).status).toBe(200);
    // If-None-Match decides when both are sent.
    const both = await anonymous(path, { headers: { "if-none-match": '"nope"', "if-modified-since": lastModified } });
    expect(both.status).toBe(200);
  });

  it("is 404 for an unknown key, a malformed key and a path outside the store, in OpenAI's shape", async () => {
    for (const path of ["/file/AAAAAAAAAAAAAAAAAAAAAA.png", "/file/probe", "/file/..%2Fprobe"]) {
      const res = await anonymous(path);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as ErrorBody).error).toMatchObject({ code: "file_not_found" });
    }
    expect((await anonymous("/file/AAAAAAAAAAAAAAAAAAAAAA.png", { method: "HEAD" })).status).toBe(404);
    await env.IMAGES.put("probe", "not an image");
    expect((await anonymous("/file/probe")).status).toBe(404);
  });

  it("needs no key to read, but a key to generate", async () => {
    const res = await call("/v1/images/generations", {
      method: "POST",
      headers: { authorization: "", "content-type": "application/json" },
      body: JSON.stringify({ prompt: "x" }),
    });
    expect(res.status).toBe(401);
  });
});
