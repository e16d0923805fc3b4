import { describe, expect, it } from "vitest";
import { SlabEncoder } from "./slab-encoder.ts";

describe("SlabEncoder", () => {
  it("encodes as TextEncoder does, each chunk its own bytes that later chunks leave untouched", () => {
    const slab = new SlabEncoder();
    const texts = ["data: héllo 🦊\n\n", "", "x".repeat(5000), "data: [DONE]\n\n", "ü".repeat(3000)];
    const chunks = texts.map((text) => slab.encode(text));
    expect(chunks).toEqual(texts.map((text) => new TextEncoder().encode(text)));
  });

  it("takes a new slab when a consumer detached the old one", () => {
    const slab = new SlabEncoder();
    const first = slab.encode("abc");
    structuredClone(first.buffer, { transfer: [first.buffer] }); // detaches it
    expect(first.buffer.byteLength).toBe(0);
    expect(new TextDecoder().decode(slab.encode("def"))).toBe("def");
  });
});
