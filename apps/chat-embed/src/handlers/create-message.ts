import { type GatewayRequest, newId, parseInput, readJson, requireModel, withGatewayNotes } from "@wai/core";
import { chatModelName } from "../chat/chat-model-name.ts";
import { CHAT_ROUTE } from "../chat/chat-route.ts";
import { planChat } from "../chat/plan-chat.ts";
import { runChat, runChatStream } from "../chat/run-chat.ts";
import type { Env } from "../env.ts";
import { fitMaxTokens } from "../messages/fit-max-tokens.ts";
import { MessageStreamWriter } from "../messages/message-stream-writer.ts";
import { toChatParams } from "../messages/to-chat-params.ts";
import { toMessage } from "../messages/to-message.ts";
import { isCommonMessageParams } from "../schemas/is-common-message-params.ts";
import { MessageCreateParams } from "../schemas/message-create-params.ts";
import { sseResponse } from "../stream/sse-response.ts";

/** `POST /v1/messages` (Anthropic's Messages API), streamed or not, on the shared chat engine. */
export async function createMessage(request: GatewayRequest, env: Env): Promise<Response> {
  const body = parseInput(MessageCreateParams, await readJson(request), isCommonMessageParams);
  const named = chatModelName(body.model, env);
  const model = requireModel(named.name, env, CHAT_ROUTE);
  const notes = [...named.notes];
  const { params, notes: mapped } = toChatParams(body, model);
  const fitted = fitMaxTokens(model, body.max_tokens, planChat(model, params).promptTokens);
  params.max_tokens = fitted.maxTokens;
  notes.push(...mapped, ...(fitted.note ? [fitted.note] : []));
  if (!body.stream) {
    const result = await runChat(request, env, params);
    const [choice] = result.choices;
    if (!choice) throw new Error("chat engine returned no choice");
    const message = toMessage(result.meta.model, choice, result.usage, body.stop_sequences);
    return withGatewayNotes(Response.json(message), [...notes, ...result.notes]);
  }
  const result = await runChatStream(request, env, { ...params, stream: true });
  const meta = { id: newId("msg_"), model: result.meta.model, promptTokens: result.promptTokens };
  const writer = new MessageStreamWriter({ ...meta, stopSequences: body.stop_sequences ?? [] });
  return withGatewayNotes(sseResponse(result.stream(writer)), [...notes, ...result.notes]);
}
