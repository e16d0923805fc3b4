import { ApiError } from "@wai/core";

/**
 * Where stored images are served from: `PUBLIC_BASE_URL` (a custom domain, perhaps with a path) when set, else
 * the origin the request came in on, which behind the router is the router's (it forwards `/file/*` here).
 * A malformed variable is a 500 saying so, found before any image is generated.
 */
export function publicBaseUrl(request: Request, configured: string | undefined): string {
  const text = configured?.trim();
  if (!text) return new URL(request.url).origin;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw misconfigured(text);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw misconfigured(text);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** The public URL of a stored image. */
export const imageUrl = (base: string, key: string): string => `${base}/file/${key}`;

function misconfigured(value: string): ApiError {
  return new ApiError({
    status: 500,
    type: "server_error",
    code: "invalid_public_base_url",
    message: `PUBLIC_BASE_URL (\`${value}\`) is not an http(s) URL: fix this worker's variable.`,
  });
}
