import { aliasesFromEnv, requireModel } from "@wai/catalog";
import { aiClientFor, type GatewayRequest, parseInput, readJson } from "@wai/core";
import { applyStop } from "../chat/apply-stop.ts";
import { toGeneration } from "../chat/to-generation.ts";
import { toTextCompletion } from "../chat/to-text-completion.ts";
import { checkCompletionParams } from "../completions/check-completion-params.ts";
import { mergeGenerations } from "../completions/merge-generations.ts";
import { planCompletion } from "../completions/plan-completion.ts";
import { toCompletionInputs } from "../completions/to-completion-inputs.ts";
import { toPrompts } from "../completions/to-prompts.ts";
import type { Env } from "../env.ts";
import { asRunInputs } from "../upstream-inputs.ts";
import { mapWithConcurrency } from "../map-with-concurrency.ts";
import { newId } from "../new-id.ts";
import { CompletionCreateParams } from "../schemas/completion-create-params.ts";
import { generationToStream } from "../stream/generation-to-stream.ts";
import { sseResponse } from "../stream/sse-response.ts";
import { TextStreamWriter } from "../stream/text-stream-writer.ts";
import { toSseStream } from "../stream/to-sse-stream.ts";

/** Prompts run at once; the rest wait their turn (Workers AI allows 300 text generations a minute). */
const PROMPTS_IN_FLIGHT = 4;

/** `POST /v1/completions` (legacy): one upstream call per prompt, answers in the prompts' order. */
export async function createCompletion(request: GatewayRequest, env: Env): Promise<Response> {
  const params = parseInput(CompletionCreateParams, await readJson(request));
  const prompts = toPrompts(params.prompt);
  const model = requireModel(params.model, {
    aliases: aliasesFromEnv(env),
    worker: "chat-embed",
    task: "text-generation",
  });
  checkCompletionParams(params, prompts.length);
  const plan = planCompletion(model, params, prompts);
  const ai = aiClientFor(request, env);
  const options = { maxTokens: plan.maxTokens, stream: plan.upstreamStream };
  const run = (prompt: string) => ai.run(model.id, asRunInputs(toCompletionInputs(model, params, prompt, options)));
  const outputs = await mapWithConcurrency(prompts, PROMPTS_IN_FLIGHT, run);
  const meta = { id: newId("cmpl-"), created: Math.floor(Date.now() / 1000), model: params.model, ...plan };
  const first = outputs[0];
  if (params.stream) {
    const writer = new TextStreamWriter({ ...meta, includeUsage: Boolean(params.stream_options?.include_usage) });
    if (first instanceof ReadableStream) return sseResponse(toSseStream(first, writer));
    return sseResponse(generationToStream(toGeneration(model, first, plan.maxTokens), writer));
  }
  const generations = outputs.map((o) => applyStop(toGeneration(model, o, plan.maxTokens), plan.stop));
  return Response.json(toTextCompletion(mergeGenerations(generations), meta));
}
