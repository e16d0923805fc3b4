import { type CompletionUsage, toUsage } from "./usage.ts";

/** OpenAI's `ChatCompletion`, as far as an image answer fills it. */
export interface ChatCompletion {
  id: string;
  object: "chat.completion";
  created: number;
  model: string;
  choices: {
    index: number;
    message: { role: "assistant"; content: string; refusal: null };
    logprobs: null;
    finish_reason: "stop";
  }[];
  usage: CompletionUsage;
}

export interface ChatAnswer {
  id: string;
  created: number;
  model: string;
  /** One markdown image per choice. */
  contents: readonly string[];
  usage: CompletionUsage;
}

/** `stream: false`: one `chat.completion` with a choice per image. */
export function toChatCompletion({ id, created, model, contents, usage }: ChatAnswer): ChatCompletion {
  return {
    id,
    object: "chat.completion",
    created,
    model,
    choices: contents.map((content, index) => ({
      index,
      message: { role: "assistant", content, refusal: null },
      logprobs: null,
      finish_reason: "stop",
    })),
    usage,
  };
}

/** The answer both shapes are built from: a fresh `chatcmpl-` id, the time, and estimated usage. */
export function toChatAnswer(model: string, prompt: string, contents: readonly string[]): ChatAnswer {
  return {
    id: `chatcmpl-${crypto.randomUUID().replaceAll("-", "")}`,
    created: Math.floor(Date.now() / 1000),
    model,
    contents,
    usage: toUsage(prompt, contents),
  };
}
