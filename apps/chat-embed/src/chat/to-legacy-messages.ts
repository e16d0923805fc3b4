import type { Model } from "@wai/catalog";
import { toNineCharId } from "../new-id.ts";
import type { ChatCompletionMessageParam } from "../schemas/chat-completion-create-params.ts";

type LegacyPart = { type: "text"; text: string } | { type: "image_url"; image_url: { url: string } };
export interface LegacyMessage {
  role: string;
  content: string | LegacyPart[];
  tool_call_id?: string;
  tool_calls?: { id: string; type: "function"; function: { name: string; arguments: string } }[];
}

/**
 * OpenAI messages for Workers AI's own text models (reference §2.1.1, pitfalls 5–6): `developer` becomes
 * `system`; `content: null` becomes `""` (the binding's schema refuses null); string-only models get text parts
 * joined; vision models keep text and `image_url` parts (already `data:` URIs). llama-4-scout and
 * mistral-small take only 9-character tool-call ids, so ids are mapped the same way in calls and results.
 */
export function toLegacyMessages(model: Model, messages: readonly ChatCompletionMessageParam[]): LegacyMessage[] {
  const parts = model.input === "prompt-messages-parts";
  const idOf = (id: string) => (parts ? toNineCharId(id) : id);
  return messages.map((message): LegacyMessage => {
    switch (message.role) {
      case "system":
      case "developer":
        return { role: "system", content: toText(message.content) };
      case "user":
        return { role: "user", content: parts ? toParts(message.content) : toText(message.content) };
      case "assistant": {
        const out: LegacyMessage = { role: "assistant", content: toText(message.content ?? "") };
        if (message.tool_calls?.length)
          out.tool_calls = message.tool_calls.map((call) => ({
            id: idOf(call.id),
            type: "function",
            function: { name: call.function.name, arguments: call.function.arguments },
          }));
        return out;
      }
      case "tool":
        return { role: "tool", content: toText(message.content), tool_call_id: idOf(message.tool_call_id) };
      default: // the deprecated `function` role: its result, as a tool message
        return { role: "tool", content: message.content ?? "" };
    }
  });
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

function toParts(content: AnyContent): string | LegacyPart[] {
  if (typeof content === "string") return content;
  return content.map(
    (p): LegacyPart =>
      p.type === "image_url"
        ? { type: "image_url", image_url: { url: p.image_url?.url ?? "" } }
        : { type: "text", text: p.text ?? "" },
  );
}
