import type { Retirement } from "../model.ts";

/**
 * Cloudflare's first published retirement: 19 beta models stopped on 2025-10-01 (users were emailed in
 * September 2025). Source: cloudflare-docs `src/util/deprecated-models.ts`, "Already deprecated — October 1, 2025".
 */
export const retired2025 = (replacement: string): Retirement => ({ date: "2025-10-01", replacement });

/**
 * The second: 18 models stopped on 2026-05-30, announced 2026-05-08 (changelog "Planned model deprecations on
 * Workers AI"; calls now fail with `5028: This model was deprecated on 2026-05-30`). `-fast` and `-lora`
 * variants stay.
 */
export const retired2026 = (replacement: string): Retirement => ({ date: "2026-05-30", replacement });

/**
 * In the original guide but on neither list: no retirement date was published, and Cloudflare's model docs
 * (one JSON per model since 2024) never listed them. Gone no later than the first published retirement.
 */
export const retiredUndated = (replacement: string): Retirement => ({
  date: "2025-10-01",
  replacement,
  approximate: true,
});

/** Where retired chat models point: current ids of the same task (test/retirements.test.ts checks it). */
export const REPLACEMENT = {
  /** The same Llama 3.1 8B, in the variant Cloudflare keeps (changelog 2026-05-08). */
  smallChat: "@cf/meta/llama-3.1-8b-instruct-fast",
  /** Cloudflare's first recommended replacement: multilingual, tool calling, on the Free plan. */
  multilingualChat: "@cf/zai-org/glm-4.7-flash",
  codeChat: "@cf/qwen/qwen2.5-coder-32b-instruct",
  reasoningChat: "@cf/qwen/qwq-32b",
} as const;
