import { describe, expect, it } from "vitest";
import { toBase64Float32 } from "./to-base64-float32.ts";

describe("toBase64Float32", () => {
  it("encodes little-endian float32, as the OpenAI SDKs decode it", () => {
    // 1.0f is 00 00 80 3f little-endian; -2.0f is 00 00 00 c0.
    expect(toBase64Float32([1, -2])).toBe(btoa(String.fromCharCode(0, 0, 0x80, 0x3f, 0, 0, 0, 0xc0)));
  });

  it("matches a Float32Array's own bytes for every padding length", () => {
    for (const length of [1, 2, 3, 5, 384]) {
      const values = Array.from({ length }, (_, i) => Math.sin(i + 1) / 3);
      const bytes = new Uint8Array(new Float32Array(values).buffer);
      expect(toBase64Float32(values)).toBe(btoa(String.fromCharCode(...bytes)));
    }
  });
});
