import type { GenericSchema } from "valibot";

/** What a route answers with, besides its errors. */
export type RouteResponse =
  | { kind: "json"; description: string; schema?: Record<string, unknown> }
  /** Server-sent events when the request asks for `stream: true` (and JSON otherwise). */
  | { kind: "json-or-sse"; description: string }
  | { kind: "binary"; description: string; types: readonly string[] }
  /** `response_format` chooses: JSON, or plain text / SRT / VTT. */
  | { kind: "json-or-text"; description: string; types: readonly string[] };

/**
 * One route as a worker serves it, described for `/openapi.json`. Each app lists its routes in
 * `src/openapi-routes.ts` beside its router, with the same valibot schemas its handlers validate with; the
 * playground's build turns them into the document (the worker bundles never import this).
 */
export interface OpenApiRoute {
  method: "get" | "post";
  /** OpenAPI style: `/v1/models/{model}`. */
  path: string;
  summary: string;
  /** The worker that serves it (the document's tag). */
  worker: "chat-embed" | "image" | "whisper" | "translate" | "router";
  /** The JSON body, validated by this schema. */
  json?: GenericSchema;
  /** A multipart body: its text fields (this schema) and its file fields (name → description). */
  multipart?: { fields: GenericSchema; files: Readonly<Record<string, string>>; required: readonly string[] };
  /** Catalog tasks whose model ids the `model` field lists as examples. */
  modelTasks?: readonly string[];
  response: RouteResponse;
  /** Errors in DeepL's (`{message}`), DeepLX's (`{code, message}`) or Anthropic's shape instead of OpenAI's envelope. */
  errors?: "openai" | "deepl" | "deeplx" | "anthropic";
  /** Answered without a key. */
  isPublic?: boolean;
}
