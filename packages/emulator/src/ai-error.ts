/**
 * Errors as the real binding throws them (workerd `ai-api.ts`): an `InferenceUpstreamError` whose message is
 * `"<internalCode>: <description>"`. Callers read the code from the message, as Cloudflare's own provider does.
 */
export class InferenceUpstreamError extends Error {
  constructor(message: string, name = "InferenceUpstreamError") {
    super(message);
    this.name = name;
  }
}

/** Thrown by the real binding itself, before any request, for misuse (a stream input without a content type). */
export class AiInternalError extends Error {
  constructor(message: string, name = "AiInternalError") {
    super(message);
    this.name = name;
  }
}

export function aiError(code: number, description: string): InferenceUpstreamError {
  return new InferenceUpstreamError(`${code}: ${description}`);
}

/** 5006, the schema-validation failure (its text follows the validator's wording seen in real traffic). */
export function badInput(problem: string): InferenceUpstreamError {
  return aiError(5006, `Bad input: Error: ${problem}`);
}

/** The upstream code and description carried in an error's message, if it has them. */
export function parseAiError(error: unknown): { code: number; description: string } | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const m = /^(\d{4}): ([\s\S]*)$/.exec(message);
  return m ? { code: Number(m[1]), description: m[2] ?? "" } : undefined;
}
