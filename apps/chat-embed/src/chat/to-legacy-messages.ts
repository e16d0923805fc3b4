import type { ChatCompletionMessageParam } from "../schemas/chat-completion-create-params.ts";
import { toNineCharId } from "../to-nine-char-id.ts";
import type { LegacyMessagesInputs, LegacyPartsMessagesInputs } from "../upstream-inputs.ts";

/**
 * Fields beyond the published message types, which list only `role` and `content` (llama-3.3) or add
 * `tool_call_id` (llama-4-scout, mistral-small). Cloudflare's own provider sends both on every model: assistant
 * `tool_calls` (`{id, type, function: {name, arguments}}`) and tool results with `tool_call_id`
 * (cloudflare/ai packages/workers-ai-provider/src/convert-to-workersai-chat-messages.ts, 792710d).
 */
interface ToolFields {
  tool_call_id?: string;
  tool_calls?: { id: string; type: "function"; function: { name: string; arguments: string } }[];
}
export type LegacyTextMessage = LegacyMessagesInputs["messages"][number] & ToolFields;
export type LegacyPartsMessage = LegacyPartsMessagesInputs["messages"][number] & ToolFields;
type Parts = Extract<LegacyPartsMessage["content"], unknown[]>;

/**
 * OpenAI messages for Workers AI's own text models (reference §2.1.1, pitfalls 5–6): `developer` becomes
 * `system`; `content: null` becomes `""` (the binding's schema refuses null); string-only models get text parts
 * joined; vision models keep text and `image_url` parts (already `data:` URIs). llama-4-scout and
 * mistral-small take only 9-character tool-call ids, so ids are mapped the same way in calls and results.
 */
export function toLegacyTextMessages(messages: readonly ChatCompletionMessageParam[]): LegacyTextMessage[] {
  return messages.map((m) => toMessage(m, toText, (id) => id));
}

/** The same for `prompt-messages-parts` models: user content keeps its parts. */
export function toLegacyPartsMessages(messages: readonly ChatCompletionMessageParam[]): LegacyPartsMessage[] {
  return messages.map((m) => toMessage(m, toParts, toNineCharId));
}

function toMessage<C extends string | Parts>(
  message: ChatCompletionMessageParam,
  userContent: (content: AnyContent) => C,
  idOf: (id: string) => string,
): { role: string; content: C | string } & ToolFields {
  switch (message.role) {
    case "system":
    case "developer":
      return { role: "system", content: toText(message.content) };
    case "user":
      return { role: "user", content: userContent(message.content) };
    case "assistant": {
      const calls = message.tool_calls ?? [];
      return {
        role: "assistant",
        content: toText(message.content ?? ""),
        ...(calls.length
          ? {
              tool_calls: calls.map((call) => ({
                id: idOf(call.id),
                type: "function" as const,
                function: { name: call.function.name, arguments: call.function.arguments },
              })),
            }
          : {}),
      };
    }
    case "tool":
      return { role: "tool", content: toText(message.content), tool_call_id: idOf(message.tool_call_id) };
    default: // the deprecated `function` role: its result, as a tool message
      return { role: "tool", content: message.content ?? "" };
  }
}

type AnyContent = string | readonly { type: string; text?: string; image_url?: { url: string } }[];

/** Text parts joined by a blank line; other parts are refused before this runs (capability checks). */
function toText(content: AnyContent): string {
  if (typeof content === "string") return content;
  return content
    .filter((p) => p.type === "text")
    .map((p) => p.text ?? "")
    .join("\n\n");
}

function toParts(content: AnyContent): string | Parts {
  if (typeof content === "string") return content;
  return content.map((p) =>
    p.type === "image_url"
      ? { type: "image_url", image_url: { url: p.image_url?.url ?? "" } }
      : { type: "text", text: p.text ?? "" },
  );
}
