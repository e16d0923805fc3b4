import { badRequest, type GatewayRequest, parseInput } from "@wai/core";
import type { Env } from "../env.ts";
import { ignoredFieldsNote } from "../ignored-fields-note.ts";
import { toDeeplTranslateResponse } from "../mappers/to-deepl-translate-response.ts";
import { readBody } from "../read-body.ts";
import { DeeplTranslateRequest } from "../schemas/deepl-translate-request.ts";
import { translateInput } from "../translate/translate-input.ts";
import { readTranslateConfig } from "../translate-config.ts";
import { jsonWithNotes } from "../with-notes.ts";

const HONOURED = new Set(["text", "source_lang", "target_lang", "show_billed_characters", "auth_key"]);

/** Fields that change the result in ways m2m100 cannot follow: refused rather than silently ignored. */
const REFUSED = ["glossary_id", "glossary_ids", "style_id", "translation_memory_id"];

function refuseUnsupported(input: Record<string, unknown>): void {
  const refused = REFUSED.find((key) => input[key] !== undefined && input[key] !== null && input[key] !== "");
  if (!refused) return;
  throw badRequest(`${refused} is not supported: the translation model (m2m100) has no glossaries or styles.`, refused);
}

/** `POST /v2/translate`: DeepL's API v2, JSON or form body, one translation per `text`, in order. */
export async function deeplTranslateHandler(
  request: GatewayRequest,
  env: Env,
  ctx: ExecutionContext,
): Promise<Response> {
  const config = readTranslateConfig(env);
  const input = parseInput(DeeplTranslateRequest, await readBody(request, config.maxRequestBytes));
  refuseUnsupported(input);
  const { results, notes } = await translateInput(request, env, ctx, config, {
    texts: input.text,
    sourceLang: input.source_lang,
    targetLang: input.target_lang,
  });
  const billed = [true, "1", "true"].includes(input.show_billed_characters ?? false);
  const response = toDeeplTranslateResponse(results, input.text, billed);
  return jsonWithNotes(response, [...notes, ...ignoredFieldsNote(input, HONOURED)]);
}
