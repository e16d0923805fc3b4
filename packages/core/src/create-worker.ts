import { type IRequest, Router, type RouterType } from "itty-router";
import { allowedMethods } from "./allowed-methods.ts";
import { type ApiError, methodNotAllowed, pathNotFound } from "./api-error.ts";
import { authenticate } from "./auth.ts";
import type { AuthContext, AuthOptions } from "./auth-options.ts";
import { preflight } from "./cors.ts";
import { finishResponse } from "./finish-response.ts";
import { normalizePath } from "./normalize-path.ts";
import { requestIdOf } from "./request-id.ts";
import { asApiError, toErrorResponse } from "./to-error-response.ts";

/** The request as handlers see it: itty's params and query, plus who is calling and the request id. */
export type GatewayRequest = IRequest & { auth: AuthContext; requestId: string };

export interface WorkerOptions<Env> {
  /** How this worker authenticates, read from its env on each request. */
  auth: (env: Env) => AuthOptions;
  /** Requests answered without a key (`/health`, stored image files). */
  isPublic?: (method: string, path: string) => boolean;
  /** Renders an error; the OpenAI envelope unless a worker speaks another protocol (DeepL). */
  renderError?: (error: ApiError, request: Request) => Response;
}

export interface GatewayWorker<Env> {
  /** Register routes on it: `router.post("/v1/embeddings", handler)`. Paths are already normalized. */
  router: RouterType<GatewayRequest, [Env, ExecutionContext]>;
  fetch: (request: Request, env: Env, ctx: ExecutionContext) => Promise<Response>;
}

/**
 * The pipeline every worker shares: normalize the path (`/v1/v1/x`, `/x` → `/v1/x`), answer a CORS
 * preflight before auth, authenticate, route, and render any failure as one error shape, with CORS headers
 * and a request id on every response, errors included. A path served under other methods only is a 405 with
 * `Allow` (worked out after routing, so the hot path pays nothing), any other unrouted request a 404.
 */
export function createWorker<Env>(options: WorkerOptions<Env>): GatewayWorker<Env> {
  const router = Router<GatewayRequest, [Env, ExecutionContext]>();
  const renderError = options.renderError ?? toErrorResponse;

  async function fetch(incoming: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const requestId = requestIdOf(incoming);
    const url = new URL(incoming.url);
    const path = normalizePath(url.pathname);
    let request = incoming;
    if (path !== url.pathname) {
      url.pathname = path;
      request = new Request(url, incoming);
    }
    const early = preflight(request);
    if (early) return finishResponse(early, requestId);
    try {
      const gatewayRequest = request as GatewayRequest;
      gatewayRequest.requestId = requestId;
      const method = request.method === "HEAD" ? "GET" : request.method;
      if (!options.isPublic?.(method, path)) {
        gatewayRequest.auth = await authenticate(request, options.auth(env), url);
      }
      const response = (await router.fetch(gatewayRequest, env, ctx)) ?? (await headAsGet(gatewayRequest, env, ctx));
      if (!response) {
        const allowed = allowedMethods(router.routes, path);
        throw allowed.length > 0 ? methodNotAllowed(request.method, path, allowed) : pathNotFound(request.method, path);
      }
      return finishResponse(response, requestId);
    } catch (error) {
      return finishResponse(renderError(asApiError(error, requestId), request), requestId);
    }
  }

  /** `HEAD` where a worker has only a `GET` route (uptime monitors probe `/health` this way): GET, no body. */
  async function headAsGet(request: GatewayRequest, env: Env, ctx: ExecutionContext): Promise<Response | undefined> {
    if (request.method !== "HEAD") return undefined;
    const get = new Request(request.url, { method: "GET", headers: request.headers }) as GatewayRequest;
    get.requestId = request.requestId;
    get.auth = request.auth;
    const response = await router.fetch(get, env, ctx);
    if (!response) return undefined;
    await response.body?.cancel();
    return new Response(null, response);
  }

  return { router, fetch };
}
