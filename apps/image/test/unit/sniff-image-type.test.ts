import { describe, expect, it } from "vitest";
import { sniffImageType } from "../../src/sniff-image-type.ts";
import { TINY_PNG } from "../helpers.ts";

describe("sniffImageType", () => {
  it("tells PNG, JPEG and WebP by their magic bytes, and nothing else", () => {
    expect(sniffImageType(TINY_PNG)).toBe("image/png");
    expect(sniffImageType(Uint8Array.of(0xff, 0xd8, 0xff, 0xdb))).toBe("image/jpeg");
    const webp = new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 ");
    expect(sniffImageType(webp)).toBe("image/webp");
    expect(sniffImageType(new TextEncoder().encode("GIF89a"))).toBeUndefined();
    expect(sniffImageType(new Uint8Array())).toBeUndefined();
  });
});
