import { afterEach, describe, expect, it, vi } from "vitest";
import { echoNumbered, llmAnswers, segmentsOf, systemOf } from "./llm-answer.ts";
import { fresh, post } from "./post.ts";

afterEach(() => vi.restoreAllMocks());

const KEY = { authorization: "DeepL-Auth-Key sk-local-dev" };
const LLM = "@cf/zai-org/glm-4.7-flash";

describe("the LLM engine", { timeout: 30_000 }, () => {
  it("is chosen with ?engine=llm on a DeepLX URL, says so, and sends the model's chat-completions input", async () => {
    const run = llmAnswers(echoNumbered("EN: "));
    const text = fresh("Der Himmel ist heute wirklich sehr blau.");
    const res = await post("/translate?token=sk-local-dev&engine=llm", {
      text,
      source_lang: "auto",
      target_lang: "EN",
    });
    expect(await res.json()).toMatchObject({ code: 200, data: `EN: ${text}`, source_lang: "DE" });
    expect(res.headers.get("x-gateway-notes")).toBe(`engine llm (${LLM})`);
    expect(run).toHaveBeenCalledTimes(1);
    const [model, inputs] = run.mock.calls[0] ?? [];
    expect(model).toBe(LLM);
    expect(inputs).toMatchObject({ chat_template_kwargs: { enable_thinking: false }, temperature: 0.2 });
    expect(systemOf(inputs ?? {})).toContain("from German into English");
  });

  it("translates many paragraphs in one upstream call, matched by number", async () => {
    const run = llmAnswers(echoNumbered());
    const list = Array.from({ length: 12 }, (_, i) => fresh(`Paragraph ${i}: the quick brown fox jumps over the dog.`));
    const res = await post("/translate/batch?engine=llm", { source_lang: "en", target_lang: "de", text_list: list });
    const { translations } = (await res.json()) as { translations: { text: string }[] };
    expect(translations.map((t) => t.text)).toEqual(list.map((t) => `T: ${t}`));
    expect(run).toHaveBeenCalledTimes(1);
    expect(segmentsOf(run.mock.calls[0]?.[1] ?? {}).size).toBe(12);
  });

  it("asks again, alone, for a segment the answer left out, and never shifts its neighbours", async () => {
    const run = llmAnswers((segments, call) =>
      call === 0
        ? [...segments]
            .filter(([n]) => n !== 2)
            .map(([n, s]) => `[${n}] T: ${s}`)
            .join("\n")
        : echoNumbered("ALONE: ")(segments),
    );
    const list = [fresh("First paragraph here."), fresh("Second paragraph here."), fresh("Third paragraph here.")];
    const res = await post("/translate/batch?engine=llm", { source_lang: "en", target_lang: "fr", text_list: list });
    const { translations } = (await res.json()) as { translations: { text: string }[] };
    expect(translations.map((t) => t.text)).toEqual([`T: ${list[0]}`, `ALONE: ${list[1]}`, `T: ${list[2]}`]);
    expect(run).toHaveBeenCalledTimes(2);
    expect([...segmentsOf(run.mock.calls[1]?.[1] ?? {}).values()]).toEqual([list[1]]);
  });

  it("strips the commentary a model adds around its answer", async () => {
    llmAnswers(
      (segments) =>
        `Sure! Here is the translation:\n\n${[...segments].map(([n]) => `[${n}] "Le ciel est bleu."`).join("\n")}\n\nLet me know if you need anything else.`,
    );
    const res = await post("/translate?engine=llm", {
      text: fresh("The sky is blue."),
      source_lang: "en",
      target_lang: "fr",
    });
    expect(((await res.json()) as { data: string }).data).toBe("Le ciel est bleu.");
  });

  it("keeps markup: placeholders sent, the original tags put back", async () => {
    const run = llmAnswers((segments) =>
      [...segments].map(([n, s]) => `[${n}] ${s.replace("Read", "Lies").replace("guide", "Anleitung")}`).join("\n"),
    );
    const html = `Read <a href="https://x.test/?a=1&amp;b=2">the <b>full</b> guide</a> &amp; more ${crypto.randomUUID().slice(0, 6)}`;
    const res = await post("/translate?engine=llm", {
      text: html,
      source_lang: "en",
      target_lang: "de",
      tag_handling: "html",
    });
    expect(((await res.json()) as { data: string }).data).toBe(
      html.replace("Read", "Lies").replace("guide", "Anleitung"),
    );
    const sent = [...segmentsOf(run.mock.calls[0]?.[1] ?? {}).values()][0];
    expect(sent).toMatch(/^Lies|^Read <g1>the <g2>full<\/g2> guide<\/g1> <g3\/> more/);
    expect(sent).not.toContain("https://");
  });

  it("retries a translation that lost its markup, then serves the markup restored around the translated words", async () => {
    const run = llmAnswers((segments) =>
      [...segments].map(([n, s]) => `[${n}] ${s.includes("<g") ? "Lies die ganze Anleitung" : `DE(${s})`}`).join("\n"),
    );
    const tag = crypto.randomUUID().slice(0, 6);
    const html = `Read <a href="/guide">the <b>full</b> guide</a> ${tag}`;
    const res = await post("/translate?engine=llm", { text: html, source_lang: "en", target_lang: "de" });
    expect(((await res.json()) as { data: string }).data).toBe(
      `DE(Read) <a href="/guide">DE(the) <b>DE(full)</b> DE(guide)</a> DE(${tag})`,
    );
    // the batch, the segment alone, then its runs in one call
    expect(run).toHaveBeenCalledTimes(3);
  });

  it("writes the script asked for: ZH-HANT is traditional Chinese, even from Chinese", async () => {
    const run = llmAnswers(echoNumbered(""));
    const res = await post(
      "/v2/translate",
      {
        text: [fresh("我们明天早上去公园散步吧。")],
        source_lang: "ZH",
        target_lang: "ZH-HANT",
        model_type: "quality_optimized",
      },
      KEY,
    );
    expect(await res.json()).toMatchObject({
      translations: [{ detected_source_language: "ZH", model_type_used: "quality_optimized" }],
    });
    expect(systemOf(run.mock.calls[0]?.[1] ?? {})).toContain("into Traditional Chinese");
  });

  it("honours DeepL's formality and context, keyed apart in the cache", async () => {
    const run = llmAnswers(echoNumbered());
    const text = fresh("How are you today?");
    const ask = (formality: string, context: string) =>
      post(
        "/v2/translate",
        {
          text: [text],
          source_lang: "EN",
          target_lang: "DE",
          formality,
          context,
          model_type: "prefer_quality_optimized",
        },
        KEY,
      );
    await ask("more", "A letter to a customer.");
    await ask("less", "A chat between friends.");
    await ask("less", "A chat between friends.");
    expect(run).toHaveBeenCalledTimes(2);
    expect(systemOf(run.mock.calls[0]?.[1] ?? {})).toMatch(/formal register[\s\S]*A letter to a customer\./);
    expect(systemOf(run.mock.calls[1]?.[1] ?? {})).toMatch(/informal register[\s\S]*A chat between friends\./);
  });

  it("refuses an unknown engine or model_type, naming the field", async () => {
    const a = await post("/translate?engine=gpt", { text: "Hallo", source_lang: "de", target_lang: "en" });
    expect(await a.json()).toMatchObject({ code: 400, message: expect.stringMatching(/^engine must be/) });
    const b = await post("/v2/translate", { text: ["Hallo"], target_lang: "EN", model_type: "fast" }, KEY);
    expect(b.status).toBe(400);
  });

  it("shares one call between concurrent identical requests (in-flight dedup, keyed on the engine)", async () => {
    const run = llmAnswers(echoNumbered());
    const text = fresh("A paragraph sent by many tabs at once.");
    const all = await Promise.all(
      Array.from({ length: 5 }, () => post("/translate?engine=llm", { text, source_lang: "en", target_lang: "ja" })),
    );
    const bodies = await Promise.all(all.map((r) => r.json()));
    expect(bodies).toEqual(Array.from({ length: 5 }, () => expect.objectContaining({ code: 200, data: `T: ${text}` })));
    expect(run).toHaveBeenCalledTimes(1);
    await post("/translate", { text, source_lang: "en", target_lang: "ja" });
    expect(run).toHaveBeenCalledTimes(2); // m2m100 is another entry
  });
  it("serves the emulator's unnumbered chat answer for a single paragraph, as its translation", async () => {
    const res = await post("/translate?engine=llm", {
      text: fresh("Guten Morgen allerseits!"),
      source_lang: "de",
      target_lang: "en",
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: string }).data).toMatch(/^\[emulated @cf\/zai-org\/glm-4\.7-flash\]/);
  });

  // Tests whose calls reach the emulator itself come last: after such a call, later spies on env.AI.run
  // were not always seen by the worker (observed with @cloudflare/vitest-plugin 1.5).
  it("answers latency_optimized with m2m100, and says so in model_type_used", async () => {
    const res = await post(
      "/v2/translate",
      { text: [fresh("Hallo Welt")], source_lang: "DE", target_lang: "EN-US", model_type: "latency_optimized" },
      KEY,
    );
    expect(await res.json()).toMatchObject({ translations: [{ model_type_used: "latency_optimized" }] });
    expect(res.headers.get("x-gateway-notes")).toMatch(/^engine m2m100/);
  });
});
