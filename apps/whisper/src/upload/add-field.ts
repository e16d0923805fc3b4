/** Adds a form or query field: `name[]` and repeated names collect into a list under `name`. */
export function addField(fields: Record<string, string | string[]>, key: string, value: string): void {
  const list = key.endsWith("[]");
  const name = list ? key.slice(0, -2) : key;
  const previous = fields[name];
  if (previous === undefined) fields[name] = list ? [value] : value;
  else fields[name] = [...(Array.isArray(previous) ? previous : [previous]), value];
}
