/**
 * The keys of `body` that the client set (unset, null, empty and false values are not "set": clients send
 * defaults) and that `pick` keeps: the input of `ignoredFieldsNote`.
 */
export function setFields(body: Record<string, unknown>, pick: (key: string) => boolean): string[] {
  const out: string[] = [];
  for (const key in body) {
    const value = body[key];
    if (value !== undefined && value !== null && value !== "" && value !== false && pick(key)) out.push(key);
  }
  return out;
}
