import { badRequest, type GatewayRequest, parseInput } from "@wai/core";
import type { Env } from "../env.ts";
import {
  deleteGlossary,
  getGlossary,
  listGlossaries,
  putGlossary,
  toGlossaryInfo,
} from "../glossary/glossary-store.ts";
import { parseGlossaryEntries, toTsv } from "../glossary/parse-glossary-entries.ts";
import { toLlmLanguage } from "../languages/to-llm-language.ts";
import { readBody } from "../read-body.ts";
import { CreateGlossaryRequest } from "../schemas/create-glossary-request.ts";
import { readTranslateConfig } from "../translate-config.ts";

const idOf = (request: GatewayRequest) => String(request.params.id ?? "");

/** `POST /v2/glossaries`: 201 with the glossary's information; entries in DeepL's TSV or CSV. */
export async function createGlossaryHandler(request: GatewayRequest, env: Env): Promise<Response> {
  const body = await readBody(request, readTranslateConfig(env).maxRequestBytes);
  const input = parseInput(
    CreateGlossaryRequest,
    Array.isArray((body as { text?: unknown })?.text) ? { ...(body as object), text: undefined } : body,
  );
  const entries = parseGlossaryEntries(input.entries, input.entries_format);
  const source = toLlmLanguage(input.source_lang, "source_lang");
  const target = toLlmLanguage(input.target_lang, "target_lang");
  if (source === target) throw badRequest("source_lang and target_lang must differ.", "target_lang");
  const glossary = {
    glossary_id: crypto.randomUUID(),
    name: input.name,
    ready: true,
    source_lang: source,
    target_lang: target,
    creation_time: new Date().toISOString(),
    entry_count: entries.length,
    entries,
  };
  await putGlossary(env.TRANSLATE_KV, request.auth.token, glossary);
  return Response.json(toGlossaryInfo(glossary), { status: 201 });
}

/** `GET /v2/glossaries`. */
export async function listGlossariesHandler(request: GatewayRequest, env: Env): Promise<Response> {
  const all = await listGlossaries(env.TRANSLATE_KV, request.auth.token);
  return Response.json({ glossaries: all.map(toGlossaryInfo) });
}

/** `GET /v2/glossaries/:id`. */
export async function getGlossaryHandler(request: GatewayRequest, env: Env): Promise<Response> {
  return Response.json(toGlossaryInfo(await getGlossary(env.TRANSLATE_KV, request.auth.token, idOf(request))));
}

/** `GET /v2/glossaries/:id/entries`: DeepL's TSV (`text/tab-separated-values`). */
export async function glossaryEntriesHandler(request: GatewayRequest, env: Env): Promise<Response> {
  const glossary = await getGlossary(env.TRANSLATE_KV, request.auth.token, idOf(request));
  return new Response(toTsv(glossary.entries), {
    headers: { "content-type": "text/tab-separated-values; charset=utf-8" },
  });
}

/** `DELETE /v2/glossaries/:id`: 204. */
export async function deleteGlossaryHandler(request: GatewayRequest, env: Env): Promise<Response> {
  await deleteGlossary(env.TRANSLATE_KV, request.auth.token, idOf(request));
  return new Response(null, { status: 204 });
}
