import { ApiError, sha256Hex } from "@wai/core";
import type { GlossaryEntry } from "./parse-glossary-entries.ts";

/** DeepL's glossary object (`GlossaryInformation`, DeepLcom/openapi), as `/v2/glossaries` returns it. */
export interface GlossaryInfo {
  glossary_id: string;
  name: string;
  ready: boolean;
  source_lang: string;
  target_lang: string;
  creation_time: string;
  entry_count: number;
}

export interface StoredGlossary extends GlossaryInfo {
  entries: GlossaryEntry[];
}

/** Glossaries are kept per caller (a hash of the key it presents): one key never sees another's. */
const prefix = async (token: string) => `glossary:${(await sha256Hex(token)).slice(0, 32)}:`;

export async function putGlossary(kv: KVNamespace, token: string, glossary: StoredGlossary): Promise<void> {
  await kv.put((await prefix(token)) + glossary.glossary_id, JSON.stringify(glossary));
}

/** The glossary, or a 404 naming `glossary_id` (DeepL answers an unknown id with 404). */
export async function getGlossary(kv: KVNamespace, token: string, id: string): Promise<StoredGlossary> {
  const found = await kv.get<StoredGlossary>((await prefix(token)) + id, "json");
  if (!found)
    throw new ApiError({
      status: 404,
      code: "glossary_not_found",
      param: "glossary_id",
      message: `Glossary not found: ${id}`,
    });
  return found;
}

export async function listGlossaries(kv: KVNamespace, token: string): Promise<StoredGlossary[]> {
  const keys = await kv.list({ prefix: await prefix(token) });
  const all = await Promise.all(keys.keys.map((k) => kv.get<StoredGlossary>(k.name, "json")));
  return all
    .filter((g): g is StoredGlossary => g !== null)
    .sort((a, b) => a.creation_time.localeCompare(b.creation_time));
}

export async function deleteGlossary(kv: KVNamespace, token: string, id: string): Promise<void> {
  await getGlossary(kv, token, id);
  await kv.delete((await prefix(token)) + id);
}

export const toGlossaryInfo = ({ entries: _, ...info }: StoredGlossary): GlossaryInfo => info;
