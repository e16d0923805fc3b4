import { describe, expect, it } from "vitest";
import { fresh, post } from "./post.ts";

// The same failure as m2m100-error-answer.test.ts, produced by the emulator itself (`#fault:m2m100-error`: a 200
// whose `translated_text` starts with `ERROR`), so the whole path runs over the emulator's real binding.
describe("m2m100 answering ERROR inside a 200, on the emulator", () => {
  it("is a DeepLX-shaped 502, and the next identical request is not served from a cache", async () => {
    const text = fresh("Der Himmel ist blau #fault:m2m100-error");
    for (let i = 0; i < 2; i++) {
      const res = await post("/translate", { text, source_lang: "de", target_lang: "en" });
      expect(res.status).toBe(502);
      const body = (await res.json()) as { code: number; message: string };
      expect(body.code).toBe(502);
      expect(body.message).toMatch(/m2m100 answered with an error/);
    }
  });

  it("is a DeepL-shaped 502 on /v2/translate", async () => {
    const res = await post("/v2/translate", {
      text: [fresh("Der Himmel ist blau #fault:m2m100-error")],
      source_lang: "DE",
      target_lang: "EN",
    });
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ message: expect.stringMatching(/m2m100 answered with an error/) });
  });
});
