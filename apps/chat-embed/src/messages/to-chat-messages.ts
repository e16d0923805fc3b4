import { badRequest } from "@wai/core";
import type {
  ChatCompletionContentPart,
  ChatCompletionMessageParam,
  ChatCompletionMessageToolCall,
} from "../schemas/chat-completion-create-params.ts";
import type { ContentBlockParam, MessageCreateParams, MessageParam } from "../schemas/message-create-params.ts";

type ImageBlock = Extract<ContentBlockParam, { type: "image" }>;

/**
 * Anthropic's `system` and `messages` as chat messages: system text → a system message; a user turn's
 * `tool_result` blocks → `tool` messages (first, as chat completions wants them right after the assistant's
 * calls), its text and images → one user message (image URLs are fetched later, through the vision SSRF guard);
 * an assistant turn's text → content and its `tool_use` blocks → `tool_calls` with `input` as JSON text.
 * Thinking blocks are not sent back (the models take no prior reasoning) and images inside a tool result follow
 * it in a user message: both named in `notes`.
 */
export function toChatMessages(
  body: Pick<MessageCreateParams, "system" | "messages">,
  notes: string[],
): ChatCompletionMessageParam[] {
  const out: ChatCompletionMessageParam[] = [];
  const system = body.system === undefined ? "" : joinText(body.system);
  if (system !== "") out.push({ role: "system", content: system });
  body.messages.forEach((message, i) => {
    if (message.role === "system") out.push({ role: "system", content: joinText(message.content, `messages.${i}`) });
    else if (message.role === "assistant") out.push(toAssistant(message, i, notes));
    else out.push(...toUser(message, i, notes));
  });
  return out;
}

function toUser(message: MessageParam, i: number, notes: string[]): ChatCompletionMessageParam[] {
  if (typeof message.content === "string") return [{ role: "user", content: message.content }];
  const tools: ChatCompletionMessageParam[] = [];
  const parts: ChatCompletionContentPart[] = [];
  message.content.forEach((block, j) => {
    const param = `messages.${i}.content.${j}`;
    if (block.type === "text") parts.push({ type: "text", text: block.text });
    else if (block.type === "image") parts.push(toImagePart(block));
    else if (block.type === "tool_result") {
      const content = typeof block.content === "string" ? [] : (block.content ?? []);
      const text = typeof block.content === "string" ? block.content : joinText(content.filter(isText));
      tools.push({ role: "tool", tool_call_id: block.tool_use_id, content: block.is_error ? `Error: ${text}` : text });
      const images = content.filter((c) => c.type === "image");
      if (images.length > 0) {
        notes.push("images in a tool_result sent in a user message after it");
        parts.push(
          { type: "text", text: `(images from tool result ${block.tool_use_id})` },
          ...images.map(toImagePart),
        );
      }
    } else throw badRequest(`A user message cannot hold a \`${block.type}\` block.`, `${param}.type`);
  });
  if (parts.length === 0) return tools;
  const allText = parts.every((p) => p.type === "text");
  const content = allText ? parts.map((p) => (p as { text: string }).text).join("\n\n") : parts;
  return [...tools, { role: "user", content }];
}

function toAssistant(message: MessageParam, i: number, notes: string[]): ChatCompletionMessageParam {
  if (typeof message.content === "string") return { role: "assistant", content: message.content };
  const texts: string[] = [];
  const calls: ChatCompletionMessageToolCall[] = [];
  message.content.forEach((block, j) => {
    if (block.type === "text") texts.push(block.text);
    else if (block.type === "tool_use") {
      const args = JSON.stringify(block.input ?? {});
      calls.push({ id: block.id, type: "function", function: { name: block.name, arguments: args } });
    } else if (block.type === "thinking" || block.type === "redacted_thinking")
      notes.push("thinking blocks in the history not sent to the model");
    else
      throw badRequest(
        `An assistant message cannot hold a \`${block.type}\` block.`,
        `messages.${i}.content.${j}.type`,
      );
  });
  const content = texts.join("");
  if (calls.length === 0) return { role: "assistant", content };
  return { role: "assistant", content: content === "" ? null : content, tool_calls: calls };
}

/** Base64 sources become `data:` URIs; URLs stay URLs, fetched later by `resolveImageUrls`. */
function toImagePart(block: ImageBlock): ChatCompletionContentPart {
  const { source } = block;
  const url = source.type === "base64" ? `data:${source.media_type};base64,${source.data}` : source.url;
  return { type: "image_url", image_url: { url } };
}

const isText = (block: { type: string }): block is { type: "text"; text: string } => block.type === "text";

/** System and tool-result text, string or text blocks: blocks joined by blank lines. */
function joinText(content: string | readonly ContentBlockParam[], param?: string): string {
  if (typeof content === "string") return content;
  return content
    .map((block, j) => {
      if (block.type !== "text") throw badRequest(`Only text blocks are allowed here.`, `${param}.content.${j}.type`);
      return block.text;
    })
    .join("\n\n");
}
