import type { Model, Task } from "./model.ts";

/** The tasks an unlisted id can be passed through in: the ones whose Workers AI input is the same for every model. */
export type PassThroughTask = "text-generation" | "text-embeddings";

/**
 * A stand-in catalog entry for a `@cf/`/`@hf/` id the catalog does not know, in the route's task: chat gets the
 * OpenAI chat-completions request (which current text models take) and its answer is read in whichever shape
 * comes back; embeddings get `{text}`. Capabilities are not known, so nothing is refused up front: Workers AI
 * judges the request.
 */
export function unlistedModel(id: string, task: PassThroughTask): Model {
  const base = {
    id,
    aliases: [],
    created: 0,
    ownedBy: id.split("/")[1] ?? "cloudflare",
  } satisfies Partial<Model>;
  if (task === "text-embeddings") {
    return {
      ...base,
      task,
      worker: "chat-embed",
      input: "embedding-text",
      output: "embedding",
      capabilities: { streaming: false, tools: false, vision: false, jsonMode: false, reasoning: false },
      limits: { maxBatch: 100 }, // the most the BGE and EmbeddingGemma schemas take
    };
  }
  return {
    ...base,
    task: task satisfies Task,
    worker: "chat-embed",
    input: "chat-completions",
    output: "chat-completion",
    capabilities: { streaming: true, tools: true, vision: true, jsonMode: true, reasoning: true },
    limits: {},
  };
}
