import { exports } from "cloudflare:workers";

/** POSTs JSON (or a string body as is) to the worker with the development key as `?token=` unless headers say otherwise. */
export function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL(`http://w${path}`);
  const hasKey = Object.keys(headers).some((h) => h.toLowerCase() === "authorization");
  if (!hasKey && !url.searchParams.has("password") && !url.searchParams.has("token"))
    url.searchParams.set("token", "sk-local-dev");
  return exports.default.fetch(url.href, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** A text no other test sends, so the translation cache never answers it. */
export const fresh = (text: string) => `${text} n${crypto.randomUUID().slice(0, 7)}`; // a letter first: never digits alone, which need no translation
