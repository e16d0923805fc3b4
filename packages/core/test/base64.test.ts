import { describe, expect, it } from "vitest";
import { fromBase64, toBase64 } from "../src/base64.ts";

const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const reference = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(""));

describe("base64", () => {
  it("round-trips bytes, tolerating whitespace and missing padding, refusing non-base64", () => {
    const b64 = toBase64(PNG_SIGNATURE);
    expect(b64).toBe("iVBORw0KGgo=");
    expect(fromBase64(b64)).toEqual(PNG_SIGNATURE);
    expect(fromBase64(`${b64.slice(0, 5)}\n${b64.slice(5)}`)).toEqual(PNG_SIGNATURE);
    expect(fromBase64("aGk")).toEqual(Uint8Array.of(0x68, 0x69));
    expect(fromBase64("not base64!")).toBeUndefined();
    expect(fromBase64("a")).toBeUndefined();
  });

  it("encodes large inputs the same with or without the runtime's native encoder", () => {
    const bytes = new Uint8Array(100_001).map((_, i) => (i * 7919) & 0xff);
    expect(toBase64(bytes)).toBe(reference(bytes));
    const plain = new Uint8Array(bytes) as Uint8Array & { toBase64?: unknown };
    Object.defineProperty(plain, "toBase64", { value: undefined });
    expect(toBase64(plain)).toBe(reference(bytes));
    expect(fromBase64(reference(bytes))).toEqual(bytes);
  });
});
