import { MODELS } from "@wai/catalog";
import { describe, expect, it } from "vitest";
import { fitMaxTokens } from "./fit-max-tokens.ts";

const gptOss = MODELS.find((m) => m.id === "@cf/openai/gpt-oss-120b") ?? (undefined as never);

describe("fitMaxTokens", () => {
  it("lowers Claude Code's 128k max_tokens to what fits beside its prompt, and says so", () => {
    // Seen from Claude Code 2.1.332 (`claude -p "say hi"`, model claude-opus-5-5): Workers AI answered 5021,
    // "input and maximum output tokens (137233) exceeded this model context window limit (128000)".
    const fitted = fitMaxTokens(gptOss, 128000, 9000);
    expect(fitted.maxTokens).toBe(128000 - 11250);
    expect(fitted.note).toBe(
      "max_tokens 128000 sent as 116750 (what fits in @cf/openai/gpt-oss-120b's context beside the prompt)",
    );
  });

  it("leaves a max_tokens that fits alone", () => {
    expect(fitMaxTokens(gptOss, 4096, 9000)).toEqual({ maxTokens: 4096 });
  });
});
