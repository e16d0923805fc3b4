import { describe, expect, it } from "vitest";
import { readByteArray } from "./read-byte-array.ts";

const streamOf = (...chunks: number[][]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const chunk of chunks) c.enqueue(new Uint8Array(chunk));
      c.close();
    },
  });

describe("readByteArray", () => {
  it("the bytes of every chunk as a plain number[] (0–255), in order", async () => {
    const bytes = await readByteArray(streamOf([0, 1, 255], [128], [7, 8]), 6);
    expect(bytes).toEqual([0, 1, 255, 128, 7, 8]);
    expect(Array.isArray(bytes)).toBe(true);
    expect(JSON.stringify({ audio: bytes })).toBe('{"audio":[0,1,255,128,7,8]}');
  });

  it("a stream shorter than announced is trimmed, a longer one kept whole (no holes, no loss)", async () => {
    expect(await readByteArray(streamOf([1, 2]), 5)).toEqual([1, 2]);
    expect(await readByteArray(streamOf([1, 2], [3]), 2)).toEqual([1, 2, 3]);
  });
});
