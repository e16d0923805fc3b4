import { describe, expect, it } from "vitest";
import { findModel, ID_INDEX, lookupIn, MODELS, servedModels, toIdIndex } from "../src/index.ts";
import { CHAT_EMBED_CATALOG } from "../src/slices/chat-embed.ts";
import { IMAGE_CATALOG } from "../src/slices/image.ts";
import { TRANSLATE_CATALOG } from "../src/slices/translate.ts";
import { WHISPER_CATALOG } from "../src/slices/whisper.ts";

const SLICES = [CHAT_EMBED_CATALOG, IMAGE_CATALOG, WHISPER_CATALOG, TRANSLATE_CATALOG];
const names = [
  ...new Set(
    MODELS.flatMap((m) => [
      m.id,
      m.id.replace(/^@(cf|hf)\//, ""),
      m.id.slice(m.id.lastIndexOf("/") + 1),
      ...m.aliases,
      ...m.aliases.map((a) => a.toUpperCase()),
    ]),
  ),
  "no-such-model",
  "MY-PAINTER",
];
const overrides = {
  "my-painter": "@cf/black-forest-labs/flux-1-schnell",
  "dall-e-3": "@cf/meta/llama-3.1-8b-instruct-fast",
  "gpt-4o": "@cf/leonardo/phoenix-1.0",
  "my-voice": "@cf/deepgram/aura-2-en",
  "my-new": "@cf/some/new-model",
};

describe("ID_INDEX", () => {
  it("is up to date with the catalog (else: node packages/catalog/scripts/write-id-index.ts)", () => {
    expect(ID_INDEX).toEqual(toIdIndex(MODELS));
  });

  it("lists every id once, in one group per worker and task", () => {
    expect(ID_INDEX.flatMap((g) => g.ids)).toEqual(MODELS.map((m) => m.id));
    expect(new Set(ID_INDEX.map((g) => `${g.worker} ${g.task}`)).size).toBe(ID_INDEX.length);
  });
});

describe("slice indexes", () => {
  // A slice ships the groups of the models it does not carry, and only those: together they are the catalog.
  it.each(SLICES.map((s) => [s.worker, s] as const))("%s carries or indexes every id exactly once", (_, slice) => {
    const carried = slice.models.map((m) => m.id);
    const indexed = (slice.others ?? []).flatMap((g) => g.ids);
    expect([...carried, ...indexed].sort()).toEqual(MODELS.map((m) => m.id).sort());
    for (const group of slice.others ?? []) expect(ID_INDEX).toContain(group);
  });
});

describe("worker slices", () => {
  it("carry exactly the models their worker serves (translate: plus every text-generation model)", () => {
    for (const slice of [CHAT_EMBED_CATALOG, IMAGE_CATALOG, WHISPER_CATALOG]) {
      expect(slice.models.map((m) => m.id)).toEqual(MODELS.filter((m) => m.worker === slice.worker).map((m) => m.id));
    }
    expect(TRANSLATE_CATALOG.models.map((m) => m.id).sort()).toEqual(
      MODELS.filter((m) => m.worker === "translate" || m.task === "text-generation")
        .map((m) => m.id)
        .sort(),
    );
    expect(servedModels(TRANSLATE_CATALOG).every((m) => m.worker === "translate")).toBe(true);
  });

  // A name gives the same model, or the same worker and task, on every slice as in the whole catalog.
  it.each(names)("resolve %j as the whole catalog does", (name) => {
    for (const aliases of [undefined, overrides]) {
      const whole = findModel(name, aliases);
      for (const slice of SLICES) {
        const found = lookupIn(slice, name, aliases);
        if (!whole) expect(found).toBeUndefined();
        else {
          expect(found).toMatchObject({ id: whole.id, worker: whole.worker, task: whole.task });
          if (slice.models.includes(whole)) expect(found).toBe(whole);
        }
      }
    }
  });
});
