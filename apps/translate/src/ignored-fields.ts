/**
 * The fields a client set that m2m100 cannot honour (DeepL's `formality`, `context`, `split_sentences`...): the
 * request is served, and a note names them. Unset, null, empty and false values are not "set".
 */
export function ignoredFields(body: Record<string, unknown>, honoured: ReadonlySet<string>): string[] {
  return Object.entries(body)
    .filter(([key, value]) => !honoured.has(key) && value !== undefined && value !== null && value !== "" && value !== false)
    .map(([key]) => key);
}
