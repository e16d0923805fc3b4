import { env, exports } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { chargeUsage } from "../src/usage/charge-usage.ts";
import { echoNumbered, llmAnswers, systemOf } from "./llm-answer.ts";
import { fresh, post } from "./post.ts";

afterEach(() => vi.restoreAllMocks());

/** Each test its own key, so usage and glossaries start empty (the worker accepts only `API_KEYS`; see below). */
const get = (path: string, key = "sk-local-dev") =>
  exports.default.fetch(`http://w${path}`, { headers: { authorization: `DeepL-Auth-Key ${key}` } });
const KEY = { authorization: "DeepL-Auth-Key sk-local-dev" };

describe("DeepL's other routes", { timeout: 30_000 }, () => {
  it("GET /v2/usage counts the characters this key translated this month", async () => {
    const before = (await (await get("/v2/usage")).json()) as { character_count: number; character_limit: number };
    expect(before.character_limit).toBe(1_000_000_000_000);
    const res = await post(
      "/v2/translate",
      { text: [fresh("Grüße"), "Straße"], source_lang: "DE", target_lang: "EN-GB" },
      KEY,
    );
    expect(res.status).toBe(200);
    let count = before.character_count;
    for (let i = 0; i < 40 && count === before.character_count; i++) {
      await new Promise((r) => setTimeout(r, 50)); // counted in waitUntil
      count = ((await (await get("/v2/usage")).json()) as { character_count: number }).character_count;
    }
    expect(count - before.character_count).toBe([..."Grüße 12345678"].length + 6);
  });

  it("refuses a translation past the month's limit with DeepL's 456", async () => {
    const kvEnv = { TRANSLATE_KV: env.TRANSLATE_KV } as typeof env;
    const token = `limit-${crypto.randomUUID()}`;
    const count = await chargeUsage(kvEnv, token, 10, ["12345"]);
    await count();
    await expect(chargeUsage(kvEnv, token, 10, ["123456"])).rejects.toMatchObject({
      status: 456,
      code: "quota_exceeded",
    });
  });

  it("GET /v2/languages lists sources and targets in DeepL's shape", async () => {
    const sources = (await (await get("/v2/languages?type=source")).json()) as { language: string; name: string }[];
    expect(sources).toContainEqual({ language: "DE", name: "German" });
    expect(sources).toContainEqual({ language: "NB", name: "Norwegian" });
    const targets = (await (await get("/v2/languages?type=target")).json()) as unknown[];
    expect(targets).toContainEqual({ language: "ZH-HANT", name: "Traditional Chinese", supports_formality: true });
    expect((await get("/v2/languages?type=x")).status).toBe(400);
  });

  it("creates, lists, reads and deletes a glossary (TSV and CSV), and applies it with the LLM engine", async () => {
    const form = new URLSearchParams({
      name: "Products",
      source_lang: "en",
      target_lang: "de",
      entries_format: "tsv",
      entries: "Workers\tArbeiter-Plattform\ngateway\tGateway",
    });
    const created = await exports.default.fetch("http://w/v2/glossaries", {
      method: "POST",
      headers: { ...KEY, "content-type": "application/x-www-form-urlencoded" },
      body: form,
    });
    expect(created.status).toBe(201);
    const info = (await created.json()) as { glossary_id: string; entry_count: number; ready: boolean };
    expect(info).toMatchObject({ name: "Products", source_lang: "en", target_lang: "de", entry_count: 2, ready: true });
    const list = (await (await get("/v2/glossaries")).json()) as { glossaries: { glossary_id: string }[] };
    expect(list.glossaries.map((g) => g.glossary_id)).toContain(info.glossary_id);
    expect(await (await get(`/v2/glossaries/${info.glossary_id}`)).json()).toMatchObject({ entry_count: 2 });
    const entries = await get(`/v2/glossaries/${info.glossary_id}/entries`);
    expect(entries.headers.get("content-type")).toMatch(/^text\/tab-separated-values/);
    expect(await entries.text()).toBe("Workers\tArbeiter-Plattform\ngateway\tGateway");

    const run = llmAnswers(echoNumbered());
    const res = await post(
      "/v2/translate",
      {
        text: [fresh("Deploy the gateway on Workers.")],
        source_lang: "EN",
        target_lang: "DE",
        glossary_id: info.glossary_id,
      },
      KEY,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("x-gateway-notes")).toContain("glossary_id: served by the LLM engine");
    expect(systemOf(run.mock.calls[0]?.[1] ?? {})).toContain('"Workers" → "Arbeiter-Plattform"');
    const wrongPair = await post(
      "/v2/translate",
      { text: ["Hi"], source_lang: "EN", target_lang: "FR", glossary_id: info.glossary_id },
      KEY,
    );
    expect(wrongPair.status).toBe(400);
    const m2m = await post(
      "/v2/translate",
      {
        text: ["Hi"],
        source_lang: "EN",
        target_lang: "DE",
        glossary_id: info.glossary_id,
        model_type: "latency_optimized",
      },
      KEY,
    );
    expect(await m2m.json()).toEqual({ message: expect.stringMatching(/^glossary_id needs the LLM engine/) });

    const deleted = await exports.default.fetch(`http://w/v2/glossaries/${info.glossary_id}`, {
      method: "DELETE",
      headers: KEY,
    });
    expect(deleted.status).toBe(204);
    expect((await get(`/v2/glossaries/${info.glossary_id}`)).status).toBe(404);
  });

  it("reads CSV entries and refuses a bad line, naming entries", async () => {
    const csv = await post(
      "/v2/glossaries",
      {
        name: "c",
        source_lang: "EN",
        target_lang: "FR",
        entries_format: "csv",
        entries: '"hello, world",bonjour\ncat,chat',
      },
      KEY,
    );
    expect(await csv.json()).toMatchObject({ entry_count: 2 });
    const bad = await post(
      "/v2/glossaries",
      { name: "b", source_lang: "EN", target_lang: "FR", entries: "only-one-field" },
      KEY,
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/line 1/);
  });
});
