import { describe, expect, it } from "vitest";
import { isOneOf } from "../src/is-one-of.ts";

const keys = ["sk-gw-0123456789", "other-key", "clé-ünïcode-🔑"];

describe("isOneOf", () => {
  it("accepts each configured key, the first, a middle one and the last", () => {
    for (const key of keys) expect(isOneOf(key, keys)).toBe(true);
  });

  it("refuses near misses of every key: a byte changed, a prefix, one byte more, zeros after it", () => {
    for (const key of keys) {
      expect(isOneOf(`${key.slice(0, -1)}x`, keys)).toBe(false);
      expect(isOneOf(key.slice(0, -1), keys)).toBe(false);
      expect(isOneOf(`${key}0`, keys)).toBe(false);
      expect(isOneOf(`${key}\0`, keys)).toBe(false);
    }
  });

  it("refuses a token longer than the padded width whose start is a key", () => {
    expect(isOneOf(`${keys[0]}${"\0".repeat(300)}`, keys)).toBe(false);
    expect(isOneOf("x".repeat(5000), keys)).toBe(false);
  });

  it("compares keys longer than 256 bytes, and one call does not leak into the next", () => {
    const long = ["k".repeat(1000), "short"];
    expect(isOneOf("k".repeat(1000), long)).toBe(true);
    expect(isOneOf("k".repeat(999), long)).toBe(false);
    expect(isOneOf("short", long)).toBe(true);
    expect(isOneOf("shor", long)).toBe(false);
  });

  it("refuses everything when no key is configured, and an empty token against a configured key", () => {
    expect(isOneOf("anything", [])).toBe(false);
    expect(isOneOf("", ["k"])).toBe(false);
  });
});
