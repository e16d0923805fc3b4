import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cacheVariant } from "../src/translate/cache-variant.ts";
import { cacheUrl } from "../src/translate/translation-cache.ts";
import { fresh, post } from "./post.ts";

afterEach(() => vi.restoreAllMocks());

const MODEL = "@cf/meta/m2m100-1.2b";
/**
 * m2m100's failure inside a 200, as the binding hands it over: `{translated_text: "ERROR..."}`. Callers in the wild
 * (jianchang512/translate-api `index.js`) test only the `ERROR` prefix; the text after it is not published.
 */
const ERROR_ANSWER = { translated_text: "ERROR: translation failed" };

/** `env.AI.run` answering each call in turn from `answers` (the last one repeated), counting the calls. */
function answer(...answers: unknown[]) {
  let calls = 0;
  const run = vi.spyOn(env.AI, "run").mockImplementation(async () => {
    const next = answers[Math.min(calls++, answers.length - 1)];
    return next;
  });
  return run;
}

const settle = () => new Promise((r) => setTimeout(r, 50)); // cache writes run in waitUntil

describe("m2m100 answering ERROR inside a 200", () => {
  it("retries once and serves the translation that follows, caching only it", async () => {
    const text = fresh("Der Himmel ist blau");
    const run = answer(ERROR_ANSWER, { translated_text: "The sky is blue" });
    const res = await post("/translate", { text, source_lang: "de", target_lang: "en" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ code: 200, data: "The sky is blue" });
    expect(run).toHaveBeenCalledTimes(2);
    expect(run.mock.calls.map((call) => call[1])).toEqual([
      { text, source_lang: "de", target_lang: "en" },
      { text, source_lang: "de", target_lang: "en" },
    ]);
    await settle();
    const cached = await caches.default.match(
      await cacheUrl({ scope: "", model: cacheVariant("m2m100", MODEL), source: "de", target: "en", text }),
    );
    expect(await cached?.text()).toBe("The sky is blue");
    const again = await post("/translate", { text, source_lang: "de", target_lang: "en" });
    expect(await again.json()).toMatchObject({ data: "The sky is blue" });
    expect(run).toHaveBeenCalledTimes(2); // from the cache
  });

  it("is a DeepLX-shaped 502 after a second ERROR, cached nowhere: the next request asks the model again", async () => {
    const text = fresh("Der Himmel ist grau");
    const run = answer(ERROR_ANSWER);
    const res = await post("/translate", { text, source_lang: "de", target_lang: "en" });
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({
      code: 502,
      message: 'Workers AI\'s m2m100 answered with an error in place of a translation: "ERROR: translation failed".',
    });
    expect(run).toHaveBeenCalledTimes(2);
    await settle();
    expect(
      await caches.default.match(
        await cacheUrl({ scope: "", model: cacheVariant("m2m100", MODEL), source: "de", target: "en", text }),
      ),
    ).toBeUndefined();
    run.mockResolvedValue({ translated_text: "The sky is grey" });
    const next = await post("/translate", { text, source_lang: "de", target_lang: "en" });
    expect(await next.json()).toMatchObject({ code: 200, data: "The sky is grey" });
    expect(run).toHaveBeenCalledTimes(3);
  });

  it("is a DeepL-shaped 502 on /v2/translate", async () => {
    answer(ERROR_ANSWER);
    const res = await post("/v2/translate", { text: [fresh("Hallo Welt")], source_lang: "DE", target_lang: "EN" });
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({
      message: 'Workers AI\'s m2m100 answered with an error in place of a translation: "ERROR: translation failed".',
    });
  });

  it("is a 502 for the whole batch on /translate/batch, never an ERROR text in the list", async () => {
    vi.spyOn(env.AI, "run").mockImplementation(async (_model, inputs) =>
      String(inputs.text).startsWith("Zwei") ? ERROR_ANSWER : { translated_text: `[en] ${inputs.text}` },
    );
    const res = await post("/translate/batch", {
      source_lang: "de",
      target_lang: "en",
      text_list: [fresh("Eins"), fresh("Zwei")],
    });
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ code: 502 });
  });

  it("hands no ERROR to requests joined to the same call in flight", async () => {
    const text = fresh("Ein Absatz, fünfmal gleichzeitig");
    const run = answer(ERROR_ANSWER);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => post("/translate", { text, source_lang: "de", target_lang: "en" })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(5).fill(502));
    expect(run).toHaveBeenCalledTimes(2); // one call and its retry, shared
  });

  it("serves a text that itself starts with ERROR as translated (an English log line)", async () => {
    const text = fresh("ERROR: disk full");
    const run = answer({ translated_text: text });
    const res = await post("/translate", { text, source_lang: "en", target_lang: "en-US" });
    expect(res.status).toBe(200);
    expect(run).toHaveBeenCalledTimes(0); // same language: kept as is
    const de = await post("/translate", { text, source_lang: "en", target_lang: "de" });
    expect(await de.json()).toMatchObject({ code: 200, data: text });
    expect(run).toHaveBeenCalledTimes(1);
  });
});
