import type { Model } from "@wai/catalog";
import type { ChatCompletionsInputs, LegacyMessagesInputs, LlmTranslateInputs } from "./llm-inputs.ts";

/** Room for an answer: ~1.5 tokens per source character covers CJK and scripts that tokenize poorly, plus markers. */
const tokensFor = (chars: number) => Math.min(8192, Math.max(512, Math.ceil(chars * 1.5) + 64));

/**
 * One translation call in the model's input style: `prompt-messages` models take Workers AI's legacy
 * `{messages, max_tokens}` (whose default of 256 tokens would cut a batch short: reference §6.1);
 * `chat-completions` models take OpenAI's request, with thinking turned off where the model can think
 * (`chat_template_kwargs.enable_thinking: false`, glm-4.7-flash.json): a translation needs none, and thinking
 * would spend the token budget. Temperature 0.2: faithful rather than creative, yet not stuck on a bad token.
 */
export function toLlmTranslateInputs(model: Model, system: string, user: string): LlmTranslateInputs {
  const messages = [
    { role: "system" as const, content: system },
    { role: "user" as const, content: user },
  ];
  const max_tokens = Math.min(tokensFor(user.length), model.limits.maxOutputTokens ?? 8192);
  if (model.input === "chat-completions") {
    const inputs: ChatCompletionsInputs = { messages, max_tokens, temperature: 0.2 };
    if (model.capabilities.reasoning) inputs.chat_template_kwargs = { enable_thinking: false };
    return inputs;
  }
  const inputs: LegacyMessagesInputs = { messages, max_tokens, temperature: 0.2 };
  return inputs;
}
