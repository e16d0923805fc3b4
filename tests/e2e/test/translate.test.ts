import { describe, expect, it } from "vitest";
import { GATEWAY_URL } from "./gateway-client.ts";

/** What Immersive Translate's DeepLX service sends: JSON, the key in the URL, an extension origin. */
const immersive = (path: string, body: unknown) =>
  fetch(`${GATEWAY_URL}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "chrome-extension://bpoadfkcbjbfhfodiogcnhhhpibjhbnh" },
    body: JSON.stringify(body),
  });

describe("the translate worker through the router", () => {
  it("answers Immersive Translate's DeepLX request at /translate?token=", async () => {
    const res = await immersive("/translate?token=sk-local-dev", {
      text: "Der schnelle braune Fuchs springt über den faulen Hund.",
      source_lang: "auto",
      target_lang: "zh-CN",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(await res.json()).toMatchObject({
      code: 200,
      data: "[zh] Der schnelle braune Fuchs springt über den faulen Hund.",
      source_lang: "DE",
      target_lang: "zh-CN",
      alternatives: [],
    });
  });

  it("keeps the original guide's /translate?password= URL working", async () => {
    const res = await immersive("/translate?password=sk-local-dev", {
      text: "Bonjour tout le monde, ça va ?",
      target_lang: "EN",
    });
    expect(await res.json()).toMatchObject({
      code: 200,
      source_lang: "FR",
      data: "[en] Bonjour tout le monde, ça va ?",
    });
  });

  it("answers Immersive Translate's Custom API batch at /translate/batch", async () => {
    const res = await immersive("/translate/batch?token=sk-local-dev", {
      source_lang: "auto",
      target_lang: "zh-TW",
      text_list: [
        "Первый абзац страницы.",
        "Второй абзац страницы.",
        "Please keep {0} and the <b0>bold</b0> text intact.",
      ],
    });
    expect(res.headers.get("x-gateway-notes")).toMatch(/single Chinese/);
    expect(await res.json()).toEqual({
      translations: [
        { detected_source_lang: "ru", text: "[zh] Первый абзац страницы." },
        { detected_source_lang: "ru", text: "[zh] Второй абзац страницы." },
        // m2m100 translates the runs between the placeholders and tags, which come back as they were sent.
        {
          detected_source_lang: "en",
          text: "[zh] Please keep {0} [zh] and the <b0>[zh] bold</b0> [zh] text intact.",
        },
      ],
    });
  });

  it("answers a DeepL client's form request at /v2/translate", async () => {
    const res = await fetch(`${GATEWAY_URL}/v2/translate`, {
      method: "POST",
      headers: { authorization: "DeepL-Auth-Key sk-local-dev", "content-type": "application/x-www-form-urlencoded" },
      body: "text=Hola%2C%20%C2%BFc%C3%B3mo%20est%C3%A1s%20hoy%3F&text=Buenas%20noches&source_lang=ES&target_lang=EN-US",
    });
    expect(await res.json()).toEqual({
      translations: [
        { detected_source_language: "ES", text: "[en] Hola, ¿cómo estás hoy?" },
        { detected_source_language: "ES", text: "[en] Buenas noches" },
      ],
    });
  });

  it("answers errors in each protocol's shape", async () => {
    const deeplx = await immersive("/translate?token=wrong", { text: "x", target_lang: "EN" });
    expect([deeplx.status, await deeplx.json()]).toEqual([401, { code: 401, message: "Incorrect API key provided." }]);
    const deepl = await fetch(`${GATEWAY_URL}/v2/translate`, { method: "POST", body: "{}" });
    expect(deepl.status).toBe(403);
    const capacity = await immersive("/translate?token=sk-local-dev", {
      text: "Hallo #fault:3040",
      source_lang: "DE",
      target_lang: "EN",
    });
    expect(capacity.status).toBe(429);
    expect(await capacity.json()).toMatchObject({ code: 429 });
  });

  it("lists the translation models", async () => {
    const res = await fetch(`${GATEWAY_URL}/v1/models`, { headers: { authorization: "Bearer sk-local-dev" } });
    const { data } = (await res.json()) as { data: { id: string }[] };
    expect(data.map((m) => m.id)).toContain("@cf/meta/m2m100-1.2b");
  });
});
