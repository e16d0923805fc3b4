import { type AiClient, mapLimited } from "@wai/core";
import { languageName } from "../languages/to-llm-language.ts";
import type { LlmOptions } from "../llm/llm-options.ts";
import { llmTranslator } from "../llm/llm-translator.ts";
import { toM2m100Input } from "../mappers/to-m2m100-input.ts";
import { toTranslatedText } from "../mappers/to-translated-text.ts";
import type { EngineKind, TranslateConfig } from "../translate-config.ts";
import { createLimiter } from "./limiter.ts";
import type { Job } from "./segment-pool.ts";
import { MAX_IN_FLIGHT } from "./translate-texts.ts";
import { withRetry } from "./with-retry.ts";

export interface EngineRunnerOptions {
  engine: EngineKind;
  ai: AiClient;
  config: TranslateConfig;
  /** The target code (m2m100's, or the LLM target's). */
  target: string;
  /** The LLM target's name (`Traditional Chinese`). */
  targetName: string;
  options: LlmOptions;
}

/**
 * How the jobs the cache does not have are translated: m2m100 one job per call; the LLM in numbered batches.
 * Either way at most `MAX_IN_FLIGHT` upstream calls at once, capacity errors retried.
 */
export function engineRunner(o: EngineRunnerOptions): (jobs: Job[]) => Promise<string[]> {
  if (o.engine === "m2m100") {
    return (jobs) =>
      mapLimited(jobs, MAX_IN_FLIGHT, (job) =>
        // The answer is read inside the retry: an `ERROR…` answer is tried once more, then thrown, never cached.
        withRetry(async () =>
          toTranslatedText(await o.ai.run(o.config.model, toM2m100Input(job.text, job.source, o.target)), job.text),
        ),
      );
  }
  return llmTranslator({
    ai: o.ai,
    model: o.config.llmModel,
    languages: (source) => ({ source: languageName(source), target: o.targetName }),
    options: o.options,
    limit: createLimiter(MAX_IN_FLIGHT),
  });
}
