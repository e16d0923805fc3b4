import { env, exports } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fresh, post } from "./post.ts";

afterEach(() => vi.restoreAllMocks());

const KEY = { authorization: "DeepL-Auth-Key sk-local-dev" };
const FORM = { ...KEY, "content-type": "application/x-www-form-urlencoded" };

describe("POST /v2/translate (DeepL API v2)", () => {
  it("translates a JSON text array in input order, codes in upper case", async () => {
    const res = await post(
      "/v2/translate",
      {
        text: [
          "Hello, world! How are you today?",
          "Das Wetter ist heute wirklich schön.",
          "Nous allons au parc demain matin.",
        ],
        target_lang: "ZH-HANS",
      },
      KEY,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      translations: [
        { detected_source_language: "EN", text: "[zh] Hello, world! How are you today?" },
        { detected_source_language: "DE", text: "[zh] Das Wetter ist heute wirklich schön." },
        { detected_source_language: "FR", text: "[zh] Nous allons au parc demain matin." },
      ],
    });
  });

  it("reads a form body with text repeated", async () => {
    const form = new URLSearchParams([
      ["text", "Guten Morgen"],
      ["text", "Gute Nacht"],
      ["source_lang", "DE"],
      ["target_lang", "EN-US"],
    ]);
    const res = await post("/v2/translate", form.toString(), FORM);
    expect(await res.json()).toEqual({
      translations: [
        { detected_source_language: "DE", text: "[en] Guten Morgen" },
        { detected_source_language: "DE", text: "[en] Gute Nacht" },
      ],
    });
  });

  it("reads a multipart form body", async () => {
    const form = new FormData();
    form.append("text", "Buenos días");
    form.append("text", "Buenas tardes");
    form.append("source_lang", "ES");
    form.append("target_lang", "FR");
    const res = await exports.default.fetch("http://w/v2/translate", { method: "POST", headers: KEY, body: form });
    expect(await res.json()).toEqual({
      translations: [
        { detected_source_language: "ES", text: "[fr] Buenos días" },
        { detected_source_language: "ES", text: "[fr] Buenas tardes" },
      ],
    });
  });

  it("maps NB to m2m100's no and reports NB back", async () => {
    const run = vi.spyOn(env.AI, "run");
    const res = await post("/v2/translate", { text: [fresh("Hei")], source_lang: "NB", target_lang: "DE" }, KEY);
    expect(await res.json()).toMatchObject({ translations: [{ detected_source_language: "NB" }] });
    expect(run.mock.calls[0]?.[1]).toMatchObject({ source_lang: "no", target_lang: "de" });
  });

  it("counts billed characters when asked", async () => {
    const res = await post(
      "/v2/translate",
      { text: ["Grüße"], source_lang: "DE", target_lang: "EN", show_billed_characters: true },
      KEY,
    );
    expect(await res.json()).toEqual({
      translations: [{ detected_source_language: "DE", text: "[en] Grüße", billed_characters: 5 }],
    });
  });

  it("answers a missing key with DeepL's 403", async () => {
    const res = await exports.default.fetch("http://w/v2/translate", { method: "POST", body: "{}" });
    expect(res.status).toBe(403);
  });

  it("names a missing target_lang in DeepL's error shape", async () => {
    const res = await post("/v2/translate", { text: ["Hallo"] }, KEY);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ message: "Missing required parameter: 'target_lang'." });
  });

  it("refuses a missing text", async () => {
    const res = await post("/v2/translate", { target_lang: "DE" }, KEY);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ message: "Missing required parameter: 'text'." });
  });

  it("answers an unknown glossary with 404 naming glossary_id", async () => {
    const res = await post(
      "/v2/translate",
      { text: ["Hallo"], source_lang: "DE", target_lang: "EN", glossary_id: "g1" },
      KEY,
    );
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: "Glossary not found: g1" });
  });

  it("answers the daily allocation (4006) with DeepL's quota status 456", async () => {
    const res = await post(
      "/v2/translate",
      { text: [fresh("Hallo #fault:4006")], source_lang: "DE", target_lang: "EN" },
      KEY,
    );
    expect(res.status).toBe(456);
    expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("keeps capacity errors (3040) a 429", async () => {
    const res = await post(
      "/v2/translate",
      { text: [fresh("Hallo #fault:3040")], source_lang: "DE", target_lang: "EN" },
      KEY,
    );
    expect(res.status).toBe(429);
  });

  it("uses the whole request to place a text too short to detect alone", async () => {
    const res = await post(
      "/v2/translate",
      { text: ["Ja", "Das ist ein ganz normaler deutscher Satz über das Wetter."], target_lang: "EN" },
      KEY,
    );
    const { translations } = (await res.json()) as { translations: { detected_source_language: string }[] };
    expect(translations.map((t) => t.detected_source_language)).toEqual(["DE", "DE"]);
  });

  it("notes a traditional Chinese target it cannot guarantee", async () => {
    const res = await post(
      "/v2/translate",
      { text: ["Guten Morgen"], source_lang: "DE", target_lang: "ZH-HANT", formality: "more" },
      KEY,
    );
    expect(res.headers.get("x-gateway-notes")).toBe(
      "engine m2m100 (@cf/meta/m2m100-1.2b); " +
        "target_lang ZH-HANT: m2m100 has a single Chinese (zh); the script of its output is not guaranteed to be traditional; " +
        "ignored by the m2m100 engine (ask for model_type quality_optimized or ?engine=llm): formality",
    );
  });
});
