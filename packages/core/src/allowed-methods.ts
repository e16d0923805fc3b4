/** An itty-router route: `[method, pattern, handlers, path]`. */
type RouteEntry = readonly [method: string, pattern: RegExp, ...rest: unknown[]];

/**
 * The methods routes serve `path` under, for a 405's `Allow`: catch-all (`ALL`) routes are left out (the
 * router forwards everything but serves only some methods itself), `HEAD` comes with `GET` and `OPTIONS`
 * (the CORS preflight) with any. Empty when no route serves the path at all: a 404.
 */
export function allowedMethods(routes: readonly RouteEntry[], path: string): string[] {
  const methods = new Set<string>();
  for (const [method, pattern] of routes) {
    if (method === "ALL" || !pattern.test(path)) continue;
    methods.add(method);
    if (method === "GET") methods.add("HEAD");
  }
  if (methods.size === 0) return [];
  methods.add("OPTIONS");
  return [...methods];
}
