import { alnum, hashString, hex8 } from "../hash.ts";

/** Legacy models' ids: nine letters or digits, the pattern llama-4-scout and mistral-small accept back. */
export function legacyToolCallId(seed: number): string {
  return alnum(seed, 9);
}

/** Chat-completion models' ids, as vLLM makes them. */
export function chatToolCallId(seed: number): string {
  return `chatcmpl-tool-${hex8(seed)}${hex8(hashString("tool", seed))}`;
}

/** A tool call's JSON arguments in a few fragments, as streams deliver them. */
export function splitArguments(json: string, parts = 3): string[] {
  const size = Math.max(1, Math.ceil(json.length / parts));
  const out: string[] = [];
  for (let i = 0; i < json.length; i += size) out.push(json.slice(i, i + size));
  return out;
}
