import { ApiError } from "@wai/core";

/**
 * The public URL of a stored image: `PUBLIC_BASE_URL` (a custom domain, perhaps with a path) when set, else the
 * origin the request came in on, which behind the router is the router's (it forwards `/file/*` here).
 */
export function imageUrl(key: string, request: Request, publicBaseUrl: string | undefined): string {
  return `${baseUrl(request, publicBaseUrl)}/file/${key}`;
}

function baseUrl(request: Request, configured: string | undefined): string {
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

function misconfigured(value: string): ApiError {
  return new ApiError({
    status: 500,
    type: "server_error",
    code: "invalid_public_base_url",
    message: `PUBLIC_BASE_URL (\`${value}\`) is not an http(s) URL: fix this worker's variable.`,
  });
}
