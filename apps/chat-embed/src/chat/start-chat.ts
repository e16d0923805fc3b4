import { aliasesFromEnv, type Model } from "@wai/catalog";
import { aiClientFor, type ChatReplyMeta, type GatewayRequest, newChatCompletionId } from "@wai/core";
import type { Env } from "../env.ts";
import { resolveImageUrls } from "../images/resolve-image-urls.ts";
import type { ChatCompletionCreateParams } from "../schemas/chat-completion-create-params.ts";
import { checkChatCapabilities } from "./check-chat-capabilities.ts";
import { checkUnsupportedFields } from "./check-unsupported-fields.ts";
import { type ChatPlan, planChat } from "./plan-chat.ts";
import { requireChatModel } from "./require-chat-model.ts";
import { runWithJsonFallback } from "./run-with-json-fallback.ts";
import { toChatInputs } from "./to-chat-inputs.ts";
import { legacyToolNotes } from "./to-legacy-tools.ts";
import { toSamplingParams } from "./to-sampling-params.ts";

/** A chat request sent to Workers AI, its answer not yet read. */
export interface StartedChat {
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
 * The shared first half of every chat protocol: resolves the model, checks the params against it (`ApiError`s
 * with OpenAI's `param` names), and runs it on Workers AI, streamed when `params.stream`. `runChat` and
 * `runChatStream` read the answer as normalized results; chat completions' stream writes its bytes directly.
 */
export async function startChat(
  request: GatewayRequest,
  env: Env,
  body: ChatCompletionCreateParams,
): Promise<StartedChat> {
  const { model, notes: named } = requireChatModel(body.model, aliasesFromEnv(env));
  checkUnsupportedFields(body);
  checkChatCapabilities(model, body);
  const { params, notes } = toSamplingParams(model, { ...body, messages: await resolveImageUrls(body.messages) });
  notes.unshift(...named);
  if (model.input === "prompt-messages" || model.input === "prompt-messages-parts")
    notes.push(...legacyToolNotes(params.tools));
  const plan = planChat(model, params);
  const inputsFor = (stream: boolean) => toChatInputs(model, params, { maxTokens: plan.maxTokens, stream });
  const ai = aiClientFor(request, env);
  const output = await runWithJsonFallback(ai, model.id, inputsFor, plan.upstreamStream, notes);
  const meta = { id: newChatCompletionId(), created: Math.floor(Date.now() / 1000), model: model.id };
  return { model, meta, plan, params, notes, output };
}
