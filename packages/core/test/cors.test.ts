import { describe, expect, it } from "vitest";
import { CORS_HEADERS, preflight } from "../src/cors.ts";

describe("preflight", () => {
  it("answers an OPTIONS preflight with 204 and every CORS header, echoing the requested headers", () => {
    const response = preflight(
      new Request("https://gw.example/v1/chat/completions", {
        method: "OPTIONS",
        headers: {
          origin: "https://chat.example",
          "access-control-request-method": "POST",
          "access-control-request-headers": "authorization, content-type, x-stainless-os",
        },
      }),
    );
    expect(response?.status).toBe(204);
    expect(Object.fromEntries(response?.headers ?? [])).toEqual({
      "access-control-allow-origin": "*",
      "access-control-expose-headers": "x-request-id, x-gateway-notes, retry-after, content-length, content-type, etag",
      "access-control-allow-methods": "GET, HEAD, POST, PUT, DELETE, OPTIONS",
      "access-control-allow-headers": "authorization, content-type, x-stainless-os",
      "access-control-max-age": "86400",
    });
  });

  it("allows the OpenAI SDK's headers when the browser did not list any", () => {
    const response = preflight(new Request("https://gw.example/v1/models", { method: "OPTIONS" }));
    const allowed = response?.headers.get("access-control-allow-headers") ?? "";
    for (const name of ["authorization", "content-type", "x-api-key", "x-stainless-retry-count"]) {
      expect(allowed).toContain(name);
    }
  });

  it("leaves other methods to the worker", () => {
    expect(preflight(new Request("https://gw.example/v1/models"))).toBeUndefined();
  });

  it("exposes Retry-After and the request id to browsers", () => {
    expect(CORS_HEADERS["access-control-expose-headers"]).toMatch(/retry-after/);
    expect(CORS_HEADERS["access-control-expose-headers"]).toMatch(/x-request-id/);
    expect(CORS_HEADERS["access-control-expose-headers"]).toMatch(/x-gateway-notes/);
  });
});
