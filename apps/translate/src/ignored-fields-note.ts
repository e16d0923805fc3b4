/**
 * A note naming the fields a client set that m2m100 cannot honour (DeepL's `formality`, `context`,
 * `tag_handling`...): the request is served, and the note says what was not applied. Unset, null, empty and
 * false values are not "set". Returns no note when nothing was ignored.
 */
export function ignoredFieldsNote(body: Record<string, unknown>, honoured: ReadonlySet<string>): string[] {
  const ignored = Object.entries(body)
    .filter(
      ([key, value]) => !honoured.has(key) && value !== undefined && value !== null && value !== "" && value !== false,
    )
    .map(([key]) => key);
  return ignored.length ? [`ignored (m2m100 has no such option): ${ignored.join(", ")}`] : [];
}
