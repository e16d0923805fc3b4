import type { OpenApiRoute } from "@wai/playground/openapi-route";
import { ChatCompletionCreateParams } from "./schemas/chat-completion-create-params.ts";
import { CompletionCreateParams } from "./schemas/completion-create-params.ts";
import { EmbeddingCreateParams } from "./schemas/embedding-create-params.ts";
import { MessageCountTokensParams, MessageCreateParams } from "./schemas/message-create-params.ts";
import { ResponseCreateParams } from "./schemas/response-create-params.ts";

/** This worker's routes for `/openapi.json` (read by the playground's build, never bundled). */
export const OPENAPI_ROUTES: OpenApiRoute[] = [
  {
    method: "post",
    path: "/v1/chat/completions",
    summary: "Create a chat completion (OpenAI), streamed as server-sent events with `stream: true`",
    worker: "chat-embed",
    json: ChatCompletionCreateParams,
    modelTasks: ["text-generation", "image-to-text"],
    response: { kind: "json-or-sse", description: "A `chat.completion`, or `chat.completion.chunk` events" },
  },
  {
    method: "post",
    path: "/v1/completions",
    summary: "Create a legacy text completion (OpenAI)",
    worker: "chat-embed",
    json: CompletionCreateParams,
    modelTasks: ["text-generation"],
    response: { kind: "json-or-sse", description: "A `text_completion`, or its chunks as events" },
  },
  {
    method: "post",
    path: "/v1/embeddings",
    summary: "Create embeddings (OpenAI)",
    worker: "chat-embed",
    json: EmbeddingCreateParams,
    modelTasks: ["text-embeddings"],
    response: { kind: "json", description: "A list of `embedding` objects (floats or base64)" },
  },
  {
    method: "post",
    path: "/v1/responses",
    summary:
      "Create a response (OpenAI Responses API: Codex CLI, the Agents SDK), streamed as events with `stream: true`; the same chat models",
    worker: "chat-embed",
    json: ResponseCreateParams,
    modelTasks: ["text-generation", "image-to-text"],
    response: { kind: "json-or-sse", description: "A `response`, or `response.*` events with a `sequence_number`" },
  },
  {
    method: "get",
    path: "/v1/responses/{id}",
    summary: "Retrieve a stored response (needs the RESPONSES KV binding; DELETE forgets it)",
    worker: "chat-embed",
    response: { kind: "json", description: "The stored `response`" },
  },
  {
    method: "post",
    path: "/v1/messages",
    summary: "Create a message (Anthropic Messages API; Claude model names map to Workers AI models by family)",
    worker: "chat-embed",
    json: MessageCreateParams,
    modelTasks: ["text-generation"],
    response: { kind: "json-or-sse", description: "A `message`, or Anthropic's stream events with `stream: true`" },
    errors: "anthropic",
  },
  {
    method: "post",
    path: "/v1/messages/count_tokens",
    summary: "Count a Messages request's input tokens (Anthropic; the gateway's estimate)",
    worker: "chat-embed",
    json: MessageCountTokensParams,
    modelTasks: ["text-generation"],
    response: { kind: "json", description: "`{input_tokens}`" },
    errors: "anthropic",
  },
];
