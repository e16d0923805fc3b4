import { ApiError, type GatewayRequest, parseInput } from "@wai/core";
import type { Env } from "../env.ts";
import { ignoredFieldsNote } from "../ignored-fields-note.ts";
import { isAutoLanguage } from "../languages/is-auto-language.ts";
import { toDeeplxResponse } from "../mappers/to-deeplx-response.ts";
import { readBody } from "../read-body.ts";
import { DeeplxRequest } from "../schemas/deeplx-request.ts";
import { translateInput } from "../translate/translate-input.ts";
import { readTranslateConfig } from "../translate-config.ts";
import { jsonWithNotes } from "../with-notes.ts";

const HONOURED = new Set(["text", "source_lang", "target_lang", "tag_handling"]);

/** DeepLX answers a missing or empty `text` with 404, not 400 (OwO-Network/DeepLX `service/service.go`). */
function requireText(body: unknown): unknown {
  const text = body && typeof body === "object" && !Array.isArray(body) ? Reflect.get(body, "text") : "-";
  if (text === undefined || text === null || text === "") {
    throw new ApiError({ status: 404, code: "no_text", param: "text", message: "No text to translate" });
  }
  return body;
}

/** `POST /translate` (also `/v1/translate`): DeepLX's protocol, one text per request (Immersive Translate's DeepLX). */
export async function deeplxHandler(request: GatewayRequest, env: Env, ctx: ExecutionContext): Promise<Response> {
  const config = readTranslateConfig(env);
  const input = parseInput(DeeplxRequest, requireText(await readBody(request, config.maxRequestBytes)));
  const { results, notes } = await translateInput(request, env, ctx, config, {
    texts: [input.text],
    sourceLang: input.source_lang,
    targetLang: input.target_lang,
    tagHandling: input.tag_handling || undefined,
  });
  const sourceLang = isAutoLanguage(input.source_lang) ? undefined : (input.source_lang ?? undefined);
  const id = Math.floor(Math.random() * Number.MAX_SAFE_INTEGER);
  const response = toDeeplxResponse(
    results[0] ?? { text: "", source: "" },
    { sourceLang, targetLang: input.target_lang },
    id,
  );
  return jsonWithNotes(response, [...notes, ...ignoredFieldsNote(input, HONOURED)]);
}
