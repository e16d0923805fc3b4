import type { Model } from "@wai/catalog";
import { toChatInputs } from "../chat/to-chat-inputs.ts";
import type { CompletionCreateParams } from "../schemas/completion-create-params.ts";

/**
 * One prompt as Workers AI inputs: `{prompt, ...}` for Workers AI's own models; chat-completions models take
 * no `prompt` (their schema refuses it), so it goes as one user message.
 */
export function toCompletionInputs(
  model: Model,
  params: CompletionCreateParams,
  prompt: string,
  options: { maxTokens: number; stream: boolean },
): Record<string, unknown> {
  const { max_tokens, temperature, top_p, seed, stop, presence_penalty, frequency_penalty, stream_options } = params;
  const sampling = { max_tokens, temperature, top_p, seed, stop, presence_penalty, frequency_penalty, stream_options };
  const messages = [{ role: "user" as const, content: prompt }];
  const chat = toChatInputs(model, { model: params.model, messages, ...sampling }, options);
  if (model.input === "chat-completions") return chat;
  const { messages: __, ...inputs } = chat as Record<string, unknown>;
  return { prompt, ...inputs };
}
