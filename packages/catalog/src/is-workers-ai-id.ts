/** A name in Workers AI's own namespaces (`@cf/…`, `@hf/…`): one an unlisted model may have. */
export function isWorkersAiId(name: string): boolean {
  return /^@(cf|hf)\/[\w.-]+(\/[\w.-]+)*$/.test(name);
}
