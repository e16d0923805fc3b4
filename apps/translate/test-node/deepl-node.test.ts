import * as deepl from "deepl-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalTranslate } from "./start-local-translate.ts";

/**
 * deepl-node (the official Node client, 1.28) against this worker on the emulator. The emulator's m2m100 answers
 * `[<target>] <text>` and its chat models an `[emulated …]` text, so the checks are about protocol: every call
 * deepl-node makes (form bodies, `show_billed_characters`, `/v2/glossaries`, `/v2/usage`, `/v2/languages`) is
 * served in the shape it parses.
 */
let server: Awaited<ReturnType<typeof startLocalTranslate>>;
let translator: deepl.Translator;

beforeAll(async () => {
  server = await startLocalTranslate();
  translator = new deepl.Translator("sk-local-dev", { serverUrl: server.url, maxRetries: 0, sendPlatformInfo: false });
});
afterAll(() => server?.stop());

describe("deepl-node", () => {
  it("translateText with tag handling keeps the HTML (m2m100)", async () => {
    const result = await translator.translateText("<p>Hallo <b>Welt</b></p>", "de", "en-US", {
      tagHandling: "html",
      modelType: "latency_optimized",
    });
    expect(result).toMatchObject({
      text: "<p>[en] Hallo <b>[en] Welt</b></p>",
      detectedSourceLang: "de",
      billedCharacters: 24,
      modelTypeUsed: "latency_optimized",
    });
  });

  it("translateText with context and formality uses the LLM engine", async () => {
    const result = await translator.translateText("How are you?", "en", "de", {
      context: "A letter to a customer.",
      formality: "more",
      modelType: "quality_optimized",
    });
    expect(result.modelTypeUsed).toBe("quality_optimized");
    expect(result.text).toMatch(/^\[emulated @cf\/zai-org\/glm-4\.7-flash\]/);
  });

  it("createGlossary, then translateText with it, listGlossaries, getGlossaryEntries, deleteGlossary", async () => {
    const glossary = await translator.createGlossary(
      "Products",
      "en",
      "de",
      new deepl.GlossaryEntries({ entries: { Workers: "Workers", gateway: "Gateway" } }),
    );
    expect(glossary).toMatchObject({
      name: "Products",
      sourceLang: "en",
      targetLang: "de",
      entryCount: 2,
      ready: true,
    });
    const result = await translator.translateText("Deploy the gateway.", "en", "de", { glossary });
    expect(result.text).toMatch(/^\[emulated/);
    expect((await translator.listGlossaries()).map((g) => g.glossaryId)).toContain(glossary.glossaryId);
    expect((await translator.getGlossaryEntries(glossary)).entries()).toEqual({
      Workers: "Workers",
      gateway: "Gateway",
    });
    await translator.deleteGlossary(glossary);
    await expect(translator.getGlossary(glossary.glossaryId)).rejects.toThrow(deepl.GlossaryNotFoundError);
  });

  it("getUsage reports the characters translated with this key", async () => {
    const usage = await translator.getUsage();
    expect(usage.character?.count).toBeGreaterThanOrEqual(24);
    expect(usage.character?.limit).toBe(1_000_000_000_000);
    expect(usage.anyLimitReached()).toBe(false);
  });

  it("getSourceLanguages and getTargetLanguages", async () => {
    const sources = await translator.getSourceLanguages();
    expect(sources).toContainEqual({ code: "de", name: "German" });
    const targets = await translator.getTargetLanguages();
    // deepl-node standardizes DeepL's `ZH-HANT` as `zh-HANT`.
    expect(targets).toContainEqual({ code: "zh-HANT", name: "Traditional Chinese", supportsFormality: true });
    expect(targets).toContainEqual({ code: "en-US", name: "American English", supportsFormality: true });
  });
});
