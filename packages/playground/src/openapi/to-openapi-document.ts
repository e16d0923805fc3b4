import { commonRoutes } from "./common-routes.ts";
import { SCHEMAS, SECURITY, SECURITY_SCHEMES } from "./components.ts";
import type { OpenApiRoute } from "./openapi-route.ts";
import { type ModelsFor, toOperation } from "./to-operation.ts";

type Json = Record<string, unknown>;

export interface DocumentInput {
  /** `router` for the whole gateway, or the worker deployed alone. */
  deployment: OpenApiRoute["worker"];
  version: string;
  /** The routes of the workers this deployment serves. */
  routes: readonly OpenApiRoute[];
  modelsFor: ModelsFor;
}

/**
 * The OpenAPI 3.1 document of one deployment. Where two workers serve one path (chat completions: chat-embed,
 * or image for an image model) the router's document has one operation whose body is either schema.
 */
export function toOpenApiDocument(input: DocumentInput): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of [...commonRoutes(input.deployment), ...input.routes]) {
    const item = paths[route.path] ?? {};
    paths[route.path] = item;
    const operation = toOperation(route, input.modelsFor);
    const existing = item[route.method];
    item[route.method] = existing ? mergeOperations(existing, operation) : operation;
  }
  const title = input.deployment === "router" ? "Workers AI gateway" : `Workers AI gateway: ${input.deployment}`;
  return {
    openapi: "3.1.1",
    info: {
      title,
      version: input.version,
      description:
        "OpenAI, DeepL and DeepLX protocols over Cloudflare Workers AI. Every `/v1/...` path also answers at " +
        "`/v1/v1/...` and without `/v1`. The playground is at `/`.",
    },
    servers: [{ url: "/" }],
    security: SECURITY,
    tags: [...new Set([input.deployment, ...input.routes.map((r) => r.worker)])].map((name) => ({ name })),
    paths,
    components: { securitySchemes: SECURITY_SCHEMES, schemas: SCHEMAS },
  };
}

/** Two workers' operations on one path: one summary, a body that is either, examples of both. */
function mergeOperations(a: Json, b: Json): Json {
  const bodyA = (a.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
  const bodyB = (b.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
  const content: Record<string, Json> = {};
  for (const type of new Set([...Object.keys(bodyA ?? {}), ...Object.keys(bodyB ?? {})])) {
    const schemas = [bodyA?.[type]?.schema, bodyB?.[type]?.schema].filter(Boolean);
    content[type] = { schema: schemas.length > 1 ? { anyOf: schemas } : schemas[0] };
  }
  return {
    ...a,
    summary: `${a.summary as string}; for an image model, ${(b.summary as string).replace(/^\w/, (c) => c.toLowerCase())}`,
    tags: [...new Set([...(a.tags as string[]), ...(b.tags as string[])])],
    requestBody: { required: true, content },
    description: "The router sends the request to the worker that serves its `model`.",
  };
}
