import { type GatewayRequest, newId, parseInput, readJson, withGatewayNotes } from "@wai/core";
import { runChat, runChatStream } from "../chat/run-chat.ts";
import type { Env } from "../env.ts";
import {
  type ResponseHead,
  toResponseObject,
  toResponseStatus,
  toResponseUsage,
} from "../responses/response-object.ts";
import { loadResponse, requireStore, responseNotFound, saveResponse } from "../responses/response-store.ts";
import { ResponseStreamWriter } from "../responses/response-stream-writer.ts";
import { toChatParams } from "../responses/to-chat-params.ts";
import { toConversation } from "../responses/to-conversation.ts";
import { toResponseOutput } from "../responses/to-response-output.ts";
import { toResponseParam } from "../responses/to-response-param.ts";
import type { ChatCompletionMessageParam } from "../schemas/chat-completion-create-params.ts";
import { isCommonResponseParams } from "../schemas/is-common-response-params.ts";
import { normalizeInputItems, ResponseCreateParams } from "../schemas/response-create-params.ts";
import { sseResponse } from "../stream/sse-response.ts";

/**
 * `POST /v1/responses` (OpenAI's Responses API), streamed or not, on the chat models of the catalog: the request
 * is mapped to chat params, run by the same engine as chat completions (`runChat`), and its normalized answer
 * written as a `response` or as the Responses event stream. Stateless unless the worker has the `RESPONSES` KV
 * binding: then responses are stored (unless `store: false`) and `previous_response_id` continues one.
 */
export async function createResponse(request: GatewayRequest, env: Env): Promise<Response> {
  const body = parseInput(ResponseCreateParams, normalizeInputItems(await readJson(request)), isCommonResponseParams);
  if (body.store === true) requireStore(env, "store");
  const store = body.store !== false && env.RESPONSES !== undefined;
  let history: ChatCompletionMessageParam[] = [];
  if (body.previous_response_id) {
    const kv = requireStore(env, "previous_response_id");
    const previous = await loadResponse(kv, body.previous_response_id);
    if (!previous) throw responseNotFound(body.previous_response_id, "previous_response_id");
    history = previous.messages;
  }
  const { params, notes, sources, namespaced } = toChatParams(body, history);
  if (body.store === false) notes.push("store false: the response is not kept");
  else if (!store) notes.push("store: not kept (the worker has no RESPONSES KV binding)");
  const summary = Boolean(body.reasoning?.summary ?? body.reasoning?.generate_summary);
  const head = (model: string): ResponseHead => ({
    id: newId("resp_", 48),
    createdAt: Math.floor(Date.now() / 1000),
    model,
    body,
    store,
    summary,
    namespaced,
  });
  const save = async (id: string, response: Record<string, unknown>, output: Parameters<typeof toConversation>[2]) => {
    if (store && env.RESPONSES)
      await saveResponse(env.RESPONSES, id, { response, messages: toConversation(params.messages, sources, output) });
  };

  if (!body.stream) {
    const result = await runChat(request, env, params).catch((error) => {
      throw toResponseParam(error, sources);
    });
    const choice = result.choices[0];
    const h = head(result.meta.model);
    const output = toResponseOutput(choice, summary, namespaced);
    const state = { ...toResponseStatus(choice?.finishReason), output, usage: toResponseUsage(result.usage) };
    const response = toResponseObject(h, state);
    await save(h.id, response, output);
    return withGatewayNotes(Response.json(response), [...notes, ...result.notes]);
  }

  const run = await runChatStream(request, env, params).catch((error) => {
    throw toResponseParam(error, sources);
  });
  const h = head(run.meta.model);
  const writer = new ResponseStreamWriter(h);
  const stream = run.stream(writer, async () => {
    if (writer.state.status !== "failed") await save(h.id, writer.response, writer.state.output);
  });
  return withGatewayNotes(sseResponse(stream), [...notes, ...run.notes]);
}
