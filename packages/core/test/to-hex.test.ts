import { describe, expect, it } from "vitest";
import { sha256Hex, toHex } from "../src/to-hex.ts";

async function subtleHex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

describe("sha256Hex (stored images' prompt digests, translate's cache and usage keys)", () => {
  it("is FIPS 180-4's SHA-256: the published vectors", async () => {
    expect(await sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(await sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("agrees with a plain crypto.subtle hex on every length around the block edges, and on non-ASCII text", async () => {
    const texts = Array.from({ length: 140 }, (_, n) => "a fox ".repeat(30).slice(0, n));
    texts.push("un renard roux sous la neige, 雪の中の狐 🦊", "x".repeat(5000));
    for (const text of texts) expect(await sha256Hex(text)).toBe(await subtleHex(text));
  });
});

describe("toHex", () => {
  it("writes two lowercase digits a byte, leading zeros kept", () => {
    expect(toHex(Uint8Array.of(0, 1, 15, 16, 171, 255))).toBe("00010f10abff");
    expect(toHex(new Uint8Array(0))).toBe("");
  });
});
