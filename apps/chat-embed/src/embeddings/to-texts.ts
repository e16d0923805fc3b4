import { ApiError, badRequest } from "@wai/core";

/**
 * `input` as strings. Workers AI embeds text only (every string at least 1 character), so token-id inputs are
 * a 400 saying so, and an empty string a 400 naming its position.
 */
export function toTexts(input: string | readonly unknown[]): string[] {
  const items = typeof input === "string" ? [input] : input;
  return items.map((item, i) => {
    const param = typeof input === "string" ? "input" : `input.${i}`;
    if (typeof item !== "string")
      throw new ApiError({
        status: 400,
        code: "unsupported_parameter",
        param,
        message: "Token-id inputs are not supported: Workers AI embeds text. Send strings.",
      });
    if (item === "") throw badRequest("An input must not be an empty string.", param);
    return item;
  });
}
