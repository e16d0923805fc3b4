import { exports } from "cloudflare:workers";
import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";

// Claude Code and the Anthropic SDK pointed at the router (ANTHROPIC_BASE_URL), through real service bindings.
const client = new Anthropic({
  apiKey: "sk-local-dev",
  baseURL: "http://gw",
  fetch: (url, init) => exports.default.fetch(url, init),
  maxRetries: 0,
});

describe("the Messages API through the router", () => {
  it("creates, streams and counts with the official SDK", async () => {
    const message = await client.messages.create({
      model: "claude-sonnet-4-6",
      max_tokens: 128,
      messages: [{ role: "user", content: "Hello router" }],
    });
    expect(message.type).toBe("message");
    const text = message.content.find((b) => b.type === "text");
    expect(text?.type === "text" && text.text).toContain("Hello router");

    const final = await client.messages
      .stream({ model: "claude-haiku-4-5", max_tokens: 128, messages: [{ role: "user", content: "Stream router" }] })
      .finalMessage();
    expect(final.content.some((b) => b.type === "text" && b.text.includes("Stream router"))).toBe(true);

    const count = await client.messages.countTokens({
      model: "claude-opus-4-8",
      messages: [{ role: "user", content: "Count me" }],
    });
    expect(count.input_tokens).toBeGreaterThan(0);
  });

  it("answers Claude Code's ?beta=true request and refuses a wrong key in Anthropic's shape", async () => {
    const res = await exports.default.fetch("http://gw/v1/messages?beta=true", {
      method: "POST",
      headers: { "x-api-key": "wrong", "anthropic-version": "2023-06-01", "content-type": "application/json" },
      body: JSON.stringify({ model: "claude-sonnet-4-6", max_tokens: 8, messages: [{ role: "user", content: "x" }] }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ type: "error", error: { type: "authentication_error" } });
  });
});
