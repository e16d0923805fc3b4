/** Credentials, as every worker reads them (packages/core `presentedCredential`). */
export const SECURITY_SCHEMES = {
  bearer: { type: "http", scheme: "bearer", description: "`Authorization: Bearer <key>` (OpenAI SDKs)" },
  apiKeyHeader: { type: "apiKey", in: "header", name: "x-api-key", description: "`x-api-key: <key>`" },
  deeplAuthKey: {
    type: "apiKey",
    in: "header",
    name: "Authorization",
    description: "`Authorization: DeepL-Auth-Key <key>` (DeepL clients)",
  },
  queryToken: {
    type: "apiKey",
    in: "query",
    name: "token",
    description: "`?token=<key>` (also `?key=` and `?password=`) for clients that cannot send headers",
  },
} as const;

export const SECURITY = Object.keys(SECURITY_SCHEMES).map((name) => ({ [name]: [] }));

export const SCHEMAS = {
  OpenAIError: {
    type: "object",
    description: "OpenAI's error envelope; `param` names the field at fault",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["message", "type", "param", "code"],
        properties: {
          message: { type: "string" },
          type: { type: "string", examples: ["invalid_request_error", "rate_limit_exceeded", "upstream_error"] },
          param: { type: ["string", "null"] },
          code: { type: ["string", "null"], examples: ["invalid_api_key", "model_not_found"] },
        },
      },
    },
  },
  DeepLError: {
    type: "object",
    description: "DeepL's error body (a bad key is 403, a used-up daily allocation 456)",
    required: ["message"],
    properties: { message: { type: "string" } },
  },
  DeepLXError: {
    type: "object",
    description: "DeepLX's error body: the HTTP status repeated in `code`",
    required: ["code", "message"],
    properties: { code: { type: "integer" }, message: { type: "string" } },
  },
  AnthropicError: {
    type: "object",
    description: "Anthropic's error body on the Messages routes (overloaded is 529, rate limits 429 with Retry-After)",
    required: ["type", "error"],
    properties: {
      type: { const: "error" },
      error: {
        type: "object",
        required: ["type", "message"],
        properties: {
          type: { type: "string", examples: ["invalid_request_error", "not_found_error", "rate_limit_error"] },
          message: { type: "string" },
        },
      },
      request_id: { type: ["string", "null"] },
    },
  },
  ListModelsResponse: {
    type: "object",
    required: ["object", "data"],
    properties: {
      object: { const: "list" },
      data: { type: "array", items: { $ref: "#/components/schemas/Model" } },
    },
  },
  Model: {
    type: "object",
    required: ["id", "object", "created", "owned_by"],
    properties: {
      id: { type: "string" },
      object: { const: "model" },
      created: { type: "integer" },
      owned_by: { type: "string" },
      shutdown_date: { type: "string", description: "Only on retired models" },
    },
  },
  ServerSentEvents: {
    type: "string",
    description:
      "`data: <JSON chunk>` lines separated by blank lines, each chunk as soon as the model makes it; " +
      "with `stream_options.include_usage` a last chunk carries `usage`; the stream ends with `data: [DONE]`.",
  },
} as const;
