import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { GATEWAY_URL, openaiClient } from "./gateway-client.ts";

describe("the local gateway, as the README starts it", () => {
  it("is healthy, with every worker behind the router", async () => {
    const res = await fetch(`${GATEWAY_URL}/health`);
    expect(await res.json()).toMatchObject({
      status: "ok",
      workers: { "chat-embed": "ok", image: "ok", whisper: "ok", translate: "ok" },
    });
  });

  it("lists the catalog to the official OpenAI SDK with the development key", async () => {
    const client = openaiClient();
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids).toContain("@cf/meta/llama-3.3-70b-instruct-fp8-fast");
    expect(ids).toContain("@cf/openai/whisper-large-v3-turbo");
    expect(ids).toContain("@cf/meta/m2m100-1.2b");
  });

  it("refuses a wrong key with 401 in OpenAI's shape, with CORS headers", async () => {
    const res = await fetch(`${GATEWAY_URL}/v1/models`, { headers: { authorization: "Bearer wrong" } });
    expect(res.status).toBe(401);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(await res.json()).toMatchObject({ error: { type: "invalid_request_error", code: "invalid_api_key" } });
  });

  it("surfaces the 401 as the SDK's typed AuthenticationError", async () => {
    const client = openaiClient("wrong");
    await expect(client.models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
  });

  it("answers a CORS preflight without a key", async () => {
    const res = await fetch(`${GATEWAY_URL}/v1/chat/completions`, {
      method: "OPTIONS",
      headers: { origin: "https://chat.example", "access-control-request-method": "POST" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("reaches each worker's own routes through the router", async () => {
    const headers = { authorization: "Bearer sk-local-dev" };
    const res = await fetch(`${GATEWAY_URL}/v1/v1/models`, { headers });
    expect(res.status).toBe(200);
    const missing = await fetch(`${GATEWAY_URL}/v1/nowhere`, { headers });
    expect(missing.status).toBe(404);
  });
});
