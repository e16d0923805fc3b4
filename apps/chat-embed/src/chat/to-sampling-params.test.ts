import { findModel } from "@wai/catalog";
import { describe, expect, it } from "vitest";
import { pickSampling } from "./pick-sampling.ts";
import { MAX_SEED, toSamplingParams } from "./to-sampling-params.ts";

const model = (id: string) => {
  const found = findModel(id);
  if (!found) throw new Error(`no ${id} in the catalog`);
  return found;
};
const llama33 = model("@cf/meta/llama-3.3-70b-instruct-fp8-fast");
const scout = model("@cf/meta/llama-4-scout-17b-16e-instruct");
const glm = model("@cf/zai-org/glm-4.7-flash");

describe("toSamplingParams", () => {
  it("sends OpenAI's greedy top_p 0 as the legacy schema's 0.001, named in the notes", () => {
    const { params, notes } = toSamplingParams(llama33, { model: "gpt-4", top_p: 0, temperature: 0 });
    expect(params).toEqual({ model: "gpt-4", top_p: 0.001, temperature: 0 });
    expect(notes).toEqual([
      "top_p 0 sent as 0.001 (the least @cf/meta/llama-3.3-70b-instruct-fp8-fast takes; same greedy choice)",
    ]);
  });

  it("keeps values inside the published ranges untouched", () => {
    const params = { top_p: 0.9, seed: 1, frequency_penalty: 0, presence_penalty: 2 };
    expect(toSamplingParams(scout, params)).toEqual({ params, notes: [] });
    expect(toSamplingParams(llama33, { seed: MAX_SEED })).toEqual({ params: { seed: MAX_SEED }, notes: [] });
  });

  it("refuses a seed outside 1..9,999,999,999 with a 400 naming seed", () => {
    for (const seed of [0, -5, MAX_SEED + 1])
      expect(() => toSamplingParams(llama33, { seed })).toThrow(
        expect.objectContaining({ status: 400, type: "invalid_request_error", param: "seed" }),
      );
    expect(() => toSamplingParams(llama33, { seed: 0 })).toThrow(/from 1 to 9999999999/);
  });

  it("refuses a negative penalty where the schema's floor is 0, naming the field", () => {
    expect(() => toSamplingParams(scout, { frequency_penalty: -0.5 })).toThrow(
      expect.objectContaining({ status: 400, param: "frequency_penalty" }),
    );
    expect(() => toSamplingParams(scout, { presence_penalty: -2 })).toThrow(
      expect.objectContaining({ status: 400, param: "presence_penalty" }),
    );
  });

  it("lets OpenAI's ranges through on chat-completions models, which publish them (glm-4.7-flash)", () => {
    const params = { top_p: 0, seed: 0, frequency_penalty: -2, presence_penalty: -1 };
    expect(toSamplingParams(glm, params)).toEqual({ params, notes: [] });
  });
});

describe("pickSampling", () => {
  it("keeps the fields set, dropping null and absent ones", () => {
    expect(pickSampling({ temperature: 0, top_p: null, seed: 7 })).toEqual({ temperature: 0, seed: 7 });
  });
});
