import { badRequest, type GatewayRequest, parseInput } from "@wai/core";
import type { Env } from "../env.ts";
import { ignoredFieldsNote } from "../ignored-fields-note.ts";
import { toFormality } from "../languages/to-formality.ts";
import { toDeeplTranslateResponse } from "../mappers/to-deepl-translate-response.ts";
import { readBody } from "../read-body.ts";
import { DeeplTranslateRequest } from "../schemas/deepl-translate-request.ts";
import { translateInput } from "../translate/translate-input.ts";
import { readTranslateConfig } from "../translate-config.ts";
import { jsonWithNotes } from "../with-notes.ts";

const HONOURED = new Set([
  "text",
  "source_lang",
  "target_lang",
  "show_billed_characters",
  "auth_key",
  "model_type",
  "tag_handling",
  "ignore_tags",
  "formality",
  "context",
  "glossary_id",
  "glossary_ids",
]);

/** Fields that change the result in ways neither engine can follow: refused rather than silently ignored. */
const REFUSED = ["style_id", "translation_memory_id"];

function refuseUnsupported(input: DeeplTranslateRequest): void {
  const refused = REFUSED.find((key) => input[key] !== undefined && input[key] !== null && input[key] !== "");
  if (refused)
    throw badRequest(`${refused} is not supported: this worker has no styles or translation memories.`, refused);
  if ((input.glossary_ids?.length ?? 0) > 1 || (input.glossary_id && input.glossary_ids?.length)) {
    throw badRequest(
      "One glossary per request is supported (glossary_id, or glossary_ids with one id).",
      "glossary_ids",
    );
  }
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
  const { results, notes, engine } = await translateInput(request, env, ctx, config, {
    texts: input.text,
    sourceLang: input.source_lang,
    targetLang: input.target_lang,
    modelType: input.model_type,
    tagHandling: input.tag_handling || undefined,
    ignoreTags: input.ignore_tags ?? [],
    formality: toFormality(input.formality),
    context: input.context,
    glossaryId: input.glossary_id || input.glossary_ids?.[0],
  });
  const billed = [true, "1", "true"].includes(input.show_billed_characters ?? false);
  const modelTypeUsed = input.model_type ? (engine === "llm" ? "quality_optimized" : "latency_optimized") : undefined;
  const response = toDeeplTranslateResponse(results, input.text, { billed, modelTypeUsed });
  return jsonWithNotes(response, [...notes, ...ignoredFieldsNote(input, HONOURED)]);
}
