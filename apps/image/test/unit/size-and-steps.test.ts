import { describe, expect, it } from "vitest";
import { toSize } from "../../src/to-size.ts";
import { toSteps } from "../../src/to-steps.ts";
import { FLUX2, KLEIN, KLEIN9, LIGHTNING, LUCID, PHOENIX, SCHNELL, SDXL } from "./models.ts";

describe("toSize", () => {
  it("maps WxH to width and height, and auto or nothing to the model's default", () => {
    expect(toSize(SDXL, "1024x768")).toEqual({ width: 1024, height: 768 });
    expect(toSize(PHOENIX, "1792x1024")).toEqual({ width: 1792, height: 1024 });
    expect(toSize(SDXL, "auto")).toBeUndefined();
    expect(toSize(SDXL, null)).toBeUndefined();
  });

  it("sends no size to flux-1-schnell, which makes 1024x1024 only, and refuses any other", () => {
    expect(toSize(SCHNELL, "1024x1024")).toBeUndefined();
    expect(() => toSize(SCHNELL, "1792x1024")).toThrow(/1024x1024 images only/);
  });

  it("refuses malformed sizes, sizes out of range and SD sides that are not multiples of 8", () => {
    for (const size of ["1024", "1024X1024", "-5x5", "1024x1024x3"]) {
      expect(() => toSize(SDXL, size), size).toThrow(expect.objectContaining({ status: 400, param: "size" }));
    }
    expect(() => toSize(SDXL, "128x128")).toThrow(/from 256 to 2048/);
    expect(() => toSize(SDXL, "2056x1024")).toThrow(/from 256 to 2048/);
    expect(() => toSize(SDXL, "1020x1024")).toThrow(/multiples of 8/);
    expect(() => toSize(SDXL, "1", "messages")).toThrow(expect.objectContaining({ param: "messages" }));
  });

  it("keeps FLUX.2 within 256–1920 a side (changelog 2025-11-25), lucid-origin within 2500", () => {
    for (const flux2 of [FLUX2, KLEIN, KLEIN9]) {
      expect(toSize(flux2, "1920x256")).toEqual({ width: 1920, height: 256 });
      expect(() => toSize(flux2, "2048x1024")).toThrow(
        expect.objectContaining({ status: 400, param: "size", code: "invalid_size" }),
      );
      expect(() => toSize(flux2, "1024x128")).toThrow(/from 256 to 1920/);
    }
    expect(toSize(LUCID, "2500x1120")).toEqual({ width: 2500, height: 1120 });
    expect(() => toSize(LUCID, "2504x1120")).toThrow(/to 2500/);
  });
});

describe("toSteps", () => {
  it("maps quality within each model's cap (SD 20, flux-1-schnell 8)", () => {
    expect([
      toSteps(SDXL, "low", undefined),
      toSteps(SDXL, "standard", undefined),
      toSteps(SDXL, "hd", undefined),
    ]).toEqual([10, 20, 20]);
    expect([
      toSteps(LIGHTNING, "low", undefined),
      toSteps(LIGHTNING, null, undefined),
      toSteps(LIGHTNING, "high", undefined),
    ]).toEqual([4, 8, 20]);
    expect([
      toSteps(SCHNELL, "low", undefined),
      toSteps(SCHNELL, "auto", undefined),
      toSteps(SCHNELL, "hd", undefined),
    ]).toEqual([2, 4, 8]);
  });

  it("lets an explicit steps win, up to the cap", () => {
    expect(toSteps(SDXL, "hd", 5)).toBe(5);
    expect(() => toSteps(SCHNELL, undefined, 9)).toThrow(expect.objectContaining({ param: "steps" }));
  });

  it("sends no steps to FLUX.2 klein (fixed at 4) and refuses another count", () => {
    expect(toSteps(KLEIN, "hd", undefined)).toBeUndefined();
    expect(toSteps(KLEIN, undefined, 4)).toBeUndefined();
    expect(() => toSteps(KLEIN, undefined, 8)).toThrow(/fixed 4 steps/);
  });
});
