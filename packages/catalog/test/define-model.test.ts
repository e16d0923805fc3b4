import { describe, expect, it } from "vitest";
import { defaultMaxTokens, defineModel } from "../src/models/define-model.ts";
import { perMTokens, perUnit, toNeurons } from "../src/models/price.ts";

describe("defineModel", () => {
  const spec = {
    id: "@cf/acme/widget-7b",
    task: "text-generation",
    created: "2024-02",
    input: "prompt-messages",
    output: "legacy-response",
    capabilities: { tools: true },
    limits: { contextWindow: 16000 },
  } as const;
  const model = defineModel(spec);

  it("derives worker, owner, created seconds and default capabilities", () => {
    expect(model).toMatchObject({ worker: "chat-embed", ownedBy: "acme", created: 1706745600, aliases: [] });
    expect(model.capabilities).toEqual({
      streaming: true,
      tools: true,
      vision: false,
      jsonMode: false,
      reasoning: false,
    });
    expect(model.limits).toEqual({ contextWindow: 16000, defaultMaxTokens: 2048 });
  });

  it("rejects a date that is not ISO", () => {
    expect(() => defineModel({ ...spec, created: "Feb 2024" })).toThrow(/ISO date/);
    expect(() => defineModel({ ...spec, created: "2024-13" })).toThrow(/ISO date/);
  });

  it("sends a quarter of the context window, capped at 2,048 (8,192 when reasoning) and the output limit", () => {
    expect(defaultMaxTokens({}, false)).toBe(1024);
    expect(defaultMaxTokens({ contextWindow: 4096 }, true)).toBe(1024);
    expect(defaultMaxTokens({ contextWindow: 128000 }, false)).toBe(2048);
    expect(defaultMaxTokens({ contextWindow: 128000 }, true)).toBe(8192);
    expect(defaultMaxTokens({ contextWindow: 128000, maxOutputTokens: 1500 }, true)).toBe(1500);
  });
});

describe("prices", () => {
  it("converts USD to neurons at $0.011 per 1,000", () => {
    expect(toNeurons(0.011)).toBe(1000);
    expect(perMTokens(0.35, 0.75)).toEqual({ inputPerMTokens: 31818.18, outputPerMTokens: 68181.82 });
    expect(perMTokens(0.012)).toEqual({ inputPerMTokens: 1090.91 });
    expect(perUnit(0.0052, "audio minute")).toEqual({ perUnit: { neurons: 472.73, unit: "audio minute" } });
  });
});
