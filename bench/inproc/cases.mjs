// The in-process benchmark's cases (bench/inproc.mjs). One line per case: which handler (`worker`, see
// worker.js), the request (`path`, `body`), the baseline it is compared with (`over`: the pass-through handler
// answering the same upstream call), and the goal in µs per request (or per event, `perEvent`) from issue 11
// and DESIGN.md. A case whose route answers 404 is reported as "not built yet" (the Responses and Messages
// routes are on their way), so adding one is one line here.
export const CHAT = "@cf/meta/llama-3.1-8b-instruct-fast";
const REASONING = "@cf/qwen/qwq-32b";
const EMBEDDING = "@cf/baai/bge-base-en-v1.5";
const IMAGE_MODEL = "@cf/black-forest-labs/flux-1-schnell";
const messages = [
  { role: "system", content: "You are a helpful assistant." },
  { role: "user", content: "Tell me about the quick brown fox." },
];
const texts = Array.from({ length: 8 }, (_, i) => `Paragraph ${i}: the quick brown fox jumps over the lazy dog.`);
const streamed = { stream: true, stream_options: { include_usage: true } };
const chatPath = "/v1/chat/completions";

/**
 * `goal`: issue 11's goal column (a third of the best peer), µs. `target`: DESIGN.md's target, µs.
 * `perEvent`: the figure is own µs per SSE event the client receives (the target's events per request).
 * `fixed`: the same request not streamed; the table's "streaming µs/event" is what the stream adds over it.
 */
// biome-ignore format: one case per line
export const CASES = [
  // Baselines: the pass-through handler (bench/stub/passthrough.js) making the same upstream call.
  { id: "pt-chat", worker: "passthrough", path: "/", body: { model: CHAT, messages } },
  { id: "pt-stream", worker: "passthrough", path: "/", body: { model: CHAT, messages, stream: true } },
  { id: "pt-think", worker: "passthrough", path: "/", body: { model: REASONING, messages, stream: true } },
  { id: "pt-embed", worker: "passthrough", path: "/", body: { model: EMBEDDING, text: texts } },
  { id: "pt-image", worker: "passthrough", path: "/", body: { model: IMAGE_MODEL, prompt: "a fox" } },
  { id: "hop-chat", worker: "hop", path: chatPath, body: { model: CHAT, messages } },
  // The workers.
  { id: "chat", worker: "chat-embed", path: chatPath, body: { model: CHAT, messages }, over: "pt-chat", goal: 260, target: 50 },
  { id: "chat-chunked", worker: "chat-embed", path: chatPath, body: { model: CHAT, messages }, over: "pt-chat", chunked: true },
  { id: "chat-c16", worker: "chat-embed", path: chatPath, body: { model: CHAT, messages }, over: "pt-chat", concurrency: 16, goal: 80, target: 50 },
  { id: "chat-stream", worker: "chat-embed", path: chatPath, body: { model: CHAT, messages, ...streamed }, over: "pt-stream", perEvent: true, fixed: "chat", goal: 20, target: 10 },
  { id: "think-stream", worker: "chat-embed", path: chatPath, body: { model: REASONING, messages, ...streamed }, over: "pt-think", perEvent: true, fixed: "think", goal: 7, target: 10 },
  { id: "think", worker: "chat-embed", path: chatPath, body: { model: REASONING, messages }, over: "pt-chat", target: 50 },
  { id: "embed-float", worker: "chat-embed", path: "/v1/embeddings", body: { model: EMBEDDING, input: texts, encoding_format: "float" }, over: "pt-embed", goal: 50, target: 400 },
  { id: "embed-base64", worker: "chat-embed", path: "/v1/embeddings", body: { model: EMBEDDING, input: texts }, over: "pt-embed", goal: 50, target: 400 },
  { id: "image-chat", worker: "image", path: chatPath, body: { model: IMAGE_MODEL, messages: [{ role: "user", content: "a fox" }] }, over: "pt-image" },
  // The router's own code: router → chat-embed (an in-isolate binding) over a bare hop → chat-embed.
  { id: "router-chat", worker: "router", path: chatPath, body: { model: CHAT, messages }, over: "hop-chat", goal: 50 },
  // Issue 12's routes: measured once they answer (404 until then).
  { id: "responses", worker: "chat-embed", path: "/v1/responses", body: { model: CHAT, input: messages.slice(1), instructions: messages[0].content, store: false }, over: "pt-chat", goal: 260 },
  { id: "responses-stream", worker: "chat-embed", path: "/v1/responses", body: { model: CHAT, input: messages.slice(1), instructions: messages[0].content, store: false, stream: true }, over: "pt-stream", perEvent: true, fixed: "responses", goal: 20, target: 10 },
  { id: "messages", worker: "chat-embed", path: "/v1/messages", body: { model: CHAT, max_tokens: 256, messages: messages.slice(1) }, over: "pt-chat", goal: 260 },
  { id: "messages-stream", worker: "chat-embed", path: "/v1/messages", body: { model: CHAT, max_tokens: 256, messages: messages.slice(1), stream: true }, over: "pt-stream", perEvent: true, fixed: "messages", goal: 20, target: 10 },
];
