import { describe, expect, it } from "vitest";
import { MODELS } from "../src/index.ts";

const byId = new Map(MODELS.map((m) => [m.id, m]));
const retired = MODELS.filter((m) => m.retired);

describe("retired models", () => {
  it.each(retired.map((m) => [m.id, m] as const))("%s points at a live model of the same task", (_id, model) => {
    const retirement = model.retired;
    if (!retirement) throw new Error("unreachable");
    expect(retirement.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(retirement.date))).toBe(false);
    const replacement = byId.get(retirement.replacement);
    expect(replacement, `${retirement.replacement} is not in the catalog`).toBeDefined();
    expect(replacement?.retired).toBeUndefined();
    expect(replacement?.task).toBe(model.task);
    expect(replacement?.worker, "a retired id is routed where its successor is served").toBe(model.worker);
  });

  it("follows Cloudflare's two published lists", () => {
    const on = (date: string) =>
      retired.filter((m) => m.retired?.date === date && !m.retired.approximate).map((m) => m.id);
    expect(on("2025-10-01")).toHaveLength(19);
    expect(on("2025-10-01")).toContain("@hf/thebloke/zephyr-7b-beta-awq");
    // 18 on the list; bart-large-cnn (summarization) is not a task this gateway serves.
    expect(on("2026-05-30")).toHaveLength(17);
    expect(on("2026-05-30")).toEqual(
      expect.arrayContaining([
        "@cf/meta/llama-3.1-8b-instruct",
        "@cf/moonshotai/kimi-k2.5",
        "@cf/google/gemma-3-12b-it",
      ]),
    );
  });

  it("keeps the variants Cloudflare kept", () => {
    for (const id of [
      "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
      "@cf/meta/llama-3.1-8b-instruct-fast",
      "@cf/google/gemma-7b-it-lora",
      "@cf/google/gemma-2b-it-lora",
      "@cf/mistral/mistral-7b-instruct-v0.2-lora",
      "@cf/meta-llama/llama-2-7b-chat-hf-lora",
    ]) {
      expect(byId.get(id)?.retired, id).toBeUndefined();
    }
  });

  it("marks the guide models no list dates as approximate", () => {
    expect(retired.filter((m) => m.retired?.approximate).map((m) => m.id)).toEqual(
      expect.arrayContaining([
        "@cf/openai/whisper-sherpa",
        "@hf/thebloke/codellama-7b-instruct-awq",
        "@cf/mistral/mistral-7b-instruct-v0.1-vllm",
        "@cf/fblgit/una-cybertron-7b-v2-awq",
      ]),
    );
  });
});
