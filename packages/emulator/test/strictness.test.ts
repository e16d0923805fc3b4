import { describe, expect, it } from "vitest";
import { emulate } from "../src/emulate.ts";
import { findFaults } from "../src/faults.ts";
import { translation } from "../src/translation/translation.ts";
import {
  DEEPSEEK_R1,
  FLUX_2,
  FLUX_SCHNELL,
  GLM,
  LLAMA_4_SCOUT,
  LLAMA_33,
  LUCID,
  M2M100,
  PHOENIX,
  SDXL,
  WHISPER,
} from "./fixtures/models.ts";
import { bytesOf, expectAiError, jsonOf } from "./helpers.ts";

const ask = [{ role: "user", content: "hi" }];
const tool = (fn: Record<string, unknown>) => ({ messages: ask, tools: [{ type: "function", function: fn }] });

describe("published ranges (Addendum)", () => {
  it.each([
    ["seed", 0, /'\/seed' must be >= 1/],
    ["top_p", 0, /'\/top_p' must be >= 0.001/],
    ["top_p", 1.5, /'\/top_p' must be <= 1/],
    ["temperature", 6, /'\/temperature' must be <= 5/],
    ["top_k", 51, /'\/top_k' must be <= 50/],
  ])("llama-3.3 refuses %s = %s", async (field, value, message) => {
    await expectAiError(emulate(LLAMA_33, { prompt: "x", [field]: value }), 5006, message);
  });

  it("llama-3.3 takes negative penalties; llama-4-scout and deepseek-r1 refuse them", async () => {
    expect(jsonOf(await emulate(LLAMA_33, { prompt: "x", frequency_penalty: -1 })).response).toBeTruthy();
    for (const model of [LLAMA_4_SCOUT, DEEPSEEK_R1]) {
      await expectAiError(emulate(model, { prompt: "x", frequency_penalty: -0.5 }), 5006, /must be >= 0/);
      await expectAiError(emulate(model, { prompt: "x", presence_penalty: -0.5 }), 5006, /must be >= 0/);
    }
  });

  it("chat-completions models take OpenAI's ranges (any integer seed, top_p 0)", async () => {
    const out = jsonOf(await emulate(GLM, { messages: ask, seed: 0, top_p: 0, frequency_penalty: -2 }));
    expect(out.object).toBe("chat.completion");
    await expectAiError(emulate(GLM, { messages: ask, temperature: 2.5 }), 5006, /'\/temperature' must be <= 2/);
  });
});

describe("tools on legacy-style models", () => {
  const params = { type: "object", properties: { city: { type: "string", description: "City name" } } };

  it("llama-3.3 needs a description on the function", async () => {
    await expectAiError(
      emulate(LLAMA_33, tool({ name: "weather", parameters: params })),
      5006,
      "5006: Bad input: Error: required properties at '/tools/0/function' are 'description'",
    );
  });

  it("llama-3.3 needs type and description on every parameter property", async () => {
    const bare = { type: "object", properties: { city: { type: "string" }, days: {} } };
    await expectAiError(
      emulate(LLAMA_33, tool({ name: "weather", description: "Weather", parameters: bare })),
      5006,
      "required properties at '/tools/0/function/parameters/properties/city' are 'description'",
    );
  });

  it("takes described tools, and chat-completions models take undescribed ones", async () => {
    const described = tool({ name: "weather", description: "Weather", parameters: params });
    expect(jsonOf(await emulate(LLAMA_33, described)).tool_calls[0].name).toBe("weather");
    const bare = tool({ name: "weather", parameters: { type: "object", properties: { city: { type: "string" } } } });
    expect(jsonOf(await emulate(GLM, bare)).choices[0].finish_reason).toBe("tool_calls");
  });

  it("generic legacy models (AiTextGenerationInput) need the function description only", async () => {
    const bare = { type: "object", properties: { city: { type: "string" } } };
    await expectAiError(emulate(DEEPSEEK_R1, tool({ name: "w", parameters: bare })), 5006, /'description'/);
    const out = jsonOf(await emulate(DEEPSEEK_R1, tool({ name: "w", description: "W", parameters: bare })));
    expect(out.tool_calls[0].name).toBe("w");
  });
});

