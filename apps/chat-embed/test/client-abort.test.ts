import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../src/index.ts";
import { post } from "./helpers.ts";

interface StreamStats {
  opened: number;
  finished: number;
  cancelled: number;
}

/** The emulator's stream counts (`WorkersAiEmulator.streamStats()`, an RPC method the real binding lacks). */
const streamStats = () => (env.AI as unknown as { streamStats(): Promise<StreamStats> }).streamStats();

describe("a client that hangs up mid-stream", () => {
  it("cancels the upstream Workers AI stream instead of paying for the rest of the answer", async () => {
    const before = await streamStats();
    // The handler itself, so the test holds the very body stream the runtime cancels when a client disconnects.
    const body = {
      model: "gpt-4o-mini",
      stream: true,
      max_tokens: 200,
      messages: [{ role: "user", content: `#fault:slow-stream ${"word ".repeat(100)}` }],
    };
    const request = new Request("http://w/v1/chat/completions", {
      method: "POST",
      headers: { authorization: "Bearer sk-local-dev", "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const res = await worker.fetch(request, env as never, createExecutionContext());
    expect(res.status).toBe(200);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    await reader.read(); // the role chunk
    await reader.read(); // the first content
    await reader.cancel("client went away");
    await expect.poll(streamStats, { timeout: 3_000 }).toMatchObject({
      opened: before.opened + 1,
      cancelled: before.cancelled + 1,
      finished: before.finished,
    });
  });

  it("leaves a stream read to the end counted as finished, not cancelled", async () => {
    const before = await streamStats();
    const res = await post("/v1/chat/completions", {
      model: "gpt-4o-mini",
      stream: true,
      messages: [{ role: "user", content: "hello" }],
    });
    await res.text();
    await expect.poll(streamStats).toMatchObject({ opened: before.opened + 1, cancelled: before.cancelled });
  });
});
