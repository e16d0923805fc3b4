import { describe, expect, it } from "vitest";
import { requestIdOf } from "../src/request-id.ts";

const request = (headers: Record<string, string> = {}) => new Request("https://gw.example/", { headers });

describe("requestIdOf", () => {
  it("keeps a sane x-request-id or cf-ray the client sent", () => {
    expect(requestIdOf(request({ "x-request-id": "abc-123" }))).toBe("abc-123");
    expect(requestIdOf(request({ "cf-ray": "8f1e2d3c4b5a6978-LHR" }))).toBe("8f1e2d3c4b5a6978-LHR");
  });

  it("makes a new id for a missing or unsafe one", () => {
    expect(requestIdOf(request({ "x-request-id": "no spaces <allowed>" }))).toMatch(/^req_[0-9a-f]{32}$/);
  });

  it("makes distinct ids, across refills of the random pool", () => {
    const ids = Array.from({ length: 1000 }, () => requestIdOf(request()));
    for (const id of ids) expect(id).toMatch(/^req_[0-9a-f]{32}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
