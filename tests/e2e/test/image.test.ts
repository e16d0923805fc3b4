import { toFile } from "openai";
import { describe, expect, it } from "vitest";
import { GATEWAY_URL, openaiClient } from "./gateway-client.ts";

const client = openaiClient();

const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC",
  "base64",
);

describe("the image worker through the router", () => {
  it("generates with `url`; the URL is on the gateway's host and serves the same bytes, with 304s", async () => {
    const asked = { model: "dall-e-2", prompt: "a kite", size: "256x256" as const, seed: 11 } as const;
    const res = await client.images.generate({ ...asked });
    const url = res.data?.[0]?.url ?? "";
    expect(url.startsWith(`${GATEWAY_URL}/file/`)).toBe(true);
    const file = await fetch(url);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/png");
    expect(file.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(file.headers.get("content-length")).toBe(String(bytes.length));
    const inline = await client.images.generate({ ...asked, response_format: "b64_json" });
    expect(bytes.equals(Buffer.from(inline.data?.[0]?.b64_json ?? "", "base64"))).toBe(true);
    const etag = file.headers.get("etag") ?? "";
    const again = await fetch(url, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    const head = await fetch(url, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(bytes.length));
    expect((await fetch(`${GATEWAY_URL}/file/AAAAAAAAAAAAAAAAAAAAAA.png`)).status).toBe(404);
  });

  it("edits an uploaded image", async () => {
    const image = await toFile(TINY_PNG, "in.png", { type: "image/png" });
    const res = await client.images.edit({ image, prompt: "night sky", size: "256x256", response_format: "b64_json" });
    expect(res.data?.[0]?.b64_json?.startsWith("iVBORw0KGgo")).toBe(true);
  });

  it("answers chat for an image model (routed by its alias) with a stored URL, streamed as OneAPI reads it", async () => {
    const res = await fetch(`${GATEWAY_URL}/v1/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: "Bearer sk-local-dev", "content-type": "application/json" },
      body: JSON.stringify({
        model: "dall-e-3",
        messages: [{ role: "user", content: "a paper boat" }],
        stream: true,
        stream_options: { include_usage: true },
      }),
    });
    expect(res.status).toBe(200);
    const lines = (await res.text()).split("\n").filter(Boolean);
    expect(lines.every((l) => l.startsWith("data: ") && l.length < 64 * 1024)).toBe(true);
    expect(lines.at(-1)).toBe("data: [DONE]");
    const content = JSON.parse(lines[1]?.slice(6) ?? "{}").choices[0].delta.content as string;
    const url = /\((http[^)]+)\)$/.exec(content)?.[1] ?? "";
    expect(url.startsWith(`${GATEWAY_URL}/file/`)).toBe(true);
    expect((await fetch(url)).headers.get("content-type")).toBe("image/jpeg");
  });
});
