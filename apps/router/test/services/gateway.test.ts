import { exports } from "cloudflare:workers";
import { CLAUDE_FAMILY_NAMES, MODELS } from "@wai/catalog";
import { describe, expect, it } from "vitest";

const KEY = { authorization: "Bearer sk-local-dev" };
const get = (path: string, headers: Record<string, string> = KEY) =>
  exports.default.fetch(`http://gw${path}`, { headers });

describe("router over the real workers", () => {
  it("reports every worker healthy", async () => {
    const res = await get("/health", {});
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: "ok",
      worker: "router",
      workers: { "chat-embed": "ok", image: "ok", whisper: "ok", translate: "ok" },
    });
  });

  it.each(["/v1/models", "/v1/v1/models", "/models"])("lists every served model at %s", async (path) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    const list = (await res.json()) as { object: string; data: { id: string; object: string; created: number }[] };
    expect(list.object).toBe("list");
    const served = [...MODELS.filter((m) => !m.retired).map((m) => m.id), ...CLAUDE_FAMILY_NAMES];
    expect(list.data.map((m) => m.id).sort()).toEqual([...served].sort());
    for (const m of list.data) {
      expect(m).toEqual({ id: m.id, object: "model", created: expect.any(Number), owned_by: expect.any(String) });
      expect(m.created).toBeLessThan(1e10);
    }
  });

  it("gets one model by id (slashes and all) and refuses an unknown one", async () => {
    const one = await get("/v1/models/@cf/meta/llama-3.1-8b-instruct-fast");
    expect(await one.json()).toMatchObject({ id: "@cf/meta/llama-3.1-8b-instruct-fast", object: "model" });
    const missing = await get("/v1/models/no-such-model");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: "model_not_found", param: "model" } });
  });

  it("refuses a wrong key with 401 in OpenAI's shape, with CORS headers", async () => {
    const res = await get("/v1/models", { authorization: "Bearer wrong" });
    expect(res.status).toBe(401);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("x-request-id")).toBeTruthy();
    expect(await res.json()).toEqual({
      error: {
        message: "Incorrect API key provided.",
        type: "invalid_request_error",
        param: null,
        code: "invalid_api_key",
      },
    });
  });

  it.each([
    ["PUT", "/v1/chat/completions", "POST, OPTIONS"],
    ["GET", "/v1/v1/embeddings", "POST, OPTIONS"],
    ["DELETE", "/v1/audio/transcriptions", "POST, OPTIONS"],
    ["PUT", "/v2/translate", "POST, OPTIONS"],
    ["POST", "/v1/models", "GET, HEAD, OPTIONS"],
    ["POST", "/health", "GET, HEAD, OPTIONS"],
  ])("answers %s %s with 405 and Allow: %s, through the router", async (method, path, allow) => {
    const res = await exports.default.fetch(`http://gw${path}`, { method, headers: KEY });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe(allow);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    await res.arrayBuffer();
  });

  it("answers a path no worker serves with 404, whatever the method", async () => {
    for (const method of ["GET", "PUT"]) {
      const res = await exports.default.fetch("http://gw/v1/nowhere", { method, headers: KEY });
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unknown_url");
    }
  });

  it("answers a preflight without a key", async () => {
    const res = await exports.default.fetch("http://gw/v1/chat/completions", {
      method: "OPTIONS",
      headers: {
        origin: "https://app.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-headers")).toBe("authorization, content-type");
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
  });

  it.each([
    ["chat-embed", "/v1/embeddings", 401],
    ["whisper", "/v1/audio/transcriptions", 401],
    ["translate", "/translate", 401],
    ["translate (DeepL answers 403)", "/v2/translate", 403],
  ])("lets %s authenticate a forwarded request itself", async (_worker, path, status) => {
    const res = await exports.default.fetch(`http://gw${path}`, {
      method: "POST",
      headers: { authorization: "Bearer wrong" },
      body: "{}",
    });
    expect(res.status).toBe(status);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("keeps the request id the client sent", async () => {
    const res = await get("/v1/models", { ...KEY, "x-request-id": "trace-123" });
    expect(res.headers.get("x-request-id")).toBe("trace-123");
  });
});
