import type { Model } from "@wai/catalog";
import { pickSampling } from "../chat/pick-sampling.ts";
import { toChatCompletionsInputs } from "../chat/to-chat-inputs.ts";
import type { CompletionCreateParams } from "../schemas/completion-create-params.ts";
import type { ChatCompletionsInputs, LegacyPromptInputs } from "../upstream-inputs.ts";

/**
 * One prompt as Workers AI inputs: the Prompt branch (`{prompt, ...}`) for Workers AI's own models, whose
 * stop sequences are applied here (they take none); chat-completions models take no `prompt` (their schema
 * refuses it), so it goes as one user message.
 */
export function toCompletionInputs(
  model: Model,
  params: CompletionCreateParams,
  prompt: string,
  options: { maxTokens: number; stream: boolean },
): LegacyPromptInputs | ChatCompletionsInputs {
  if (model.input === "chat-completions") {
    const { max_tokens, temperature, top_p, seed, stop, presence_penalty, frequency_penalty, stream_options } = params;
    const sampling = { max_tokens, temperature, top_p, seed, stop, presence_penalty, frequency_penalty };
    const messages = [{ role: "user" as const, content: prompt }];
    return toChatCompletionsInputs({ model: params.model, messages, ...sampling, stream_options }, options);
  }
  return {
    prompt,
    max_tokens: options.maxTokens,
    ...pickSampling(params),
    ...(options.stream ? { stream: true } : {}),
  };
}
