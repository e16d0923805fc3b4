import { inject } from "vitest";
import type {} from "../../e2e/test/global-setup.ts"; // declares the provided `gatewayUrl`
import { envelopeOf } from "./routes.ts";

/** The running local gateway (tests/e2e's global setup). */
export const GATEWAY_URL = inject("gatewayUrl");

/** No answer may take longer (the emulator answers in milliseconds; a 25 MB upload in well under a second). */
export const BOUND_MS = 20_000;

/** Put in paths, queries, headers and bodies; must never come back where a browser would run it. */
export const SCRIPT = "<script>alert(1)</script>";

export interface Sent {
  method: string;
  /** Path and query, as sent (the URL parser may resolve `..` before the gateway sees it). */
  target: string;
  headers: Record<string, string>;
  body?: string | Uint8Array | FormData;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: string;
  ms: number;
}

/** Sends one request and reads the whole answer (streams to their end), failing past `BOUND_MS`. */
export async function send(sent: Sent): Promise<Answer> {
  const start = performance.now();
  const signal = AbortSignal.timeout(BOUND_MS);
  try {
    const res = await fetch(`${GATEWAY_URL}${sent.target}`, {
      method: sent.method,
      headers: sent.headers,
      body: sent.body as BodyInit | undefined,
      signal,
      redirect: "manual",
    });
    const body = await res.text();
    return { status: res.status, headers: res.headers, body, ms: performance.now() - start };
  } catch (error) {
    const name = (error as Error).name;
    const what = name === "TimeoutError" ? `no complete answer within ${BOUND_MS} ms` : String(error);
    throw new Error(`${sent.method} ${sent.target.slice(0, 200)}: ${what}`);
  }
}

/** The playground's files (packages/playground), served as static assets at the router's root. */
export const STATIC_ASSETS = new Set(["/", "/index.html", "/app.js", "/styles.css", "/openapi.json"]);

/** Everything of the request a fault marker could hide in, as text. */
function requestText(sent: Sent): string {
  const body = sent.body;
  let text = sent.target + JSON.stringify(sent.headers);
  if (typeof body === "string") text += body;
  else if (body instanceof Uint8Array) text += Buffer.from(body.subarray(0, 4096)).toString("latin1");
  else if (body instanceof FormData)
    body.forEach((v) => {
      text += typeof v === "string" ? v : "";
    });
  return text;
}

/**
 * The invariants every answer keeps, whatever was sent. Returns what was violated ([] when nothing):
 * - no 5xx, except a mapped upstream fault (a `#fault:` marker was sent), as a 502/504 `upstream_error`;
 * - CORS and `x-request-id` on every answer;
 * - an error is JSON (`content-type: application/json`) in its route's envelope, `code` never null, and a 405
 *   says `Allow`;
 * - nothing sent comes back as HTML, or without a content type a browser would sniff.
 */
export function violations(sent: Sent, answer: Answer): string[] {
  const out: string[] = [];
  const { status, headers, body } = answer;
  const type = headers.get("content-type") ?? "";
  const path = new URL(`http://x${sent.target}`).pathname; // not `new URL(target, base)`: `//a` would be a host
  if (STATIC_ASSETS.has(path) || STATIC_ASSETS.has(decodeURIComponent(path).replace(/\/{2,}/g, "/"))) {
    // Workers Static Assets answer these before any worker runs (a POST is its bare 405, `/%2F` its 307 to `/`,
    // without CORS): the playground's files, which echo nothing.
    return body.includes(SCRIPT) ? ["a static asset echoed the request"] : [];
  }
  const envelope = envelopeOf(path);
  if (status >= 500) {
    const fault = requestText(sent).includes("#fault:");
    if (!fault || ![502, 504].includes(status)) out.push(`status ${status}`);
  }
  if (headers.get("access-control-allow-origin") !== "*") out.push("no CORS header");
  if (!headers.get("x-request-id")) out.push("no x-request-id");
  if (/html/i.test(type) && body.includes(SCRIPT)) out.push("the request's script echoed as HTML");
  if (!type && body.length > 0) out.push("a body without a content type");
  if (status === 405 && !headers.get("allow")) out.push("405 without Allow");
  if (status >= 400 && sent.method !== "HEAD") {
    if (!/^application\/json/.test(type)) out.push(`error as ${type || "no content type"}`);
    else out.push(...envelopeViolations(envelope, status, body));
  }
  return out;
}

function envelopeViolations(envelope: string, status: number, body: string): string[] {
  let json: any;
  try {
    json = JSON.parse(body);
  } catch {
    return ["an error body that is not JSON"];
  }
  if (envelope === "openai") {
    const e = json?.error;
    if (!e || typeof e !== "object") return ["no `error` object (OpenAI envelope)"];
    const bad: string[] = [];
    if (Object.keys(e).sort().join() !== "code,message,param,type") bad.push(`error keys ${Object.keys(e)}`);
    if (typeof e.message !== "string" || e.message === "") bad.push("no message");
    if (typeof e.type !== "string") bad.push("no type");
    if (typeof e.code !== "string") bad.push(`code ${JSON.stringify(e.code)}`);
    if (e.param !== null && typeof e.param !== "string") bad.push("param neither string nor null");
    return bad;
  }
  if (envelope === "deepl") {
    return typeof json?.message === "string" && !("error" in json) ? [] : ["not DeepL's {message}"];
  }
  return json?.code === status && typeof json?.message === "string" ? [] : ["not DeepLX's {code, message}"];
}

/** The parsed error of an answer in the OpenAI envelope. */
export function openAiError(answer: Answer): { message: string; type: string; param: string | null; code: string } {
  return JSON.parse(answer.body).error;
}
