/** What a Workers AI failure says, whichever way it arrived: a thrown binding error or a REST error body. */
export interface UpstreamFailure {
  /** The internal code (3040, 5006...), when one could be found. */
  code: number | undefined;
  /** The upstream text without its `AiError: ` / `InferenceUpstreamError: ` prefixes and `(3040)` suffix. */
  detail: string;
  /** The error's `name` (`AbortError`, `TimeoutError`, `TypeError`...), for errors thrown locally. */
  name: string | undefined;
}

const PREFIXES = /^(?:\s*[A-Za-z]*Error:\s*)+/;
const LEADING_CODE = /^(\d{4,5}):\s*/;
const TRAILING_CODE = /\s*\((\d{4,5})\)\s*$/;

/**
 * Finds the internal code and the text: the binding throws `InferenceUpstreamError` with message
 * `"3040: Capacity temporarily exceeded..."` (sometimes after `AiError: `); the REST API answers
 * `{"errors":[{"message":"AiError: AiError: ... (3040)","code":3040}]}`; the binding's own error body is
 * `{internalCode, description}`; `/ai/v1` has been seen answering `{"error":{"code":3036}}`.
 */
export function readUpstreamFailure(error: unknown): UpstreamFailure {
  if (typeof error === "string") return fromText(error, undefined, undefined);
  if (!error || typeof error !== "object") return { code: undefined, detail: "", name: undefined };
  const record = error as Record<string, unknown>;
  const name = typeof record.name === "string" ? record.name : undefined;
  const first = Array.isArray(record.errors) ? record.errors[0] : undefined;
  const nested = record.error && typeof record.error === "object" ? record.error : first;
  if (nested && typeof nested === "object") {
    const inner = readUpstreamFailure(nested);
    return { ...inner, code: inner.code ?? numberOf(record.internalCode), name };
  }
  const text = stringOf(record.message) ?? stringOf(record.description) ?? "";
  return fromText(text, numberOf(record.code) ?? numberOf(record.internalCode), name);
}

function fromText(text: string, code: number | undefined, name: string | undefined): UpstreamFailure {
  const trimmed = text.trim();
  if (trimmed.startsWith("{")) {
    const body = parseJson(trimmed); // the binding's message is the raw body when it could not read it
    if (body) return { ...readUpstreamFailure(body), name };
  }
  let detail = trimmed.replace(PREFIXES, "");
  const prefixed = detail !== trimmed;
  let found = code;
  const leading = LEADING_CODE.exec(detail);
  if (leading) {
    found ??= Number(leading[1]);
    detail = detail.slice(leading[0].length).replace(PREFIXES, "");
  }
  // REST messages end in `(3040)`; a number in parentheses is only the code when it matches, or after `AiError:`.
  const trailing = TRAILING_CODE.exec(detail);
  if (trailing && (found === undefined ? prefixed : found === Number(trailing[1]))) {
    found ??= Number(trailing[1]);
    detail = detail.slice(0, trailing.index);
  }
  return { code: found, detail: detail.trim(), name };
}

function parseJson(text: string): object | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? value : undefined;
  } catch {
    return undefined;
  }
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  return undefined;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
