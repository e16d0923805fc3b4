import { aliasesFromEnv } from "@wai/catalog";
import { type GatewayRequest, parseInput, readJson } from "@wai/core";
import { planChat } from "../chat/plan-chat.ts";
import { requireChatModel } from "../chat/require-chat-model.ts";
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
  const { model } = requireChatModel(body.model, aliasesFromEnv(env));
  const { params } = toChatParams({ ...body, max_tokens: 1 }, model);
  return Response.json({ input_tokens: planChat(model, params).promptTokens });
}
