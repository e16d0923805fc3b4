import { describe, expect, it } from "vitest";
import { toGeneratedImage } from "../../src/upstream/to-generated-image.ts";
import { TINY_PNG } from "../helpers.ts";

// flux-1-schnell's wire answer (reference §2.4): `{"image": "<base64 JPEG>"}`; this is the start of a real
// baseline JPEG (SOI, APP0 JFIF), enough for the sniffer.
const FLUX_JSON = { image: "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDA==" };

describe("toGeneratedImage", () => {
  it("reads the SD family's PNG stream (the binding hands over the body)", async () => {
    const stream = new Response(TINY_PNG).body;
    const image = await toGeneratedImage(stream, "@cf/lykon/dreamshaper-8-lcm");
    expect(image).toEqual({ bytes: TINY_PNG, contentType: "image/png" });
  });

  it("reads bytes and Responses too (REST and raw responses)", async () => {
    expect((await toGeneratedImage(TINY_PNG, "m")).contentType).toBe("image/png");
    expect((await toGeneratedImage(TINY_PNG.buffer, "m")).contentType).toBe("image/png");
    expect((await toGeneratedImage(new Response(TINY_PNG), "m")).bytes).toEqual(TINY_PNG);
  });

  it("reads flux's {image: base64} as JPEG and keeps the base64 for b64_json", async () => {
    const image = await toGeneratedImage(FLUX_JSON, "@cf/black-forest-labs/flux-1-schnell");
    expect(image.contentType).toBe("image/jpeg");
    expect(image.base64).toBe(FLUX_JSON.image);
    expect([...image.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  });

  it("is a 502 upstream_error for anything that is not an image", async () => {
    for (const output of [{ image: "bm90IGFuIGltYWdl" }, { image: "%%%" }, { response: "hi" }, "text", null]) {
      await expect(toGeneratedImage(output, "m")).rejects.toMatchObject({ status: 502, type: "upstream_error" });
    }
  });
});
