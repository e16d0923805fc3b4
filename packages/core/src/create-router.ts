/** A route handler: the first one of a matching route to return something other than null/undefined answers. */
export type RouteHandler<Req, Args extends unknown[]> = (request: Req, ...args: Args) => unknown;

/** `[method, pattern, handlers, path]`, as itty-router kept them (`allowedMethods` reads the first two). */
export type Route<Req, Args extends unknown[]> = [
  method: string,
  pattern: RegExp,
  handlers: RouteHandler<Req, Args>[],
  path: string,
];

type Register<Req, Args extends unknown[]> = (path: string, ...handlers: RouteHandler<Req, Args>[]) => Router<Req, Args>;

/** What the apps register routes on: `router.get(path, handler)`, chainable, `:param` and `:param+` in paths. */
export interface Router<Req, Args extends unknown[]> {
  get: Register<Req, Args>;
  post: Register<Req, Args>;
  put: Register<Req, Args>;
  head: Register<Req, Args>;
  options: Register<Req, Args>;
  patch: Register<Req, Args>;
  delete: Register<Req, Args>;
  /** Any method (the router's catch-alls; left out of a 405's `Allow`). */
  all: Register<Req, Args>;
  /** Every route in the order registered. */
  readonly routes: readonly Route<Req, Args>[];
  /**
   * Answers `request` from the first route registered for `method` (or `ALL`) whose path matches `path`, with
   * the route's `:params` (still percent-encoded) set on `request.params`; undefined when none answers.
   */
  handle(request: Req & { params?: Record<string, string> }, method: string, path: string, ...args: Args): Promise<unknown>;
}

/** A route with `:params` or `*`: tested by its pattern, once the literal text before the first one matched. */
interface PatternRoute<Req, Args extends unknown[]> {
  index: number;
  prefix: string;
  route: Route<Req, Args>;
}

const NO_PARAMS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * The pattern itty-router 5 compiled for a path (the same semantics, so a route means what it meant): `:name`
 * is one segment, `:name+` the rest of the path (slashes included), `*` anything, trailing slashes allowed.
 */
export function toRoutePattern(path: string): RegExp {
  const collapsed = path.replace(/\/+(\/|$)/g, "$1");
  const source = collapsed
    .replace(/(\/?\.?):(\w+)\+/g, "($1(?<$2>[^]+))")
    .replace(/(\/?\.?):(\w+)/g, "($1(?<$2>[^$1/]+?))")
    .replace(/\./g, "\\.")
    .replace(/(\/?)\*/g, "($1.*)?");
  return new RegExp(`^${source}/*$`);
}

const trimSlashes = (path: string) => (path.length > 1 && path.endsWith("/") ? path.replace(/\/+$/, "") : path);

/**
 * The routing table every worker's pipeline dispatches on (it replaced itty-router, whose `fetch` parsed the
 * URL again, built a `query` object and tested a regex per route on every request: bench/PROFILE.md item 5).
 * A path without params is one `Map` lookup; a path with params is tested by its pattern only when the request
 * path starts with its literal prefix. Routes are tried in registration order, as itty did.
 */
export function createRouter<Req, Args extends unknown[]>(): Router<Req, Args> {
  const routes: Route<Req, Args>[] = [];
  /** Literal paths (trailing slashes trimmed) → their routes' indexes, in order. */
  const exact = new Map<string, number[]>();
  const patterned: PatternRoute<Req, Args>[] = [];
  /** Whether each route (by index) has a literal path: its params are empty, no pattern run. */
  const literal: boolean[] = [];

  const register =
    (method: string): Register<Req, Args> =>
    (path, ...handlers) => {
      const index = routes.length;
      const route: Route<Req, Args> = [method, toRoutePattern(path), handlers, path];
      routes.push(route);
      const special = path.search(/[:*]/);
      literal.push(special === -1);
      if (special === -1) {
        const key = trimSlashes(path.replace(/\/+(\/|$)/g, "$1") || "/");
        exact.set(key, [...(exact.get(key) ?? []), index]);
      } else {
        patterned.push({ index, prefix: path.slice(0, special).replace(/\/+(\/|$)/g, "$1"), route });
      }
      return router;
    };

  /** The indexes of the routes that may answer `method` on `path`, in registration order. */
  function candidates(method: string, path: string): number[] {
    const out: number[] = [];
    for (const index of exact.get(trimSlashes(path)) ?? []) {
      const routeMethod = (routes[index] as Route<Req, Args>)[0];
      if (routeMethod === method || routeMethod === "ALL") out.push(index);
    }
    for (const { index, prefix, route } of patterned) {
      if ((route[0] === method || route[0] === "ALL") && path.startsWith(prefix) && route[1].test(path)) {
        out.push(index);
      }
    }
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  }

  const router: Router<Req, Args> = {
    get: register("GET"),
    post: register("POST"),
    put: register("PUT"),
    head: register("HEAD"),
    options: register("OPTIONS"),
    patch: register("PATCH"),
    delete: register("DELETE"),
    all: register("ALL"),
    routes,
    async handle(request, method, path, ...args) {
      for (const index of candidates(method, path)) {
        const [, pattern, handlers] = routes[index] as Route<Req, Args>;
        request.params = literal[index] ? NO_PARAMS : (pattern.exec(path)?.groups ?? NO_PARAMS);
        for (const handler of handlers) {
          const response = await handler(request, ...args);
          if (response != null) return response;
        }
      }
      return undefined;
    },
  };
  return router;
}
