import { ApiError } from "./api-error.ts";
import type { AuthContext, AuthOptions } from "./auth-options.ts";
import { isOneOf } from "./is-one-of.ts";

/**
 * The credential a client presented, wherever its client could put it: `Authorization: Bearer` (OpenAI SDKs),
 * `Authorization: DeepL-Auth-Key` (DeepL clients), `x-api-key`, or `?token=` / `?key=` / `?password=` for
 * clients that cannot send headers (DeepLX, Immersive Translate, the original guide's translate URLs).
 */
export function presentedCredential(request: Request, url: URL = new URL(request.url)): string | undefined {
  const authorization = request.headers.get("authorization")?.trim();
  // `Bearer` with nothing after it (clients with an empty key field) falls through to the other places.
  if (authorization && !/^(?:bearer|deepl-auth-key)$/i.test(authorization)) {
    const match = /^(?:bearer|deepl-auth-key)\s+(.+)$/i.exec(authorization);
    return (match ? match[1] : authorization)?.trim() || undefined;
  }
  const header = request.headers.get("x-api-key")?.trim();
  if (header) return header;
  for (const name of ["token", "key", "password"]) {
    const value = url.searchParams.get(name)?.trim();
    if (value) return value;
  }
  return undefined;
}

const unauthorized = (message: string) =>
  new ApiError({ status: 401, type: "invalid_request_error", code: "invalid_api_key", message });

/** Checks the request's credential; throws a 401 `ApiError` when it is missing or wrong. */
export async function authenticate(request: Request, options: AuthOptions, url?: URL): Promise<AuthContext> {
  const token = presentedCredential(request, url);
  if (options.mode === "passthrough") {
    if (!token) throw unauthorized("Missing Cloudflare API token: send it as `Authorization: Bearer <token>`.");
    return { mode: "passthrough", token };
  }
  if (options.keys.length === 0) {
    throw unauthorized(
      "This gateway has no API key configured (API_KEYS), so it refuses every request. Set the API_KEYS secret.",
    );
  }
  if (!token) {
    throw unauthorized("Missing API key: send it as `Authorization: Bearer <key>`, `x-api-key`, or `?token=<key>`.");
  }
  if (!isOneOf(token, options.keys)) throw unauthorized("Incorrect API key provided.");
  return { mode: "keys", token };
}
