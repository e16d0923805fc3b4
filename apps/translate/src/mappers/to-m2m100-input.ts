/** The Workers AI input of `@cf/meta/m2m100-1.2b` (reference §2.7). */
export interface M2m100Input extends Record<string, unknown> {
  text: string;
  source_lang: string;
  target_lang: string;
}

/**
 * One segment as m2m100's input. Quirk: m2m100 has no auto-detect and takes an omitted `source_lang` as
 * English, so the source is always sent, already resolved (given by the client or detected).
 */
export function toM2m100Input(text: string, source: string, target: string): M2m100Input {
  return { text, source_lang: source, target_lang: target };
}
