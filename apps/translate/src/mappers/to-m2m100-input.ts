/**
 * The input of `@cf/meta/m2m100-1.2b` as Cloudflare publishes it (`AiModels` in `@cloudflare/workers-types`): its
 * single-text form `{text, source_lang?, target_lang}` (the other form, `{requests}`, is the async queue's).
 */
export type M2m100Input = Extract<AiModels["@cf/meta/m2m100-1.2b"]["inputs"], { text: string }>;

/**
 * One segment as m2m100's input. Quirk: m2m100 has no auto-detect and takes an omitted `source_lang` as
 * English, so the source is always sent, already resolved (given by the client or detected).
 */
export function toM2m100Input(text: string, source: string, target: string): M2m100Input {
  return { text, source_lang: source, target_lang: target };
}
