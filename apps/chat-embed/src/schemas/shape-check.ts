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
};
