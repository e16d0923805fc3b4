import { send } from "./api.ts";

type OpenApi = {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>>;
};
type Schema = { properties?: { model?: { examples?: string[] } }; anyOf?: Schema[] };

/** The model ids `/openapi.json` lists as examples for a route's `model` field. */
function examplesOf(doc: OpenApi, path: string): Set<string> {
  const ids = new Set<string>();
  const visit = (schema: Schema | undefined) => {
    for (const id of schema?.properties?.model?.examples ?? []) ids.add(id);
    for (const branch of schema?.anyOf ?? []) visit(branch);
  };
  for (const media of Object.values(doc.paths[path]?.post?.requestBody?.content ?? {})) visit(media.schema);
  return ids;
}

/**
 * Fills each model picker from `/v1/models` (what this deployment serves, with this key), keeping in each the
 * models whose route lists them (the catalog's models for that route's tasks, written at build time).
 */
export async function fillModels(doc: OpenApi): Promise<void> {
  const res = await send({ method: "GET", path: "/v1/models" });
  if (!res) return;
  const served = ((await res.json()) as { data: { id: string }[] }).data.map((m) => m.id);
  const images = examplesOf(doc, "/v1/images/generations");
  const pickers: [string, Set<string>][] = [
    ["chat-model", new Set([...examplesOf(doc, "/v1/chat/completions")].filter((id) => !images.has(id)))],
    ["image-model", images],
    ["stt-model", examplesOf(doc, "/v1/audio/transcriptions")],
    ["tts-model", examplesOf(doc, "/v1/audio/speech")],
  ];
  for (const [id, ids] of pickers) {
    const select = document.getElementById(id) as HTMLSelectElement;
    const previous = select.value;
    select.replaceChildren(...served.filter((m) => ids.has(m)).map((m) => new Option(m, m)));
    if (previous && served.includes(previous)) select.value = previous;
  }
}
