import { describe, expect, it } from "vitest";
import { MemoryCache } from "../src/translate/memory-cache.ts";

describe("MemoryCache", () => {
  it("evicts the least recently used entry past its size", () => {
    const cache = new MemoryCache(2);
    cache.set("a", "1", 60);
    cache.set("b", "2", 60);
    expect(cache.get("a")).toBe("1"); // a is now the most recent
    cache.set("c", "3", 60);
    expect([cache.get("a"), cache.get("b"), cache.get("c"), cache.size]).toEqual(["1", undefined, "3", 2]);
  });

  it("forgets an entry once its time to live has passed", () => {
    let now = 0;
    const cache = new MemoryCache(10, () => now);
    cache.set("a", "1", 5);
    now = 4_999;
    expect(cache.get("a")).toBe("1");
    now = 5_000;
    expect(cache.get("a")).toBeUndefined();
  });
});
