import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fresh, post } from "./post.ts";

afterEach(() => vi.restoreAllMocks());

describe("POST /translate/batch (Immersive Translate's Custom API)", () => {
  it("answers one translation per item, in order, with detected_source_lang", async () => {
    const res = await post("/translate/batch", {
      source_lang: "auto",
      target_lang: "zh-CN",
      text_list: ["The weather is nice today.", "", "Сегодня хорошая погода."],
    });
    expect(await res.json()).toEqual({
      translations: [
        { detected_source_lang: "en", text: "[zh] The weather is nice today." },
        { detected_source_lang: "zh", text: "" },
        { detected_source_lang: "ru", text: "[zh] Сегодня хорошая погода." },
      ],
    });
  });

  it("is served at /v1/translate/batch too", async () => {
    const res = await post("/v1/translate/batch", { source_lang: "en", target_lang: "de", text_list: ["Hi"] });
    expect(await res.json()).toEqual({ translations: [{ detected_source_lang: "en", text: "[de] Hi" }] });
  });

  it("keeps the order with at most 6 upstream calls in flight", async () => {
    let inFlight = 0;
    let peak = 0;
    vi.spyOn(env.AI, "run").mockImplementation(async (_model, inputs) => {
      peak = Math.max(peak, ++inFlight);
      // Later items answer first, so the order has to be restored.
      await new Promise((r) => setTimeout(r, 40 - Number(String(inputs.text).split(" ")[1]) * 2));
      inFlight--;
      return { translated_text: `[${inputs.target_lang}] ${inputs.text}` };
    });
    const tag = crypto.randomUUID().slice(0, 6);
    const list = Array.from({ length: 20 }, (_, i) => `Satz ${i} ${tag}`);
    const res = await post("/translate/batch", { source_lang: "de", target_lang: "en", text_list: list });
    const { translations } = (await res.json()) as { translations: { text: string }[] };
    expect(translations.map((t) => t.text)).toEqual(list.map((t) => `[en] ${t}`));
    expect(peak).toBe(6);
  });

  it("translates a repeated item once", async () => {
    const run = vi.spyOn(env.AI, "run");
    const text = fresh("Ein Absatz, der sich wiederholt");
    const res = await post("/translate/batch", { source_lang: "de", target_lang: "en", text_list: [text, text, text] });
    expect(((await res.json()) as { translations: unknown[] }).translations).toHaveLength(3);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("takes a bare-string text_list as a list of one (the extension's habit for a single text)", async () => {
    const res = await post("/translate/batch", { source_lang: "de", target_lang: "en", text_list: "Hallo" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ translations: [{ detected_source_lang: "de", text: "[en] Hallo" }] });
  });

  it("names a text_list that is neither a string nor a list of strings", async () => {
    const res = await post("/translate/batch", { source_lang: "de", target_lang: "en", text_list: [1] });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/text_list/);
  });

  it("keeps inline markup and Immersive Translate's placeholders in HTML-bearing paragraphs (m2m100)", async () => {
    const tag = crypto.randomUUID().slice(0, 6);
    const res = await post("/translate/batch", {
      source_lang: "en",
      target_lang: "zh-CN",
      text_list: [`Read <b0>the docs</b0> for {0} ${tag}`, `<a href="/x?a=1&amp;b=2">Home</a>&nbsp;page ${tag}`],
    });
    expect(await res.json()).toEqual({
      translations: [
        { detected_source_lang: "en", text: `[zh] Read <b0>[zh] the docs</b0> [zh] for {0} [zh] ${tag}` },
        { detected_source_lang: "en", text: `<a href="/x?a=1&amp;b=2">[zh] Home</a>&nbsp;[zh] page ${tag}` },
      ],
    });
  });
});
