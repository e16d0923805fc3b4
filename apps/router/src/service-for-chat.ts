import { modelSettingsOf } from "@wai/catalog/model-vars";
import { workerForModel } from "@wai/catalog/worker-for-model";
import type { Env, ServiceBinding } from "./env.ts";
import { findTopLevelString } from "./find-top-level-string.ts";

const BINDING = { "chat-embed": "CHAT_EMBED", image: "IMAGE", whisper: "WHISPER", translate: "TRANSLATE" } as const;

/**
 * `/v1/chat/completions` goes to the worker that serves the model, by the catalog's one resolution
 * (`workerForModel`, with the same `MODEL_ALIASES` parser as the workers): the image worker for image models
 * (gateways that only speak chat, such as OneAPI, ask for pictures this way), chat-embed otherwise: an unlisted
 * `@cf/`/`@hf/` id is its to pass through, an unknown or missing model its to refuse, in its own words.
 */
export function serviceForChat(body: string, env: Env): ServiceBinding {
  const name = findTopLevelString(body, "model");
  return name === undefined ? "CHAT_EMBED" : BINDING[workerForModel(name, modelSettingsOf(env).aliases)];
}
