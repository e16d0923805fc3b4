import { describe, expect, it } from "vitest";
import { isNotModified } from "../../src/storage/is-not-modified.ts";

const ETAG = '"abc"';
const UPLOADED = new Date("2026-11-27T10:00:00.500Z");
const check = (headers: Record<string, string>) => isNotModified(new Headers(headers), ETAG, UPLOADED);

describe("isNotModified", () => {
  it("matches If-None-Match weakly, in lists, and *", () => {
    expect(check({ "if-none-match": '"abc"' })).toBe(true);
    expect(check({ "if-none-match": 'W/"abc"' })).toBe(true);
    expect(check({ "if-none-match": '"x", "abc"' })).toBe(true);
    expect(check({ "if-none-match": "*" })).toBe(true);
    expect(check({ "if-none-match": '"x"' })).toBe(false);
  });

  it("compares If-Modified-Since to the second, and ignores it when If-None-Match is sent", () => {
    expect(check({ "if-modified-since": "Fri, 27 Nov 2026 10:00:00 GMT" })).toBe(true);
    expect(check({ "if-modified-since": "Fri, 27 Nov 2026 09:59:59 GMT" })).toBe(false);
    expect(check({ "if-modified-since": "garbage" })).toBe(false);
    expect(check({ "if-none-match": '"x"', "if-modified-since": "Fri, 27 Nov 2026 11:00:00 GMT" })).toBe(false);
    expect(check({})).toBe(false);
  });
});
