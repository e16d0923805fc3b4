import type { Model } from "@wai/catalog";
import {
  aiClientFor,
  type ChatReplyMeta,
  type GatewayRequest,
  modelsFor,
  newChatCompletionId,
  serveWithFallbacks,
} from "@wai/core";
import type { Env } from "../env.ts";
import { resolveImageUrls } from "../images/resolve-image-urls.ts";
import type { ChatCompletionCreateParams } from "../schemas/chat-completion-create-params.ts";
import { chatModelName } from "./chat-model-name.ts";
import { CHAT_ROUTE } from "./chat-route.ts";
import { checkChatCapabilities } from "./check-chat-capabilities.ts";
import { checkUnsupportedFields } from "./check-unsupported-fields.ts";
import { type ChatPlan, planChat } from "./plan-chat.ts";
import { runWithJsonFallback } from "./run-with-json-fallback.ts";
import { toChatInputs } from "./to-chat-inputs.ts";
import { legacyToolNotes } from "./to-legacy-tools.ts";
import { toSamplingParams } from "./to-sampling-params.ts";

/** A chat request sent to Workers AI, its answer not yet read. */
export interface StartedChat {
  /** The model that served it (a retired one's successor, or one down the `MODEL_FALLBACKS` ladder). */
  model: Model;
  meta: ChatReplyMeta;
  plan: ChatPlan;
  /** The params as sent (sampling held to the model's ranges, image URLs fetched). */
  params: ChatCompletionCreateParams;
  /** Documented mappings for `x-gateway-notes`. */
  notes: string[];
  /** A `ReadableStream` of upstream SSE bytes, or a JSON answer. */
  output: unknown;
}

/**
 * The shared first half of every chat protocol: resolves the model (aliases, retired ids, unlisted `@cf/`/`@hf/`
 * ids, the `MODEL_FALLBACKS` ladder), checks the params against it (`ApiError`s with OpenAI's `param` names),
 * and runs it on Workers AI, streamed when `params.stream`. `runChat` and `runChatStream` read the answer as
 * normalized results; chat completions' stream writes its bytes directly.
 */
export async function startChat(
  request: GatewayRequest,
  env: Env,
  body: ChatCompletionCreateParams,
): Promise<StartedChat> {
  const named = chatModelName(body.model, env);
  const resolved = modelsFor(named.name, env, CHAT_ROUTE);
  checkUnsupportedFields(body);
  // Only a user message with content parts can hold an image: without one the body goes on as it is, no copy.
  const sent = hasContentParts(body.messages) ? { ...body, messages: await resolveImageUrls(body.messages) } : body;
  const ai = aiClientFor(request, env);
  const attempt = async (model: Model) => {
    checkChatCapabilities(model, body);
    const { params, notes } = toSamplingParams(model, sent);
    if (model.input === "prompt-messages" || model.input === "prompt-messages-parts")
      notes.push(...legacyToolNotes(params.tools));
    const plan = planChat(model, params);
    const inputsFor = (stream: boolean) => toChatInputs(model, params, { maxTokens: plan.maxTokens, stream });
    const output = await runWithJsonFallback(ai, model.id, inputsFor, plan.upstreamStream, notes);
    return { params, notes, plan, output };
  };
  const served = await serveWithFallbacks(resolved, attempt);
  const { model } = served;
  const { params, plan, output } = served.value;
  const notes = [...named.notes, ...served.notes, ...served.value.notes];
  const meta = { id: newChatCompletionId(), created: Math.floor(Date.now() / 1000), model: model.id };
  return { model, meta, plan, params, notes, output };
}

function hasContentParts(messages: ChatCompletionCreateParams["messages"]): boolean {
  for (const message of messages) if (message.role === "user" && typeof message.content !== "string") return true;
  return false;
}
