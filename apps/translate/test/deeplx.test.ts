import { env, exports } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fresh, post } from "./post.ts";

afterEach(() => vi.restoreAllMocks());

describe("POST /translate (DeepLX)", () => {
  it("answers DeepLX's shape, with the detected source in upper case", async () => {
    const text = fresh("Le chat dort sur le canapé depuis ce matin.");
    const res = await post("/translate", { text, source_lang: "auto", target_lang: "ZH" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      code: 200,
      id: expect.any(Number),
      data: `[zh] ${text}`,
      alternatives: [],
      source_lang: "FR",
      target_lang: "ZH",
      method: "Free",
    });
  });

  it("echoes a given source_lang as sent and passes m2m100 its own codes", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await post("/translate", { text: fresh("Hello there"), source_lang: "en", target_lang: "pt-BR" });
    const body = (await res.json()) as { source_lang: string; target_lang: string };
    expect([body.source_lang, body.target_lang]).toEqual(["en", "pt-BR"]);
    expect(run.mock.calls[0]?.[1]).toMatchObject({ source_lang: "en", target_lang: "pt" });
  });

  it.each([
    ["?token=", "/translate?token=sk-local-dev", {}],
    ["?password= (the original guide's URL)", "/translate?password=sk-local-dev", {}],
    ["Authorization: Bearer", "/translate", { authorization: "Bearer sk-local-dev" }],
    ["Authorization: DeepL-Auth-Key", "/translate", { authorization: "DeepL-Auth-Key sk-local-dev" }],
  ])("accepts the key as %s", async (_, path, headers) => {
    const res = await post(
      path,
      { text: "Guten Morgen, wie geht es dir?", source_lang: "DE", target_lang: "EN" },
      headers,
    );
    expect(res.status).toBe(200);
  });

  it("refuses a wrong Bearer key with DeepLX's 401 shape", async () => {
    const res = await post("/translate", { text: "x", target_lang: "EN" }, { authorization: "Bearer nope" });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 401, message: "Incorrect API key provided." });
  });

  it("serves the DeepLX Pro path /v1/translate the same way", async () => {
    const res = await post("/v1/translate", { text: "Bonjour à tous, merci d'être venus.", target_lang: "en" });
    expect(await res.json()).toMatchObject({
      code: 200,
      data: "[en] Bonjour à tous, merci d'être venus.",
      source_lang: "FR",
    });
  });

  it("answers the original guide's request shape (no source_lang)", async () => {
    const res = await post("/translate?password=sk-local-dev", { text: "Привет, как у тебя дела?", target_lang: "zh" });
    expect(await res.json()).toMatchObject({ code: 200, alternatives: [], data: "[zh] Привет, как у тебя дела?" });
  });

  it("translates each paragraph and keeps the breaks", async () => {
    const run = vi.spyOn(env.AI, "run");
    const text = "Erster Absatz hier.\n\n  Zweiter Absatz, eingerückt.\r\nDritte Zeile\n\n---\n";
    const res = await post("/translate", { text, source_lang: "de", target_lang: "en" });
    const { data } = (await res.json()) as { data: string };
    expect(data).toBe("[en] Erster Absatz hier.\n\n  [en] Zweiter Absatz, eingerückt.\r\n[en] Dritte Zeile\n\n---\n");
    expect(run.mock.calls.map((c) => c[1].text)).toEqual(
      expect.arrayContaining(["Erster Absatz hier.", "Zweiter Absatz, eingerückt.", "Dritte Zeile"]),
    );
  });

  it("answers a text already in the target language without an inference", async () => {
    const run = vi.spyOn(env.AI, "run");
    const text = "This sentence is already written in English.";
    const res = await post("/translate", { text, source_lang: "auto", target_lang: "EN-GB" });
    expect(await res.json()).toMatchObject({ data: text, source_lang: "EN" });
    expect(run).not.toHaveBeenCalled();
  });

  it.each([[{ target_lang: "EN" }], [{ text: "", target_lang: "EN" }]])(
    "answers a missing or empty text with DeepLX's 404 (%j)",
    async (body) => {
      const res = await post("/translate", body);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ code: 404, message: "No text to translate" });
    },
  );

  it("names a missing target_lang", async () => {
    const res = await post("/translate", { text: "Hallo Welt" });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 400, message: "Missing required parameter: 'target_lang'." });
  });

  it("names an unsupported language (400)", async () => {
    const res = await post("/translate", { text: "Hallo", source_lang: "DE", target_lang: "EO" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/^Unsupported target_lang: "EO"/);
  });

  it("asks for source_lang when the language cannot be detected, never assumes English", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await post("/translate", { text: "Hola", source_lang: "auto", target_lang: "DE" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(
      /Could not detect the source language.*Set source_lang/,
    );
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a body over the size cap with 413", async () => {
    const res = await post("/translate", { text: "a".repeat(140_000), source_lang: "en", target_lang: "de" });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 413 });
  });

  it("refuses more distinct lines than MAX_SEGMENTS (100) with 413, before any inference", async () => {
    const run = vi.spyOn(env.AI, "run");
    const text = Array.from({ length: 101 }, (_, i) => `Zeile ${i}`).join("\n");
    const res = await post("/translate", { text, source_lang: "de", target_lang: "en" });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { message: string }).message).toMatch(/101 distinct lines.*at most 100/);
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a tag_handling DeepLX does not know", async () => {
    const res = await post("/translate", { text: "Hallo", target_lang: "en", tag_handling: "markdown" });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      code: 400,
      message: "Invalid 'tag_handling': tag_handling must be html or xml",
    });
  });

  it("retries a capacity error (3040) briefly, then succeeds", async () => {
    const run = vi.spyOn(env.AI, "run");
    run.mockRejectedValueOnce(new Error("3040: Capacity temporarily exceeded, please try again."));
    const res = await post("/translate", { text: fresh("Buenos días a todos"), source_lang: "es", target_lang: "en" });
    expect(res.status).toBe(200);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("gives up after a bounded retry with a DeepLX-shaped 429 and Retry-After", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await post("/translate", { text: fresh("Bonjour #fault:3040"), source_lang: "fr", target_lang: "en" });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("3");
    expect(await res.json()).toEqual({ code: 429, message: expect.stringContaining("3040") });
    expect(run).toHaveBeenCalledTimes(3);
  });

  it("does not retry the daily allocation (4006): 429 until midnight", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await post("/translate", { text: fresh("Hallo #fault:4006"), source_lang: "de", target_lang: "en" });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("says which engine served, and keeps HTML tags around the translated words (m2m100)", async () => {
    const run = vi.spyOn(env.AI, "run");
    const word = fresh("Hallo");
    const res = await post("/translate", {
      text: `<b>${word}</b> &amp; <a href="https://example.com/x?a=1&amp;b=2">Welt</a>`,
      source_lang: "de",
      target_lang: "en",
      tag_handling: "html",
    });
    expect(res.headers.get("x-gateway-notes")).toBe("engine m2m100 (@cf/meta/m2m100-1.2b)");
    expect(((await res.json()) as { data: string }).data).toBe(
      `<b>[en] ${word}</b> &amp; <a href="https://example.com/x?a=1&amp;b=2">[en] Welt</a>`,
    );
    expect(run.mock.calls.map((c) => c[1].text).sort()).toEqual(["Welt", word].sort());
  });

  it("still names fields it cannot honour", async () => {
    const res = await post("/translate", {
      text: fresh("Hallo Welt"),
      source_lang: "de",
      target_lang: "en",
      quality: "x",
    });
    expect(res.headers.get("x-gateway-notes")).toBe(
      "engine m2m100 (@cf/meta/m2m100-1.2b); ignored (m2m100 has no such option): quality",
    );
  });

  it("answers unknown /translate paths in DeepLX's shape", async () => {
    const res = await exports.default.fetch("http://w/translate/nope?token=sk-local-dev", { method: "POST" });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 404 });
  });
});
