import type { Env, ServiceBinding } from "./env.ts";

const SERVICES: Record<ServiceBinding, string> = {
  CHAT_EMBED: "chat-embed",
  IMAGE: "image",
  WHISPER: "whisper",
  TRANSLATE: "translate",
};

/** `GET /health`: the router and each worker behind it; 503 when one does not answer ok. */
export async function health(_request: Request, env: Env): Promise<Response> {
  const entries = await Promise.all(
    (Object.keys(SERVICES) as ServiceBinding[]).map(async (binding) => {
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
