import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../src/api-error.ts";
import { readConfig } from "../src/config.ts";
import { createWorker } from "../src/create-worker.ts";
import { readJson } from "../src/read-json.ts";

interface Env {
  API_KEYS?: string;
}

const KEY = "sk-test-key";
const env: Env = { API_KEYS: KEY };
const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;

function buildWorker() {
  const worker = createWorker<Env>({
    auth: (e) => readConfig(e).auth,
    isPublic: (method, path) => method === "GET" && path === "/health",
  });
  worker.router.get("/health", () => new Response("ok"));
  worker.router.get("/v1/models", (request) =>
    Response.json({ object: "list", data: [], mode: request.auth.mode, requestId: request.requestId }),
  );
  worker.router.post("/v1/embeddings", async (request) => Response.json({ got: await readJson(request) }));
  worker.router.get("/v1/boom", () => {
    throw new Error("database password is hunter2");
  });
  worker.router.get("/v1/busy", () => {
    throw new ApiError({ status: 429, message: "slow down", headers: { "retry-after": "3" } });
  });
  return worker;
}

const call = (path: string, init: RequestInit = {}, e: Env = env) =>
  buildWorker().fetch(new Request(`https://gw.example${path}`, init), e, ctx);
const authed = { authorization: `Bearer ${KEY}` };

function expectFinished(response: Response) {
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  expect(response.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{32}$/);
}

describe("createWorker", () => {
  it("answers a preflight with 204 and CORS, before auth and without a key", async () => {
    const response = await call("/v1/chat/completions", {
      method: "OPTIONS",
      headers: { origin: "https://chat.example", "access-control-request-method": "POST" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    expectFinished(response);
  });

  it("refuses a missing key with 401, CORS, a request id and the OpenAI envelope", async () => {
    const response = await call("/v1/models");
    expect(response.status).toBe(401);
    expectFinished(response);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = await response.json();
    expect(body).toEqual({
      error: {
        message: expect.stringContaining("Missing API key"),
        type: "invalid_request_error",
        param: null,
        code: "invalid_api_key",
      },
    });
  });

  it("serves a route with a valid key, telling the handler who called", async () => {
    const response = await call("/v1/models", { headers: authed });
    expect(response.status).toBe(200);
    expectFinished(response);
    const body = await response.json<{ mode: string; requestId: string }>();
    expect(body.mode).toBe("keys");
    expect(body.requestId).toBe(response.headers.get("x-request-id"));
  });

  it("serves public routes without a key", async () => {
    const response = await call("/health");
    expect(await response.text()).toBe("ok");
    expectFinished(response);
  });

  it("answers HEAD on a GET route with the GET's status and headers, without a body", async () => {
    const response = await call("/v1/models", { method: "HEAD", headers: authed });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.text()).toBe("");
    expectFinished(response);
    expect((await call("/health", { method: "HEAD" })).status).toBe(200);
  });

  it("answers an unknown path with a 404 in the OpenAI envelope", async () => {
    const response = await call("/v1/nothing-here", { headers: authed });
    expect(response.status).toBe(404);
    expectFinished(response);
    expect(await response.json()).toEqual({
      error: {
        message: "Unknown request URL: GET /v1/nothing-here. Check the path and method.",
        type: "invalid_request_error",
        param: null,
        code: "unknown_url",
      },
    });
  });

  it("answers another method on a served path with 405, Allow, CORS and the OpenAI envelope", async () => {
    const put = await call("/v1/embeddings", { method: "PUT", headers: authed });
    expect(put.status).toBe(405);
    expectFinished(put);
    expect(put.headers.get("allow")).toBe("POST, OPTIONS");
    expect(await put.json()).toEqual({
      error: {
        message: "PUT is not allowed on /v1/embeddings: use POST or OPTIONS.",
        type: "invalid_request_error",
        param: null,
        code: "method_not_allowed",
      },
    });
    const post = await call("/v1/models", { method: "POST", headers: authed });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("gives every error a code, even an ApiError made without one", async () => {
    expect(new ApiError({ status: 400, message: "x" }).code).toBe("invalid_request");
    expect(new ApiError({ status: 500, message: "x", code: null }).code).toBe("server_error");
    const boom = await call("/v1/boom", { headers: authed });
    expect(((await boom.json()) as { error: { code: string } }).error.code).toBe("server_error");
  });

  it.each(["/v1/v1/embeddings", "/embeddings", "/v1/embeddings/"])(
    "routes %s to /v1/embeddings, body intact",
    async (path) => {
      const response = await call(path, {
        method: "POST",
        headers: { ...authed, "content-type": "application/json" },
        body: '{"model":"text-embedding-3-small","input":"hi"}',
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ got: { model: "text-embedding-3-small", input: "hi" } });
    },
  );

  it("turns a thrown non-ApiError into a 500 that does not leak its message, and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await call("/v1/boom", { headers: authed });
    expect(response.status).toBe(500);
    expectFinished(response);
    const text = await response.text();
    expect(text).not.toContain("hunter2");
    expect(JSON.parse(text).error).toMatchObject({ type: "server_error" });
    expect(text).toContain(response.headers.get("x-request-id") ?? "missing");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("keeps an ApiError's status and headers", async () => {
    const response = await call("/v1/busy", { headers: authed });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("3");
    expectFinished(response);
  });

  it("echoes the client's x-request-id, on success and on error", async () => {
    const ok = await call("/v1/models", { headers: { ...authed, "x-request-id": "client-req-42" } });
    expect(ok.headers.get("x-request-id")).toBe("client-req-42");
    const denied = await call("/v1/models", { headers: { "x-request-id": "client-req-43" } });
    expect(denied.headers.get("x-request-id")).toBe("client-req-43");
  });

  it("refuses every request when no key is configured (fail closed)", async () => {
    const response = await call("/v1/models", { headers: authed }, {});
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain("API_KEYS");
  });

  it("answers a malformed configuration with a 500 that does not leak it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const worker = createWorker<Env>({
      auth: () => readConfig({ AUTH_MODE: "nope" }).auth,
    });
    const response = await worker.fetch(new Request("https://gw.example/v1/models", { headers: authed }), env, ctx);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("nope");
    log.mockRestore();
  });
});
