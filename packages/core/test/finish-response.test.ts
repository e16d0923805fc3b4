import { describe, expect, it } from "vitest";
import { finishResponse } from "../src/finish-response.ts";

describe("finishResponse", () => {
  it("adds CORS and the request id in place to a response the worker built", async () => {
    const own = Response.json({ ok: true }, { status: 201, headers: { "x-gateway-notes": "a note" } });
    const out = finishResponse(own, "req-1");
    expect(out).toBe(own);
    expect(out.status).toBe(201);
    expect(out.headers.get("access-control-allow-origin")).toBe("*");
    expect(out.headers.get("access-control-expose-headers")).toContain("x-request-id");
    expect(out.headers.get("x-request-id")).toBe("req-1");
    expect(out.headers.get("x-gateway-notes")).toBe("a note");
    expect(await out.json()).toEqual({ ok: true });
  });

  it("keeps a request id the response already carries", () => {
    const out = finishResponse(new Response("x", { headers: { "x-request-id": "upstream-id" } }), "req-1");
    expect(out.headers.get("x-request-id")).toBe("upstream-id");
  });

  it("re-wraps a response whose headers are immutable, keeping status, headers and body", async () => {
    const fetched = Response.redirect("https://gw.example/elsewhere", 307); // immutable headers, as from fetch
    expect(() => fetched.headers.set("x-probe", "1")).toThrow(TypeError);
    const out = finishResponse(fetched, "req-2");
    expect(out).not.toBe(fetched);
    expect(out.status).toBe(307);
    expect(out.headers.get("location")).toBe("https://gw.example/elsewhere");
    expect(out.headers.get("access-control-allow-origin")).toBe("*");
    expect(out.headers.get("x-request-id")).toBe("req-2");
  });
});
