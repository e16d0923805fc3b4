import type { SmokeAnswer } from "../answer.ts";

/** A wrong answer: its message says what was expected and what came back. */
export class SmokeCheckError extends Error {
  override name = "SmokeCheckError";
}

export function must(condition: unknown, message: string): asserts condition {
  if (!condition) throw new SmokeCheckError(message);
}

/** The answer as text. */
export const textOf = (answer: SmokeAnswer) => new TextDecoder().decode(answer.bytes);

/** A 200 with a JSON body, parsed; anything else fails with the start of what came back. */
export function okJson(answer: SmokeAnswer): Record<string, unknown> {
  const text = textOf(answer);
  must(answer.status === 200, `status ${answer.status}, expected 200: ${text.slice(0, 300)}`);
  must(answer.headers.get("content-type")?.includes("json"), `content-type ${answer.headers.get("content-type")}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SmokeCheckError(`body is not JSON: ${text.slice(0, 200)}`);
  }
  must(isObject(value), `body is not a JSON object: ${text.slice(0, 200)}`);
  return value;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const isNonEmptyString = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

export const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
