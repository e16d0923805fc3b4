import type { Model } from "@wai/catalog";
import { ignoredFieldsNote } from "@wai/core";
import type { ChatCompletionCreateParams } from "../schemas/chat-completion-create-params.ts";
import type { MessageCreateParams } from "../schemas/message-create-params.ts";
import { toChatMessages } from "./to-chat-messages.ts";
import { toChatTools } from "./to-chat-tools.ts";

type Effort = NonNullable<ChatCompletionCreateParams["reasoning_effort"]>;

/**
 * A Messages request as the chat completions request the shared chat engine runs on `model`. Stop sequences
 * are not sent: the Messages writers apply them, since Anthropic's answer names the one that matched. `thinking`
 * and `output_config.effort` become `reasoning_effort` on reasoning models (a budget under 4k tokens is `low`,
 * under 16k `medium`, else `high`); on other models, and for `top_k`, the notes say they were ignored.
 */
export function toChatParams(
  body: MessageCreateParams,
  model: Model,
): { params: ChatCompletionCreateParams; notes: string[] } {
  const notes: string[] = [];
  const params: ChatCompletionCreateParams = {
    model: model.id,
    messages: toChatMessages(body, notes),
    max_tokens: body.max_tokens,
    ...toChatTools(body),
  };
  if (body.temperature !== undefined) params.temperature = body.temperature;
  if (body.top_p !== undefined) params.top_p = body.top_p;
  if (body.metadata?.user_id) params.user = body.metadata.user_id;
  const format = body.output_config?.format;
  if (format) params.response_format = { type: "json_schema", json_schema: { name: "output", schema: format.schema } };
  const ignored: string[] = body.top_k !== undefined ? ["top_k"] : [];
  const effort = toEffort(body, notes);
  if (effort && model.capabilities.reasoning) params.reasoning_effort = effort;
  else if (effort && effort !== "none") ignored.push(body.output_config?.effort ? "output_config.effort" : "thinking");
  notes.push(...ignoredFieldsNote(ignored, `not supported by ${model.id}`));
  return { params, notes };
}

function toEffort(body: MessageCreateParams, notes: string[]): Effort | undefined {
  const effort = body.output_config?.effort;
  if (effort === "xhigh" || effort === "max") notes.push(`output_config.effort ${effort} sent as high`);
  if (effort) return effort === "xhigh" || effort === "max" ? "high" : effort;
  const thinking = body.thinking;
  if (thinking?.type === "disabled") return "none";
  if (thinking?.type !== "enabled") return undefined;
  const budget = thinking.budget_tokens;
  const mapped = budget < 4096 ? "low" : budget < 16384 ? "medium" : "high";
  notes.push(`thinking budget ${budget} sent as reasoning_effort ${mapped}`);
  return mapped;
}
