import { describe, expect, it } from "vitest";
import { emulate } from "../src/emulate.ts";
import { BGE_SMALL, LLAVA, M2M100, QWEN3_EMBED } from "./fixtures/models.ts";
import { expectAiError, jsonOf } from "./helpers.ts";

const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);

describe("embeddings", () => {
  it("returns {shape, data, pooling} of unit vectors with the model's dimensions", async () => {
    const out = jsonOf(await emulate(BGE_SMALL, { text: ["the cat sat on the mat", "quantum field theory"] }));
    expect(out.shape).toEqual([2, 384]);
    expect(out.pooling).toBe("mean");
    for (const v of out.data) {
      expect(v).toHaveLength(384);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
  });

  it("is deterministic, puts related texts closer, and separates cls from mean", async () => {
    const run = async (text: string[], pooling = "mean") => jsonOf(await emulate(BGE_SMALL, { text, pooling })).data;
    const [cat, cat2, physics] = await run(["the cat sat on the mat", "a cat on a mat", "quantum field theory"]);
    expect((await run(["the cat sat on the mat"]))[0]).toEqual(cat);
    expect(dot(cat, cat2)).toBeGreaterThan(dot(cat, physics) + 0.2);
    const [cls] = await run(["the cat sat on the mat"], "cls");
    expect(Math.abs(dot(cat, cls))).toBeLessThan(0.5);
  });

  it("takes a single string", async () => {
    expect(jsonOf(await emulate(BGE_SMALL, { text: "one" })).shape).toEqual([1, 384]);
  });

  it("validates text, batch size and pooling", async () => {
    await expectAiError(emulate(BGE_SMALL, {}), 5006, /required properties at '\/' are 'text'/);
    await expectAiError(emulate(BGE_SMALL, { text: ["ok", ""] }), 5006, /'\/text\/1' is shorter than 1/);
    await expectAiError(emulate(BGE_SMALL, { text: Array(101).fill("x") }), 5006, /more than 100 items/);
    await expectAiError(emulate(BGE_SMALL, { text: "x", pooling: "max" }), 5006, /pooling/);
    await expectAiError(emulate(BGE_SMALL, { input: ["x"] }), 5006, /'text'/);
  });

  it("qwen3 takes queries and documents, returns {data, shape}", async () => {
    const out = jsonOf(
      await emulate(QWEN3_EMBED, { queries: "what is a cat", documents: ["a cat is an animal", "bonds"] }),
    );
    expect(Object.keys(out)).toEqual(["data", "shape"]);
    expect(out.shape).toEqual([3, 1024]);
    expect(jsonOf(await emulate(QWEN3_EMBED, { text: ["x"] })).shape).toEqual([1, 1024]);
    await expectAiError(emulate(QWEN3_EMBED, { documents: Array(33).fill("x") }), 5006, /more than 32 items/);
  });
});

describe("m2m100", () => {
  it("returns [target] text with newlines intact", async () => {
    const text = "Hello.\n\nSecond paragraph,\nwith a line break.";
    expect(jsonOf(await emulate(M2M100, { text, target_lang: "fr" }))).toEqual({ translated_text: `[fr] ${text}` });
    expect(jsonOf(await emulate(M2M100, { text: "Hi", source_lang: "english", target_lang: "german" }))).toEqual({
      translated_text: "[german] Hi",
    });
  });

  it("needs text and target_lang, and refuses codes m2m100 does not have", async () => {
    await expectAiError(emulate(M2M100, { target_lang: "fr" }), 5006, /'text'/);
    await expectAiError(emulate(M2M100, { text: "Hi" }), 5006, /'target_lang'/);
    await expectAiError(emulate(M2M100, { text: "Hi", target_lang: "zh-hans" }), 5006, /zh-hans/);
    await expectAiError(emulate(M2M100, { text: "Hi", target_lang: "nb" }), 5006, /nb/);
  });
});

describe("image to text", () => {
  it("returns {description} naming the image and the prompt", async () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 1, 2, 3];
    const out = jsonOf(await emulate(LLAVA, { image: png, prompt: "What is in this picture?" }));
    expect(out.description).toMatch(
      /^\[emulated @cf\/llava-hf\/llava-1\.5-7b-hf\] A PNG image of 7 bytes\. You asked: "What is in this picture\?"/,
    );
    await expectAiError(emulate(LLAVA, { prompt: "x" }), 5006, /'image'/);
  });
});
