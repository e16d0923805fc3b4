import { ApiError, badRequest } from "@wai/core";

/**
 * `prompt` as a list of strings. Token-id prompts (`[1, 2]`, `[[1, 2]]`) cannot be sent to Workers AI, which
 * takes text only: a 400 saying so rather than a guess at decoding them.
 */
export function toPrompts(prompt: string | unknown[]): string[] {
  if (typeof prompt === "string") return [prompt];
  return prompt.map((item, i) => {
    if (typeof item === "string") {
      if (item === "") throw badRequest("A prompt must not be empty.", `prompt.${i}`);
      return item;
    }
    throw new ApiError({
      status: 400,
      code: "unsupported_parameter",
      param: `prompt.${i}`,
      message: "Token-id prompts are not supported: Workers AI takes text. Send the prompt as a string.",
    });
  });
}
