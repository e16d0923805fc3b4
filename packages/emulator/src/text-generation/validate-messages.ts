import { badInput } from "../ai-error.ts";
import type { TextGenerationModel as Model } from "../model.ts";
import { asObject, missing, type Obj, readString, typeMismatch } from "../validate.ts";

/** What the answer needs from a valid `messages` array. */
export interface MessagesSummary {
  /** The last user message's text: the answer echoes it and is seeded from it. */
  userText: string;
  /** The last message's text when it is a tool result. */
  toolResult?: string;
  /** Estimated prompt tokens. */
  tokens: number;
}

const CHAT_ROLES = ["developer", "system", "user", "assistant", "tool", "function"];
const TOOL_ROLES = ["tool", "function", "ipython"];

/**
 * Content rules by input style (reference §2.1.1): a string only for `prompt-messages` (an array is a 5006 type
 * mismatch), string / parts / one part for `prompt-messages-parts`, OpenAI content for `chat-completions`.
 */
export function readMessages(model: Model, value: unknown): MessagesSummary {
  if (!Array.isArray(value)) throw typeMismatch("/messages", "array", value);
  if (value.length === 0) throw badInput("Array at '/messages' has fewer than 1 items");
  let userText = "";
  let chars = 0;
  let images = 0;
  let last = { role: "", text: "" };
  value.forEach((raw, i) => {
    const path = `/messages/${i}`;
    const msg = asObject(raw, path);
    const role = readString(msg, "role", { required: true }, path) ?? "";
    if (model.request === "chat-completions" && !CHAT_ROLES.includes(role))
      throw badInput(`'${path}/role' must be one of '${CHAT_ROLES.join("', '")}'`);
    const content = readContent(model, msg, path, role);
    if (TOOL_ROLES.includes(role)) checkToolCallId(model, msg, path);
    if (role === "user") userText = content.text;
    chars += content.text.length + role.length;
    images += content.images;
    last = { role, text: content.text };
  });
  return {
    userText,
    ...(TOOL_ROLES.includes(last.role) ? { toolResult: last.text } : {}),
    tokens: Math.ceil(chars / 4) + 3 * value.length + 64 * images,
  };
}

function readContent(model: Model, msg: Obj, path: string, role: string): { text: string; images: number } {
  const content = msg.content;
  const p = `${path}/content`;
  if (model.content === "string") {
    if (content === undefined) throw missing(path, ["content"]);
    if (typeof content !== "string") throw typeMismatch(p, "string", content);
    return { text: content, images: 0 };
  }
  if (typeof content === "string") return { text: content, images: 0 };
  if (model.content === "openai" && (content === null || content === undefined) && role === "assistant")
    return { text: "", images: 0 };
  if (content === undefined) throw missing(path, ["content"]);
  if (Array.isArray(content)) return readParts(model, content, p);
  if (model.content === "image-parts" && content && typeof content === "object") return readPart(model, content, p);
  throw typeMismatch(p, "string", content);
}

function readParts(model: Model, parts: unknown[], path: string): { text: string; images: number } {
  const read = parts.map((part, i) => readPart(model, part, `${path}/${i}`));
  return { text: read.map((r) => r.text).join("\n"), images: read.reduce((n, r) => n + r.images, 0) };
}

function readPart(model: Model, raw: unknown, path: string): { text: string; images: number } {
  const part = asObject(raw, path);
  const type = readString(part, "type", { required: true }, path);
  if (type === "text") return { text: readString(part, "text", { required: true }, path) ?? "", images: 0 };
  if (type === "image_url") {
    if (!model.vision) throw badInput(`'${path}' is an image, and this model takes text only`);
    const url = readString(
      asObject(part.image_url, `${path}/image_url`),
      "url",
      { required: true },
      `${path}/image_url`,
    );
    // Workers AI takes data: URIs only; an http(s) URL fails the schema's pattern.
    if (!url?.startsWith("data:")) throw badInput(`String at '${path}/image_url/url' does not match pattern '^data:*'`);
    return { text: "", images: 1 };
  }
  if (model.content === "openai" && (type === "input_audio" || type === "file")) return { text: "", images: 0 };
  throw badInput(`'${path}/type' must be one of 'text', 'image_url'`);
}

function checkToolCallId(model: Model, msg: Obj, path: string): void {
  const id = msg.tool_call_id;
  if (model.request === "chat-completions") {
    if (msg.role === "tool") readString(msg, "tool_call_id", { required: true }, path);
    return;
  }
  if (id === undefined) return;
  if (typeof id !== "string") throw typeMismatch(`${path}/tool_call_id`, "string", id);
  // llama-4-scout and mistral-small-3.1 schemas: pattern [a-zA-Z0-9]{9}.
  if (model.toolCallIdPattern && !/^[a-zA-Z0-9]{9}$/.test(id))
    throw badInput(`String at '${path}/tool_call_id' does not match pattern '[a-zA-Z0-9]{9}'`);
}
