/**
 * A tool call's `arguments` (JSON text) as the object Anthropic's `tool_use.input` must be. No arguments is `{}`;
 * text that is not a JSON object (a model that wrote broken JSON) is kept whole under `_raw`, never dropped.
 */
export function toToolInput(args: string): Record<string, unknown> {
  if (args.trim() === "") return {};
  try {
    const value: unknown = JSON.parse(args);
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  return { _raw: args };
}
