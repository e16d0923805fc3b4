import type { Obj } from "../validate.ts";

/** A function the model may call, from either tool shape (flat legacy or OpenAI `{type, function}`). */
export interface ToolDef {
  name: string;
  parameters?: Obj;
}

export type ToolChoice = "auto" | "none" | "required" | { name: string };

/** A validated text-generation request, reduced to what the emulated answer depends on. */
export interface TextRequest {
  /** The prompt, or the last user message: the answer echoes it and is seeded from it. */
  userText: string;
  /** Set when the last message is a tool result: the answer reports it rather than calling a tool again. */
  toolResult?: string;
  /** `prompt` rather than `messages` (chat-completion models answer `text_completion` then). */
  fromPrompt: boolean;
  promptTokens: number;
  maxTokens: number;
  stream: boolean;
  /** `stream_options.include_usage` (chat-completion models). */
  includeUsage: boolean;
  tools: ToolDef[];
  toolChoice: ToolChoice;
  /** JSON mode: the schema the answer follows (`{}` for `json_object`). */
  jsonSchema?: Obj;
  /** The model thinks first (reasoning capability, not disabled by `reasoning_effort: null`). */
  reasoning: boolean;
  /** Choices to return (`n`, chat-completion models). */
  n: number;
}
