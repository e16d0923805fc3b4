/**
 * The checks the hand-written fast paths of validation share (`isCommonChatParams` and its kin): each says
 * exactly what the matching valibot schema says of a value (`v.number()` refuses NaN, ranges are inclusive).
 */
export const shapeCheck = {
  object: (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value),
  integer: (value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): boolean =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
  range: (value: unknown, min: number, max: number): boolean =>
    typeof value === "number" && !Number.isNaN(value) && value >= min && value <= max,
  string: (value: unknown): boolean => typeof value === "string",
  boolean: (value: unknown): boolean => typeof value === "boolean",
  strings: (value: unknown, max = Number.POSITIVE_INFINITY): boolean =>
    Array.isArray(value) && value.length <= max && value.every((item) => typeof item === "string"),
  /**
   * Every top-level field passes its check in `fields` (a field not listed passes, as the schemas' loose objects
   * let it), and none of `schemaOnly` is present. `nullIsUnset`: a null field counts as absent, for schemas
   * whose fields are nullish (OpenAI's); without it null must pass the field's check (Anthropic's optionals).
   */
  fields: (
    data: Record<string, unknown>,
    fields: Record<string, (value: unknown) => boolean>,
    schemaOnly: ReadonlySet<string>,
    nullIsUnset: boolean,
  ): boolean => {
    for (const key in data) {
      const value = data[key];
      if (nullIsUnset && value == null) continue;
      if (schemaOnly.has(key)) return false;
      const check = fields[key];
      if (check && !check(value)) return false;
    }
    return true;
  },
};
