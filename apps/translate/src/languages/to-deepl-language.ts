/**
 * An m2m100 code as DeepL and DeepLX report languages: upper case, with Norwegian as DeepL's `NB` (m2m100 says
 * `no`), so a DeepL client that sent `NB` gets `NB` back.
 */
export function toDeeplLanguage(m2m100: string): string {
  return m2m100 === "no" ? "NB" : m2m100.toUpperCase();
}
