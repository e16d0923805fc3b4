import { lookupIn, modelSettingsOf } from "@wai/catalog";
import { CHAT_EMBED_CATALOG } from "@wai/catalog/slices/chat-embed";
import { ApiError } from "@wai/core";
import type { Env } from "../env.ts";

/**
 * A chat for a text-to-image model is the image worker's (gateways that only speak chat, such as OneAPI, ask for
 * pictures this way, and the router sends every chat here without reading it): it is handed to the image worker
 * over the `IMAGE` service binding, the body already parsed sent on as JSON, with the request's headers (the
 * image worker checks the key itself) and its request id. Its answer is returned as it comes (a stream stays one).
 * Undefined for any other body: chat-embed serves it. Without the binding (chat-embed deployed alone) a 400 says
 * which worker serves the model and how to reach it.
 */
export async function handToImage(
  body: unknown,
  request: Request & { requestId: string },
  env: Env,
): Promise<Response | undefined> {
  const name = typeof body === "object" && body !== null ? (body as { model?: unknown }).model : undefined;
  if (typeof name !== "string") return undefined;
  const model = lookupIn(CHAT_EMBED_CATALOG, name, modelSettingsOf(env).aliases);
  if (model?.task !== "text-to-image") return undefined;
  if (!env.IMAGE) throw imageNotBound(name);
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  headers.set("x-request-id", request.requestId);
  return env.IMAGE.fetch(request.url, { method: "POST", headers, body: JSON.stringify(body) });
}

/** 400 on `model`: this chat-embed has no image worker bound to hand an image model's chat to. */
export function imageNotBound(name: string): ApiError {
  return new ApiError({
    status: 400,
    type: "invalid_request_error",
    code: "model_not_supported",
    param: "model",
    message:
      `The model \`${name}\` is a text-to-image model, served by the gateway's image worker, and this chat-embed ` +
      "worker has no `IMAGE` service binding to hand the chat to. Send the request through the gateway's router, " +
      "bind the image worker to chat-embed as `IMAGE`, or use POST /v1/images/generations on the image worker.",
  });
}
