import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { GATEWAY_URL, openaiClient } from "./gateway-client.ts";

const client = openaiClient();

const headers = { authorization: "Bearer sk-local-dev", "content-type": "application/json" };

describe("chat-embed through the router, over real HTTP", () => {
  it("answers a chat completion to the official SDK", async () => {
    const completion = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Hello gateway" }],
    });
    expect(completion.object).toBe("chat.completion");
    expect(completion.choices[0]?.message.content).toContain("Hello gateway");
    expect(completion.usage?.total_tokens).toBeGreaterThan(0);
  });

  it("streams with include_usage as OneAPI asks, ending in [DONE]", async () => {
    const res = await fetch(`${GATEWAY_URL}/v1/v1/chat/completions`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        model: "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
        messages: [{ role: "user", content: "stream" }],
        stream: true,
        stream_options: { include_usage: true },
      }),
    });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const text = await res.text();
    const events = text.split("\n\n").filter(Boolean);
    expect(events.every((e) => e.startsWith("data: "))).toBe(true);
    expect(events.at(-1)).toBe("data: [DONE]");
    expect(JSON.parse((events.at(-2) as string).slice(6))).toMatchObject({
      choices: [],
      usage: { total_tokens: expect.any(Number) },
    });
  });

  it("embeds with the SDK's default base64 encoding", async () => {
    const result = await client.embeddings.create({ model: "text-embedding-3-small", input: ["one", "two", "three"] });
    expect(result.data.map((d) => d.index)).toEqual([0, 1, 2]);
    expect(result.data[0]?.embedding).toHaveLength(1024);
    expect(Math.hypot(...(result.data[0]?.embedding ?? []))).toBeCloseTo(1, 3);
  });

  it("answers legacy completions and refuses an unknown model with a 404", async () => {
    const completion = await client.completions.create({ model: "gpt-3.5-turbo-instruct", prompt: "Complete me" });
    expect(completion.choices[0]?.text).toContain("Complete me");
    await expect(
      client.chat.completions.create({ model: "gpt-unknown", messages: [{ role: "user", content: "x" }] }),
    ).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it("maps Workers AI 3040 to a 429 with Retry-After", async () => {
    const res = await fetch(`${GATEWAY_URL}/chat/completions`, {
      method: "POST",
      headers,
      body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "#fault:3040" }] }),
    });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBeTruthy();
  });
});
