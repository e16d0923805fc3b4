import { describe, expect, it } from "vitest";
import { FILE_KEY } from "../../src/storage/file-key.ts";
import { randomId } from "../../src/storage/store-image.ts";

describe("randomId (a stored image's key)", () => {
  it("is 22 base64url characters, 128 bits, a fresh one each time", () => {
    const ids = Array.from({ length: 2000 }, randomId);
    for (const id of ids) expect(`${id}.png`).toMatch(FILE_KEY);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.map((id) => id[21]))).toEqual(new Set(["A", "Q", "g", "w"]));
  });
});
