/** The roots of the OpenAI and Anthropic APIs: `/chat/completions` is served as `/v1/chat/completions`. */
const OPENAI_ROOTS =
  /^\/(chat\/|completions$|embeddings$|images\/|audio\/|models(\/|$)|responses(\/|$)|messages(\/|$))/;

/**
 * Gateways get base URLs wrong (OneAPI's `OpenAI` type appends `/v1` to a base that already ends in it), so
 * `/v1/v1/x` and `/x` both mean `/v1/x`. Returns the path every worker routes on.
 */
export function normalizePath(pathname: string): string {
  if (isNormal(pathname)) return pathname;
  let path = pathname.replace(/\/{2,}/g, "/");
  if (path.length > 1 && path.endsWith("/")) path = path.slice(0, -1);
  while (path.startsWith("/v1/v1/") || path === "/v1/v1") path = path.slice(3);
  if (OPENAI_ROOTS.test(path)) path = `/v1${path}`;
  return path;
}

/**
 * The common case, answered without a regex or a copy: `/v1/<x>` with no `//`, no trailing slash and no second
 * `/v1` right after the first (bench/PROFILE.md item 5).
 */
function isNormal(path: string): boolean {
  return (
    path.startsWith("/v1/") &&
    !path.startsWith("/v1/v1/") &&
    path !== "/v1/v1" &&
    !path.endsWith("/") &&
    !path.includes("//")
  );
}
