import { describe, expect, it } from "vitest";
import { fromBase64, toBase64 } from "../../src/base64.ts";
import { sniffImageType } from "../../src/sniff-image-type.ts";
import { TINY_PNG } from "../helpers.ts";

describe("base64 and sniffing", () => {
  it("round-trips bytes, tolerating whitespace and missing padding, refusing non-base64", () => {
    const b64 = toBase64(TINY_PNG);
    expect(b64.startsWith("iVBORw0KGgo")).toBe(true);
    expect(fromBase64(b64)).toEqual(TINY_PNG);
    expect(fromBase64(`${b64.slice(0, 20)}\n${b64.slice(20)}`)).toEqual(TINY_PNG);
    expect(fromBase64("aGk")).toEqual(Uint8Array.of(0x68, 0x69));
    expect(fromBase64("not base64!")).toBeUndefined();
    expect(fromBase64("a")).toBeUndefined();
  });

  it("tells PNG, JPEG and WebP by their magic bytes, and nothing else", () => {
    expect(sniffImageType(TINY_PNG)).toBe("image/png");
    expect(sniffImageType(Uint8Array.of(0xff, 0xd8, 0xff, 0xdb))).toBe("image/jpeg");
    const webp = new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 ");
    expect(sniffImageType(webp)).toBe("image/webp");
    expect(sniffImageType(new TextEncoder().encode("GIF89a"))).toBeUndefined();
    expect(sniffImageType(new Uint8Array())).toBeUndefined();
  });
});
