import type { OpenApiRoute } from "@wai/playground/openapi-route";
import { BatchTranslateRequest } from "./schemas/batch-translate-request.ts";
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
];
