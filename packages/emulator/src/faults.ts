import { aiError } from "./ai-error.ts";
import { ERROR_CODES } from "./error-codes.ts";

/** Faults asked for by a `#fault:<name>` marker in the inputs (see README): an error code or a stream quirk. */
export interface Faults {
  /** `#fault:3040`, `#fault:4006`... : throw that Workers AI error. */
  code?: number;
  /** `#fault:slow-stream`: events about 50 ms apart. */
  slow: boolean;
  /** `#fault:broken-stream`: the stream errors after a few events, without `[DONE]`. */
  broken: boolean;
  /** `#fault:json-stream`: a JSON answer although `stream: true` was asked (gpt-oss / Kimi over REST). */
  jsonStream: boolean;
  /** `#fault:timeout`: no answer for a while, then `3046: Request timeout` (Workers AI's own time limit). */
  timeout: boolean;
  /** `#fault:m2m100-error`: m2m100 reports a failure inside a 200 (`translated_text: "ERROR: ..."`). */
  m2m100Error: boolean;
}

const MARKER = /#fault:([a-z0-9-]+)/g;

/** Scans every string in the inputs, and the first bytes of `audio` (number[] or base64) read as latin1. */
export function findFaults(inputs: unknown, extraText = ""): Faults {
  const names = new Set<string>();
  scanText(extraText, names);
  walk(inputs, "", names, 0);
  const code = [...names].map(Number).find((n) => Number.isInteger(n) && n >= 1000 && n <= 9999);
  return {
    ...(code ? { code } : {}),
    slow: names.has("slow-stream"),
    broken: names.has("broken-stream"),
    jsonStream: names.has("json-stream"),
    timeout: names.has("timeout"),
    m2m100Error: names.has("m2m100-error"),
  };
}

/** How long `#fault:timeout` keeps the caller waiting before its 3046 (short: tests wait for it). */
export const TIMEOUT_FAULT_MS = 750;

/** `#fault:timeout`: waits, then throws Workers AI's `3046: Request timeout`, as a request that ran too long. */
export async function throwTimeoutFault(faults: Faults): Promise<void> {
  if (!faults.timeout) return;
  await new Promise((resolve) => setTimeout(resolve, TIMEOUT_FAULT_MS));
  throw aiError(3046, ERROR_CODES[3046]?.description ?? "Request timeout");
}

/** Throws the error a `#fault:<code>` marker asks for. */
export function throwFaultError(faults: Faults, contextWindow = 8192): void {
  if (!faults.code) return;
  if (faults.code === 5021) {
    const estimate = contextWindow + 1024;
    throw aiError(
      5021,
      `The estimated number of input and maximum output tokens (${estimate}) exceeded this model context window limit (${contextWindow})`,
    );
  }
  throw aiError(faults.code, ERROR_CODES[faults.code]?.description ?? "Emulated error (#fault)");
}

/** The first bytes of some audio as latin1 text, where a test can hide a marker. */
export function latin1Head(bytes: ArrayLike<number>, length = 512): string {
  let out = "";
  for (let i = 0; i < Math.min(length, bytes.length); i++) out += String.fromCharCode((bytes[i] ?? 0) & 0xff);
  return out;
}

function scanText(text: string, into: Set<string>): void {
  if (!text.includes("#fault:")) return;
  for (const m of text.matchAll(MARKER)) if (m[1]) into.add(m[1]);
}

function walk(value: unknown, key: string, into: Set<string>, depth: number): void {
  if (depth > 8) return;
  if (typeof value === "string") {
    if (key === "audio" && value.length > 64 && !value.includes(" ")) scanText(base64Head(value), into);
    else scanText(value, into);
  } else if (Array.isArray(value)) {
    if (typeof value[0] === "number") scanText(latin1Head(value), into);
    else for (const item of value) walk(item, key, into, depth + 1);
  } else if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) walk(v, k, into, depth + 1);
  }
}

function base64Head(b64: string): string {
  try {
    return atob(
      b64
        .slice(0, 684)
        .replace(/[^A-Za-z0-9+/]/g, "")
        .slice(0, 680),
    );
  } catch {
    return "";
  }
}