describe("image ranges and fields", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.append(k, v);
    const res = new Response(data);
    return { multipart: { body: res.body, contentType: res.headers.get("content-type") ?? "" } };
  };

  it("FLUX.2 width and height are 256–1920", async () => {
    await expectAiError(emulate(FLUX_2, form({ prompt: "x", width: "2048" })), 5006, /'\/width' must be <= 1920/);
    await expectAiError(emulate(FLUX_2, form({ prompt: "x", height: "128" })), 5006, /'\/height' must be >= 256/);
    expect(jsonOf(await emulate(FLUX_2, form({ prompt: "x", width: "1920", height: "256" }))).image).toBeTruthy();
  });

  it("FLUX.2 takes only the multipart form", async () => {
    await expectAiError(emulate(FLUX_2, { prompt: "x" }), 5006, /required properties at '\/' are 'multipart'/);
  });

  it("phoenix: guidance 2–10 and a non-empty negative_prompt", async () => {
    await expectAiError(emulate(PHOENIX, { prompt: "x", guidance: 1 }), 5006, /'\/guidance' must be >= 2/);
    await expectAiError(emulate(PHOENIX, { prompt: "x", guidance: 11 }), 5006, /'\/guidance' must be <= 10/);
    await expectAiError(emulate(PHOENIX, { prompt: "x", negative_prompt: "" }), 5006, /shorter than 1/);
    expect((await emulate(PHOENIX, { prompt: "x", guidance: 2, negative_prompt: "blur" })).kind).toBe("bytes");
  });

  it("lucid-origin has no negative_prompt", async () => {
    await expectAiError(
      emulate(LUCID, { prompt: "x", negative_prompt: "blur" }),
      5006,
      "Additional or unevaluated properties '/negative_prompt' in '/' not allowed",
    );
  });

  it("flux-1-schnell: prompt ≤ 2048, steps ≤ 8, nothing else", async () => {
    await expectAiError(emulate(FLUX_SCHNELL, { prompt: "x".repeat(2049) }), 5006, /longer than 2048/);
    await expectAiError(emulate(FLUX_SCHNELL, { prompt: "x", steps: 9 }), 5006, /'\/steps' must be <= 8/);
    await expectAiError(emulate(FLUX_SCHNELL, { prompt: "x", seed: 1 }), 5006, /'\/seed' in '\/' not allowed/);
    await expectAiError(emulate(FLUX_SCHNELL, {}), 5006, /required properties at '\/' are 'prompt'/);
  });

  it("flux-1-schnell draws a new picture per call (no seed); sdxl is the same for the same input", async () => {
    const a = jsonOf(await emulate(FLUX_SCHNELL, { prompt: "a fox" })).image;
    const b = jsonOf(await emulate(FLUX_SCHNELL, { prompt: "a fox" })).image;
    expect(a).not.toBe(b);
    const input = { prompt: "a fox", width: 256, height: 256, seed: 7 };
    expect(await bytesOf(await emulate(SDXL, input))).toEqual(await bytesOf(await emulate(SDXL, input)));
  });
});

describe("required fields", () => {
  it.each([
    [LLAMA_33, {}, /oneOf at '\/' not met/],
    [GLM, {}, /required properties at '\/' are 'messages'/],
    [WHISPER, {}, /required properties at '\/' are 'audio'/],
    [M2M100, { text: "x" }, /required properties at '\/' are 'target_lang'/],
    [M2M100, { target_lang: "fr" }, /required properties at '\/' are 'text'/],
  ])("%#: %o is refused", async (model, inputs, message) => {
    await expectAiError(emulate(model, inputs), 5006, message);
  });
});

describe("m2m100's failure inside a 200", () => {
  it("#fault:m2m100-error answers translated_text: 'ERROR: …' with no error thrown", async () => {
    const out = jsonOf(await emulate(M2M100, { text: "Hallo #fault:m2m100-error", target_lang: "fr" }));
    expect(out.translated_text).toMatch(/^ERROR: /);
    expect(jsonOf(translation({ text: "Hallo", target_lang: "fr" }, findFaults({}))).translated_text).toBe(
      "[fr] Hallo",
    );
  });
});
