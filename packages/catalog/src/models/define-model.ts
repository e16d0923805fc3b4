import type { Capabilities, Limits, Model, ServingWorker, Task } from "../model.ts";

/** Which of this project's workers serves each task (DESIGN.md, "Layout"). */
const WORKER_OF_TASK: Readonly<Record<Task, ServingWorker>> = {
  "text-generation": "chat-embed",
  "image-to-text": "chat-embed",
  "text-embeddings": "chat-embed",
  "text-to-image": "image",
  "automatic-speech-recognition": "whisper",
  "text-to-speech": "whisper",
  translation: "translate",
};

/** A catalog entry as written in the data files: only what differs from the defaults. */
export interface ModelSpec
  extends Omit<Model, "worker" | "ownedBy" | "created" | "aliases" | "capabilities" | "limits"> {
  /**
   * When the model appeared on Workers AI, as an ISO date (`2024-07-23`) or month (`2024-02`). Dates are
   * approximate, often to the month only (Cloudflare publishes no "added on" list): they only order `/v1/models`.
   */
  created: string;
  aliases?: readonly string[];
  /** Defaults: everything false, except `streaming` for text generation. */
  capabilities?: Partial<Capabilities>;
  limits?: Limits;
}

/**
 * Fills in what follows from the spec: the serving worker (from the task), `owned_by` (the author segment of
 * the id: `@cf/meta/...` → `meta`), `created` in unix seconds, and for text generation the `max_tokens` to send
 * when the client gives none (see `defaultMaxTokens`).
 */
export function defineModel(spec: ModelSpec): Model {
  const { created, aliases = [], capabilities, limits = {}, ...rest } = spec;
  const generates = spec.task === "text-generation";
  const caps: Capabilities = {
    streaming: generates,
    tools: false,
    vision: false,
    jsonMode: false,
    reasoning: false,
    ...capabilities,
  };
  return {
    ...rest,
    worker: WORKER_OF_TASK[spec.task],
    ownedBy: spec.id.split("/")[1] ?? "cloudflare",
    created: unixSeconds(created),
    aliases,
    capabilities: caps,
    limits: generates ? { defaultMaxTokens: defaultMaxTokens(limits, caps.reasoning), ...limits } : limits,
  };
}

/**
 * Workers AI cuts answers at 256 tokens when `max_tokens` is missing. We send a quarter of the context window
 * (room for the prompt), at most 2,048, or 8,192 for reasoning models, which think before they answer. An
 * unknown context window counts as 4,096. Never more than the model's own output limit.
 */
export function defaultMaxTokens(limits: Limits, reasoning: boolean): number {
  const ceiling = reasoning ? 8192 : 2048;
  const fromContext = Math.floor((limits.contextWindow ?? 4096) / 4);
  return Math.min(ceiling, fromContext, limits.maxOutputTokens ?? Number.POSITIVE_INFINITY);
}

/** `2024-07-23` or `2024-07` (the first of the month), UTC. */
function unixSeconds(isoDate: string): number {
  const ms = /^\d{4}-\d{2}(-\d{2})?$/.test(isoDate) ? Date.parse(isoDate) : Number.NaN;
  if (Number.isNaN(ms)) throw new Error(`catalog: "${isoDate}" is not an ISO date`);
  return ms / 1000;
}
