import { type GatewayRequest, parseInput, readJson, requireModel } from "@wai/core";
import { chatModelName } from "../chat/chat-model-name.ts";
import { CHAT_ROUTE } from "../chat/chat-route.ts";
import { planChat } from "../chat/plan-chat.ts";
import type { Env } from "../env.ts";
import { toChatParams } from "../messages/to-chat-params.ts";
import { MessageCountTokensParams } from "../schemas/message-create-params.ts";

/**
 * `POST /v1/messages/count_tokens`: the prompt's tokens as the gateway estimates them for usage (core's
 * `estimateTokens` over the mapped system, messages and tools), without calling the model. Workers AI has no
 * tokenizer endpoint, so this is an estimate; the model is still resolved, so an unknown one is a 404.
 */
export async function countMessageTokens(request: GatewayRequest, env: Env): Promise<Response> {
  const body = parseInput(MessageCountTokensParams, await readJson(request));
  const model = requireModel(chatModelName(body.model, env).name, env, CHAT_ROUTE);
  const { params } = toChatParams({ ...body, max_tokens: 1 }, model);
  return Response.json({ input_tokens: planChat(model, params).promptTokens });
}
