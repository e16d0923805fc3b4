import { describe, expect, it } from "vitest";
import { encodeBase64 } from "./encode-base64.ts";

/** A stream of `bytes` cut into chunks of the given sizes, as a network body arrives. */
function chunked(bytes: Uint8Array, sizes: number[]): ReadableStream<Uint8Array> {
  let at = 0;
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      const size = sizes[i++ % sizes.length] ?? 1;
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

const bytes = Uint8Array.from({ length: 2_000_003 }, (_, i) => (i * 7919) % 256);

/** The reference: one binary string of the whole input, then `btoa`. */
const reference = (b: Uint8Array) => btoa(Array.from(b, (x) => String.fromCharCode(x)).join(""));

describe("encodeBase64", () => {
  const encode = encodeBase64;
  it("gives the same text as encoding the whole file at once, whatever the chunk sizes", async () => {
    const expected = reference(bytes);
    for (const sizes of [[65_536], [49_153, 7], [2_000_003], [4_096], [786_431, 2]]) {
      expect(await encode(chunked(bytes, sizes))).toBe(expected);
    }
    const small = bytes.subarray(0, 3_001);
    for (const sizes of [[1], [2, 5]]) expect(await encode(chunked(small, sizes))).toBe(reference(small));
  });

  it("pads the last group as base64 does", async () => {
    expect(await encode(chunked(new TextEncoder().encode("ab"), [1]))).toBe("YWI=");
    expect(await encode(chunked(new TextEncoder().encode("abcd"), [3]))).toBe("YWJjZA==");
  });
});
