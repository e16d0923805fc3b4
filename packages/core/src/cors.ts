/** CORS for browser clients (chat UIs, Immersive Translate's extension): every origin, every response. */
const ALLOW_HEADERS =
  "authorization, content-type, x-api-key, x-request-id, openai-organization, openai-project, openai-beta, x-stainless-arch, x-stainless-lang, x-stainless-os, x-stainless-package-version, x-stainless-retry-count, x-stainless-runtime, x-stainless-runtime-version, x-stainless-timeout";

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "x-request-id, x-gateway-notes, retry-after, content-length, content-type, etag",
};

/** Answers an OPTIONS preflight, before auth: browsers never send credentials on a preflight. */
export function preflight(request: Request): Response | undefined {
  if (request.method !== "OPTIONS") return undefined;
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "access-control-allow-methods": "GET, HEAD, POST, PUT, DELETE, OPTIONS",
      "access-control-allow-headers": request.headers.get("access-control-request-headers") ?? ALLOW_HEADERS,
      "access-control-max-age": "86400",
    },
  });
}
