import type { OpenApiRoute, RouteResponse } from "./openapi-route.ts";
import { toJsonBodySchema } from "./to-json-body-schema.ts";

type Json = Record<string, unknown>;
/** Model ids of the catalog for these tasks (examples for the `model` field). */
export type ModelsFor = (tasks: readonly string[]) => string[];

const ERROR_REF = {
  openai: "OpenAIError",
  deepl: "DeepLError",
  deeplx: "DeepLXError",
  anthropic: "AnthropicError",
} as const;

/** One route as an OpenAPI operation: its body schema from the route's valibot schema, its answers, its errors. */
export function toOperation(route: OpenApiRoute, modelsFor: ModelsFor): Json {
  const models = route.modelTasks ? modelsFor(route.modelTasks) : [];
  const operation: Json = {
    operationId: toOperationId(route),
    summary: route.summary,
    tags: [route.worker],
  };
  const parameters = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  if (parameters.length) operation.parameters = parameters;
  const content: Json = {};
  if (route.json) content["application/json"] = { schema: withModels(toJsonBodySchema(route.json), models) };
  if (route.multipart) content["multipart/form-data"] = { schema: toMultipartSchema(route.multipart, models) };
  if (Object.keys(content).length) operation.requestBody = { required: true, content };
  const error = { $ref: `#/components/schemas/${ERROR_REF[route.errors ?? "openai"]}` };
  const errorContent = { content: { "application/json": { schema: error } } };
  operation.responses = {
    "200": toSuccess(route.response),
    "4XX": {
      description: "Refused: the body says why (and `param` names the field, for OpenAI routes)",
      ...errorContent,
    },
    "5XX": { description: "Workers AI failed or timed out", ...errorContent },
  };
  if (route.isPublic) operation.security = [];
  return operation;
}

function toOperationId(route: OpenApiRoute): string {
  const words = route.path.split(/[^a-zA-Z0-9]+/).filter((w) => w && w !== "v1");
  return [route.method, ...words.map((w) => w[0]?.toUpperCase() + w.slice(1))].join("");
}

function withModels(schema: Json, models: string[]): Json {
  const properties = schema.properties as Record<string, Json> | undefined;
  if (!models.length || !properties?.model) return schema;
  return { ...schema, properties: { ...properties, model: { ...properties.model, examples: models } } };
}

function toMultipartSchema(multipart: NonNullable<OpenApiRoute["multipart"]>, models: string[]): Json {
  const fields = withModels(toJsonBodySchema(multipart.fields), models);
  const files = Object.fromEntries(
    Object.entries(multipart.files).map(([name, description]) => [
      name,
      { type: "string", contentMediaType: "application/octet-stream", description },
    ]),
  );
  const properties = { ...(fields.properties as Json), ...files };
  return { type: "object", properties, required: [...multipart.required] };
}

function toSuccess(response: RouteResponse): Json {
  const { description } = response;
  switch (response.kind) {
    case "json":
      return { description, content: { "application/json": { schema: response.schema ?? { type: "object" } } } };
    case "json-or-sse":
      return {
        description: `${description}. With \`stream: true\`, server-sent events.`,
        content: {
          "application/json": { schema: { type: "object" } },
          "text/event-stream": { schema: { $ref: "#/components/schemas/ServerSentEvents" } },
        },
      };
    case "json-or-text":
      return {
        description,
        content: {
          "application/json": { schema: { type: "object" } },
          ...Object.fromEntries(response.types.map((type) => [type, { schema: { type: "string" } }])),
        },
      };
    case "binary":
      return {
        description,
        content: Object.fromEntries(
          response.types.map((type) => [type, { schema: { type: "string", contentMediaType: type } }]),
        ),
      };
  }
}
