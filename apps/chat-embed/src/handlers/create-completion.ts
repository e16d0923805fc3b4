import type { Model } from "@wai/catalog";
import { CHAT_EMBED_CATALOG } from "@wai/catalog/slices/chat-embed";
import {
  aiClientFor,
  type GatewayRequest,
  mapLimited,
  modelsFor,
  newId,
  parseInput,
  readJson,
  serveWithFallbacks,
  withGatewayNotes,
} from "@wai/core";
import { applyStop } from "../chat/apply-stop.ts";
import { runWithJsonFallback } from "../chat/run-with-json-fallback.ts";
import { toGeneration } from "../chat/to-generation.ts";
import { toSamplingParams } from "../chat/to-sampling-params.ts";
import { toTextCompletion } from "../chat/to-text-completion.ts";
import { checkCompletionParams } from "../completions/check-completion-params.ts";
import { mergeGenerations } from "../completions/merge-generations.ts";
import { planCompletion } from "../completions/plan-completion.ts";
import { toCompletionInputs } from "../completions/to-completion-inputs.ts";
import { toPrompts } from "../completions/to-prompts.ts";
import type { Env } from "../env.ts";
import { CompletionCreateParams } from "../schemas/completion-create-params.ts";
import { sseResponse } from "../stream/sse-response.ts";
import { streamChat } from "../stream/stream-chat.ts";
import { TextStreamWriter } from "../stream/text-stream-writer.ts";

/** Prompts run at once; the rest wait their turn (Workers AI allows 300 text generations a minute). */
const PROMPTS_IN_FLIGHT = 4;

/** `POST /v1/completions` (legacy): one upstream call per prompt, answers in the prompts' order. */
export async function createCompletion(request: GatewayRequest, env: Env): Promise<Response> {
  const body = parseInput(CompletionCreateParams, await readJson(request));
  const prompts = toPrompts(body.prompt);
  const resolved = modelsFor(body.model, env, {
    catalog: CHAT_EMBED_CATALOG,
    worker: "chat-embed",
    task: "text-generation",
  });
  checkCompletionParams(body, prompts.length);
  const ai = aiClientFor(request, env);
  const attempt = async (model: Model) => {
    const { params, notes } = toSamplingParams(model, body);
    const plan = planCompletion(model, params, prompts);
    const run = (prompt: string) =>
      runWithJsonFallback(
        ai,
        model.id,
        (stream) => toCompletionInputs(model, params, prompt, { maxTokens: plan.maxTokens, stream }),
        plan.upstreamStream,
        notes,
      );
    const outputs = await mapLimited(prompts, PROMPTS_IN_FLIGHT, run);
    return { params, notes, plan, outputs };
  };
  const served = await serveWithFallbacks(resolved, attempt);
  const { model } = served;
  const { params, plan, outputs } = served.value;
  const notes = [...served.notes, ...served.value.notes];
  const meta = { id: newId("cmpl-"), created: Math.floor(Date.now() / 1000), model: model.id, ...plan };
  const first = outputs[0];
  if (params.stream) {
    const writer = new TextStreamWriter({ ...meta, includeUsage: Boolean(params.stream_options?.include_usage) });
    return withGatewayNotes(sseResponse(streamChat(first, model, plan, writer)), notes);
  }
  const generations = outputs.map((o) => applyStop(toGeneration(model, o, plan.maxTokens), plan.stop));
  return withGatewayNotes(Response.json(toTextCompletion(mergeGenerations(generations), meta)), notes);
}
