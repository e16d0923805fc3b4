import { describe, expect, it } from "vitest";
import type { Env } from "../../src/env.ts";
import { imageBucket } from "../../src/storage/image-bucket.ts";
import { imageUrl, publicBaseUrl } from "../../src/storage/image-url.ts";

const request = new Request("https://gateway.example/v1/images/generations");

describe("publicBaseUrl", () => {
  it("uses the request's origin, or PUBLIC_BASE_URL (with a path, without a trailing slash)", () => {
    expect(publicBaseUrl(request, undefined)).toBe("https://gateway.example");
    expect(publicBaseUrl(request, " ")).toBe("https://gateway.example");
    expect(publicBaseUrl(request, "https://img.example.com/")).toBe("https://img.example.com");
    expect(publicBaseUrl(request, "https://example.com/ai/")).toBe("https://example.com/ai");
    expect(imageUrl("https://img.example.com", "k.png")).toBe("https://img.example.com/file/k.png");
  });

  it("is a 500 naming the variable when it is not an http(s) URL", () => {
    for (const bad of ["img.example.com", "ftp://x"]) {
      expect(() => publicBaseUrl(request, bad)).toThrow(
        expect.objectContaining({ status: 500, code: "invalid_public_base_url" }),
      );
    }
  });
});

describe("imageBucket", () => {
  it("is a 500 saying how to bind R2 when the worker has no IMAGES bucket", () => {
    expect(() => imageBucket({} as Env)).toThrow(expect.objectContaining({ status: 500, code: "missing_r2_binding" }));
    const bucket = {} as R2Bucket;
    expect(imageBucket({ IMAGES: bucket } as Env)).toBe(bucket);
  });
});
