import { checkChatCompletion } from "./checks/check-chat-completion.ts";
import { checkChatStream } from "./checks/check-chat-stream.ts";
import { checkCompletion } from "./checks/check-completion.ts";
import { gradientPng } from "./gradient-png.ts";
import type { SmokeCase } from "./smoke-case.ts";

const LEGACY = "@cf/meta/llama-3.3-70b-instruct-fp8-fast";
const CHAT_COMPLETIONS = "@cf/zai-org/glm-4.7-flash";
const GPT_OSS = "@cf/openai/gpt-oss-20b";
const SMALL = "@cf/meta/llama-3.1-8b-instruct-fast";
const VISION = "@cf/meta/llama-4-scout-17b-16e-instruct";

const CHAT = "POST /v1/chat/completions";
const ask = (content: unknown) => [{ role: "user", content }];

/** A tool as OpenAI clients often send it: no description on the function or its parameter (issue 9, item 1). */
const WEATHER_TOOL = {
  type: "function",
  function: {
    name: "get_weather",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
};

const plain = (model: string, maxTokens: number): SmokeCase => ({
  model,
  route: CHAT,
  request: () => ({ json: { model, messages: ask("Reply with one short friendly sentence."), max_tokens: maxTokens } }),
  check: (a) => checkChatCompletion(a),
});

const streamed = (model: string, maxTokens: number): SmokeCase => ({
  model,
  route: CHAT,
  variant: "stream",
  request: () => ({
    json: {
      model,
      messages: ask("Count from one to five in words."),
      max_tokens: maxTokens,
      stream: true,
      stream_options: { include_usage: true },
    },
  }),
  check: checkChatStream,
});

const withTools = (model: string, maxTokens: number): SmokeCase => ({
  model,
  route: CHAT,
  variant: "tools",
  request: () => ({
    json: {
      model,
      messages: ask("What is the weather in Paris right now? Use the get_weather tool."),
      tools: [WEATHER_TOOL],
      max_tokens: maxTokens,
    },
  }),
  check: (a) => checkChatCompletion(a, { tool: "get_weather" }),
});

/** Chat on both upstream styles (legacy `{response}` and OpenAI chat completions), JSON mode, vision, completions. */
export const CHAT_CASES: SmokeCase[] = [
  plain(LEGACY, 128),
  streamed(LEGACY, 128),
  withTools(LEGACY, 256),
  // Reasoning models think first: room for the thinking and the answer.
  plain(CHAT_COMPLETIONS, 1024),
  streamed(CHAT_COMPLETIONS, 1024),
  withTools(CHAT_COMPLETIONS, 1024),
  streamed(GPT_OSS, 1024),
  {
    model: SMALL,
    route: CHAT,
    variant: "json",
    request: () => ({
      json: {
        model: SMALL,
        messages: ask('Give a JSON object with the keys "city" and "country" for Paris.'),
        response_format: { type: "json_object" },
        max_tokens: 128,
      },
    }),
    check: (a) => checkChatCompletion(a, { json: true }),
  },
  {
    model: VISION,
    route: CHAT,
    variant: "vision",
    request: () => ({
      json: {
        model: VISION,
        max_tokens: 128,
        messages: ask([
          { type: "text", text: "Describe this picture in one sentence." },
          {
            type: "image_url",
            image_url: { url: `data:image/png;base64,${Buffer.from(gradientPng()).toString("base64")}` },
          },
        ]),
      },
    }),
    check: (a) => checkChatCompletion(a),
  },
  {
    model: SMALL,
    route: "POST /v1/completions",
    request: () => ({ json: { model: SMALL, prompt: "The capital of France is", max_tokens: 32 } }),
    check: checkCompletion,
  },
];
