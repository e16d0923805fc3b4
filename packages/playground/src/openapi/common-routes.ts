import type { OpenApiRoute } from "./openapi-route.ts";

/** The routes every deployment answers, router and workers alike. */
export function commonRoutes(worker: OpenApiRoute["worker"]): OpenApiRoute[] {
  const models = worker === "router" ? "every worker's models" : "the models this worker serves";
  return [
    {
      method: "get",
      path: "/health",
      summary: worker === "router" ? "The router and each worker behind it (503 when one is down)" : "Liveness",
      worker,
      isPublic: true,
      response: { kind: "json", description: "`{status, worker}`" },
    },
    {
      method: "get",
      path: "/v1/models",
      summary: `List ${models} (OpenAI)`,
      worker,
      response: {
        kind: "json",
        description: "A model list",
        schema: { $ref: "#/components/schemas/ListModelsResponse" },
      },
    },
    {
      method: "get",
      path: "/v1/models/{model}",
      summary: "One model, by id or alias; a retired one carries `shutdown_date`",
      worker,
      response: { kind: "json", description: "A model", schema: { $ref: "#/components/schemas/Model" } },
    },
  ];
}
