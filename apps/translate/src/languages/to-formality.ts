/** DeepL's `formality` as the LLM engine applies it; `default` (or none) leaves the register to the model. */
export function toFormality(value: string | null | undefined): "formal" | "informal" | undefined {
  if (value === "more" || value === "prefer_more") return "formal";
  if (value === "less" || value === "prefer_less") return "informal";
  return undefined;
}
