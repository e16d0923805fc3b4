import type { Model } from "../model.ts";
import { chatModel } from "./chat-model.ts";
import { perMTokens } from "./price.ts";
import { retired2026 } from "./retirements.ts";

// Models that take and return OpenAI chat completions through `env.AI.run` (reference §2.1.4). Kimi's cached
// input tokens are cheaper still (k2.6: $0.16/M); the catalog's price has no field for them.
const chatCompletions = { input: "chat-completions", output: "chat-completion" } as const;
const agentic = { tools: true, jsonMode: true, reasoning: true } as const;
// gpt-oss's published schema also lists the legacy Prompt / Messages branches, whose `top_p` is 0.001–1 and `seed`
// 1–9,999,999,999 (gpt-oss-120b.json, reference §2.1.1); its penalties there are −2…2, as OpenAI's. The floors
// that keep every branch valid. glm-4.7-flash, kimi and gemma-4 publish OpenAI's ranges (seed any integer,
// penalties −2…2: glm-4.7-flash.json d897f18), so they have none.
const gptOssLimits = { contextWindow: 128000, minTopP: 0.001, minSeed: 1 } as const;

export const CHAT_COMPLETIONS_MODELS: readonly Model[] = [
  chatModel({
    id: "@cf/openai/gpt-oss-120b",
    created: "2025-08-05",
    // OpenAI gpt-oss 120B: open-weight reasoning model (reasoning_effort low/medium/high; cannot be off).
    aliases: ["o1", "o3"], // OpenAI's large reasoning models
    ...chatCompletions,
    capabilities: agentic,
    limits: gptOssLimits,
    price: perMTokens(0.35, 0.75),
  }),
  chatModel({
    id: "@cf/openai/gpt-oss-20b",
    created: "2025-08-05",
    // OpenAI gpt-oss 20B: the small open-weight reasoning model.
    aliases: ["o1-mini", "o3-mini", "o4-mini"], // OpenAI's small reasoning models
    ...chatCompletions,
    capabilities: agentic,
    limits: gptOssLimits,
    price: perMTokens(0.2, 0.3),
  }),
  chatModel({
    id: "@cf/zai-org/glm-4.7-flash",
    created: "2026-02-13",
    // GLM-4.7 Flash: fast multilingual model with multi-turn tool calling; on the Free plan.
    // OpenAI's small, cheap chat models: agents send them tools and `response_format` by default, so they need
    // a cheap model with both (Cloudflare's own first recommended replacement for the retired small models).
    aliases: ["gpt-4o-mini", "gpt-3.5-turbo"],
    ...chatCompletions,
    capabilities: agentic,
    limits: { contextWindow: 131072 },
    price: perMTokens(0.06, 0.4),
  }),
  chatModel({
    id: "@cf/google/gemma-4-26b-a4b-it",
    created: "2026-04-02",
    // Gemma 4 26B-A4B Instruct: efficient open model with vision, tool calling and reasoning.
    ...chatCompletions,
    capabilities: { ...agentic, vision: true },
    limits: { contextWindow: 256000 },
    price: perMTokens(0.1, 0.3),
  }),
  chatModel({
    id: "@cf/moonshotai/kimi-k2.5",
    created: "2026-02-02",
    // Kimi K2.5: frontier-scale agentic model with vision. Cloudflare now aliases it to K2.6.
    ...chatCompletions,
    capabilities: { ...agentic, vision: true },
    limits: { contextWindow: 256000 },
    price: perMTokens(0.6, 3),
    retired: retired2026("@cf/moonshotai/kimi-k2.6"),
  }),
  chatModel({
    id: "@cf/moonshotai/kimi-k2.6",
    created: "2026-04-20",
    // Kimi K2.6: agentic coding with vision, 262K context. Workers Paid only since 2026-07-28 (Free: 403, 5035).
    ...chatCompletions,
    capabilities: { ...agentic, vision: true },
    limits: { contextWindow: 262144 },
    price: perMTokens(0.95, 4),
  }),
];
