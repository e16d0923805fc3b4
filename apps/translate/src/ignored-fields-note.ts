import { ignoredFieldsNote as noteIgnored, setFields } from "@wai/core";

/**
 * The note naming the fields a client set that m2m100 cannot honour (DeepL's `formality`, `context`,
 * `tag_handling`...), by `@wai/core`'s `setFields` and `ignoredFieldsNote`: the request is served, and the note
 * says what was not applied. No note when nothing was ignored.
 */
export function ignoredFieldsNote(body: Record<string, unknown>, honoured: ReadonlySet<string>): string[] {
  return noteIgnored(
    setFields(body, (key) => !honoured.has(key)),
    "m2m100 has no such option",
  );
}
