import type { OpenApiRoute } from "@wai/playground/openapi-route";
import { BatchTranslateRequest } from "./schemas/batch-translate-request.ts";
import { CreateGlossaryRequest } from "./schemas/create-glossary-request.ts";
import { DeeplTranslateRequest } from "./schemas/deepl-translate-request.ts";
import { DeeplxRequest } from "./schemas/deeplx-request.ts";

const DEEPLX = {
  method: "post",
  summary: "Translate (DeepLX); the key may also travel as `?token=`",
  worker: "translate",
  json: DeeplxRequest,
  errors: "deeplx",
  response: { kind: "json", description: "`{code, data, source_lang, target_lang, alternatives}`" },
} as const;
const BATCH = {
  method: "post",
  summary: "Translate a list of paragraphs (Immersive Translate's custom API)",
  worker: "translate",
  json: BatchTranslateRequest,
  errors: "deeplx",
  response: { kind: "json", description: "`{translations: [{detected_source_lang, text}]}`" },
} as const;

/** This worker's routes for `/openapi.json` (read by the playground's build, never bundled). */
export const OPENAPI_ROUTES: OpenApiRoute[] = [
  { ...DEEPLX, path: "/translate" },
  { ...DEEPLX, path: "/v1/translate" },
  { ...BATCH, path: "/translate/batch" },
  { ...BATCH, path: "/v1/translate/batch" },
  {
    method: "post",
    path: "/v2/translate",
    summary: "Translate (DeepL API v2); the key as `Authorization: DeepL-Auth-Key <key>`",
    worker: "translate",
    json: DeeplTranslateRequest,
    errors: "deepl",
    response: { kind: "json", description: "`{translations: [{detected_source_language, text}]}`" },
  },
  {
    method: "get",
    path: "/v2/usage",
    summary: "Characters translated with this key this month, and the limit (DeepL API v2)",
    worker: "translate",
    errors: "deepl",
    response: { kind: "json", description: "`{character_count, character_limit}`" },
  },
  {
    method: "get",
    path: "/v2/languages",
    summary: "Languages the engines translate from (`?type=source`) or into (`?type=target`), in DeepL's shape",
    worker: "translate",
    errors: "deepl",
    response: { kind: "json", description: "`[{language, name, supports_formality?}]`" },
  },
  {
    method: "post",
    path: "/v2/glossaries",
    summary: "Create a glossary from TSV or CSV entries (DeepL API v2); applied by the LLM engine",
    worker: "translate",
    json: CreateGlossaryRequest,
    errors: "deepl",
    response: {
      kind: "json",
      description: "`{glossary_id, name, ready, source_lang, target_lang, creation_time, entry_count}`",
    },
  },
  {
    method: "get",
    path: "/v2/glossaries",
    summary: "This key's glossaries (DeepL API v2)",
    worker: "translate",
    errors: "deepl",
    response: { kind: "json", description: "`{glossaries: [...]}`" },
  },
  {
    method: "get",
    path: "/v2/glossaries/{id}",
    summary: "One glossary's information (DeepL API v2); `DELETE` removes it",
    worker: "translate",
    errors: "deepl",
    response: {
      kind: "json",
      description: "`{glossary_id, name, ready, source_lang, target_lang, creation_time, entry_count}`",
    },
  },
  {
    method: "get",
    path: "/v2/glossaries/{id}/entries",
    summary: "One glossary's entries as TSV (DeepL API v2)",
    worker: "translate",
    errors: "deepl",
    response: { kind: "json", description: "TSV text (`text/tab-separated-values`)" },
  },
];
