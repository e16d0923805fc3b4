import { describe, expect, it } from "vitest";
import { readPng } from "../../src/mask/read-png.ts";
import { toInpaintingMask } from "../../src/mask/to-inpainting-mask.ts";
import { TINY_PNG } from "../helpers.ts";
import { png } from "../png-fixture.ts";

describe("toInpaintingMask", () => {
  it("turns OpenAI's transparent pixels into Workers AI's white, the rest black", async () => {
    // 2×2 RGBA: row 0 (filter None) transparent then opaque; row 1 (filter Up) opaque then transparent.
    const row0 = [0, 0, 0, 0, 0, 10, 20, 30, 255];
    const row1 = [2, 10, 20, 30, 255, 246, 236, 226, 1]; // Up: (10,20,30,255)-(0,0,0,0), (0,0,0,0)-(10,20,30,255)
    const mask = await toInpaintingMask(await png(2, 2, 6, [row0, row1]));
    const decoded = await readPng(mask);
    expect(decoded).toMatchObject({ width: 2, height: 2, channels: 1, depth: 8 });
    expect([...(decoded?.samples ?? [])]).toEqual([255, 0, 0, 255]);
  });

  it("passes a mask without alpha through (already white = repaint)", async () => {
    expect(await toInpaintingMask(TINY_PNG)).toBe(TINY_PNG);
  });

  it("refuses a PNG it cannot read, with param mask", async () => {
    const broken = TINY_PNG.slice(0, 20);
    await expect(toInpaintingMask(broken)).rejects.toMatchObject({ status: 400, param: "mask" });
  });
});
