import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const KEY = { authorization: "Bearer sk-local-dev" };

async function sha256(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

describe("router transport", () => {
  it("passes a stream on event by event, never buffered", async () => {
    const res = await exports.default.fetch("http://gw/v1/chat/completions", {
      method: "POST",
      headers: { ...KEY, "content-type": "application/json" },
      body: JSON.stringify({ model: "@cf/meta/llama-3.1-8b-instruct-fast", stream: true, messages: [] }),
    });
    expect(res.headers.get("content-type")).toBe("text/event-stream");
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    const arrivals: { index: number; sentAt: number; receivedAt: number }[] = [];
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      for (let at = buffer.indexOf("\n\n"); at >= 0; at = buffer.indexOf("\n\n")) {
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        if (line === "data: [DONE]") continue;
        const event = JSON.parse(line.slice("data: ".length));
        arrivals.push({ ...event, receivedAt: Date.now() });
      }
    }
    expect(arrivals.map((a) => a.index)).toEqual([0, 1, 2, 3, 4]);
    // The first event reached the client before the probe had even written the last one (600 ms later).
    expect(arrivals[0]!.receivedAt).toBeLessThan(arrivals[4]!.sentAt);
  });

  it("forwards a multipart upload byte for byte, with its boundary", async () => {
    const audio = crypto.getRandomValues(new Uint8Array(65536));
    const big = new Uint8Array(3 * 1024 * 1024);
    for (let i = 0; i < big.length; i += audio.length) big.set(audio.subarray(0, big.length - i), i);
    const form = new FormData();
    form.append("model", "whisper-1");
    form.append("file", new File([big], "speech.mp3", { type: "audio/mpeg" }));
    const serialized = new Response(form);
    const contentType = serialized.headers.get("content-type")!;
    const bytes = await serialized.arrayBuffer();

    const res = await exports.default.fetch("http://gw/v1/audio/transcriptions", {
      method: "POST",
      headers: { ...KEY, "content-type": contentType },
      body: bytes,
    });
    const seen = (await res.json()) as Record<string, unknown>;
    expect(seen).toMatchObject({
      worker: "whisper",
      path: "/v1/audio/transcriptions",
      contentType,
      length: bytes.byteLength,
      sha256: await sha256(bytes),
      authorization: "Bearer sk-local-dev",
    });
  });
});

describe("router route table", () => {
  it.each([
    ["POST", "/v1/completions", "chat-embed", "/v1/completions"],
    ["POST", "/v1/embeddings", "chat-embed", "/v1/embeddings"],
    ["POST", "/v1/v1/embeddings", "chat-embed", "/v1/embeddings"],
    ["POST", "/embeddings", "chat-embed", "/v1/embeddings"],
    ["POST", "/v1/responses", "chat-embed", "/v1/responses"],
    ["POST", "/responses", "chat-embed", "/v1/responses"],
    ["GET", "/v1/responses/resp_abc", "chat-embed", "/v1/responses/resp_abc"],
    ["DELETE", "/v1/responses/resp_abc", "chat-embed", "/v1/responses/resp_abc"],
    ["POST", "/v1/images/generations", "image", "/v1/images/generations"],
    ["POST", "/v1/images/edits", "image", "/v1/images/edits"],
    ["GET", "/file/abc123.png", "image", "/file/abc123.png"],
    ["HEAD", "/file/abc123.png", "image", "/file/abc123.png"],
    ["POST", "/v1/audio/transcriptions", "whisper", "/v1/audio/transcriptions"],
    ["POST", "/audio/translations", "whisper", "/v1/audio/translations"],
    ["POST", "/v1/v1/audio/speech", "whisper", "/v1/audio/speech"],
    ["POST", "/translate", "translate", "/translate"],
    ["POST", "/v2/translate", "translate", "/v2/translate"],
    ["POST", "/v1/translate", "translate", "/v1/translate"],
    ["POST", "/translate/batch", "translate", "/translate/batch"],
  ])("%s %s → %s", async (method, path, worker, seenPath) => {
    const res = await exports.default.fetch(`http://gw${path}?token=t`, {
      method,
      body: method === "POST" ? "{}" : undefined,
    });
    expect(res.status).toBe(200);
    if (method === "HEAD") return;
    expect(await res.json()).toMatchObject({ worker, path: seenPath, search: "?token=t" });
  });

  // The router reads no body: every chat goes to chat-embed (which hands image models to the image worker).
  it.each([
    ["@cf/black-forest-labs/flux-1-schnell", "chat-embed"],
    ["dall-e-3", "chat-embed"],
    ["@cf/meta/llama-3.1-8b-instruct-fast", "chat-embed"],
    ["no-such-model", "chat-embed"],
  ])("chat with model %s goes to %s, body intact", async (model, worker) => {
    const body = JSON.stringify({ messages: [{ role: "user", content: 'say "model": "x"' }], model });
    const res = await exports.default.fetch("http://gw/v1/chat/completions", {
      method: "POST",
      headers: { ...KEY, "content-type": "application/json" },
      body,
    });
    expect(await res.json()).toMatchObject({
      worker,
      path: "/v1/chat/completions",
      length: new TextEncoder().encode(body).byteLength,
      sha256: await sha256(new TextEncoder().encode(body).buffer as ArrayBuffer),
    });
  });

  it("answers an unknown path with 404 in OpenAI's envelope, with CORS", async () => {
    const res = await exports.default.fetch("http://gw/v1/nothing-here", { method: "POST" });
    expect(res.status).toBe(404);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(await res.json()).toEqual({
      error: {
        message: expect.stringContaining("/v1/nothing-here"),
        type: "invalid_request_error",
        param: null,
        code: "unknown_url",
      },
    });
  });
});
