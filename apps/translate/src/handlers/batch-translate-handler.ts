import { type GatewayRequest, parseInput } from "@wai/core";
import type { Env } from "../env.ts";
import { ignoredFieldsNote } from "../ignored-fields-note.ts";
import { toBatchTranslateResponse } from "../mappers/to-batch-translate-response.ts";
import { readBody } from "../read-body.ts";
import { BatchTranslateRequest } from "../schemas/batch-translate-request.ts";
import { translateInput } from "../translate/translate-input.ts";
import { readTranslateConfig } from "../translate-config.ts";
import { jsonWithNotes } from "../with-notes.ts";

const HONOURED = new Set(["text_list", "source_lang", "target_lang"]);

/** `POST /translate/batch`: Immersive Translate's "Custom API", `text_list` in, one translation each out. */
export async function batchTranslateHandler(
  request: GatewayRequest,
  env: Env,
  ctx: ExecutionContext,
): Promise<Response> {
  const config = readTranslateConfig(env);
  const input = parseInput(BatchTranslateRequest, await readBody(request, config.maxRequestBytes));
  const { results, notes } = await translateInput(request, env, ctx, config, {
    texts: input.text_list,
    sourceLang: input.source_lang,
    targetLang: input.target_lang,
  });
  return jsonWithNotes(toBatchTranslateResponse(results), [...notes, ...ignoredFieldsNote(input, HONOURED)]);
}
