/** Characters as DeepL counts them: Unicode code points of the source texts (what `billed_characters` reports). */
export function countCharacters(texts: readonly string[]): number {
  let total = 0;
  for (const text of texts) for (const _ of text) total++;
  return total;
}
