import type { Env } from "./env.ts";
import { BINDINGS, SERVICES } from "./services.ts";

/** `GET /health`: the router and each worker behind it; 503 when one does not answer ok. */
export async function health(_request: Request, env: Env): Promise<Response> {
  const entries = await Promise.all(
    BINDINGS.map(async (binding) => {
      try {
        const res = await env[binding].fetch("https://internal/health");
        await res.body?.cancel();
        return [SERVICES[binding], res.ok ? "ok" : `status ${res.status}`] as const;
      } catch (error) {
        return [SERVICES[binding], `unreachable: ${(error as Error).message}`] as const;
      }
    }),
  );
  const workers = Object.fromEntries(entries);
  const ok = entries.every(([, state]) => state === "ok");
  return Response.json({ status: ok ? "ok" : "degraded", worker: "router", workers }, { status: ok ? 200 : 503 });
}
