import { describe, expect, expectTypeOf, it } from "vitest";
import type { ChatInputs } from "../src/chat/to-chat-inputs.ts";
import type {
  ChatCompletionsInputs,
  EmbeddingInputs,
  GlmInputs,
  ImageToTextInputs,
  LegacyMessagesInputs,
  LegacyPartsMessagesInputs,
  LegacyPromptInputs,
} from "../src/upstream-inputs.ts";

// Type-level checks, run by `pnpm typecheck` (tsc includes test/): each `@ts-expect-error` line is a shape
// Cloudflare's published types refuse; if a type ever accepted it, the unused directive fails the typecheck.
// These are the shapes the mappers could drift into, so the typed mappers cannot build them.

// llama-3.3: a function without `description` (what OpenAI clients send) is refused.
const noDescription: LegacyMessagesInputs = {
  messages: [{ role: "user", content: "weather?" }],
  tools: [
    // @ts-expect-error `description` is required on a legacy function
    { type: "function", function: { name: "get_weather", parameters: { type: "object", properties: {} } } },
  ],
};
// llama-3.3: a parameter property without `description` is refused too.
const propertyWithoutDescription: LegacyMessagesInputs = {
  messages: [{ role: "user", content: "weather?" }],
  tools: [
    {
      type: "function",
      function: {
        name: "get_weather",
        description: "get_weather",
        // @ts-expect-error each property needs `type` and `description`
        parameters: { type: "object", properties: { city: { type: "string" } } },
      },
    },
  ],
};
// llama-3.3 takes text content only: an image part is not in its type.
const imageOnLlama33: LegacyMessagesInputs = {
  // @ts-expect-error llama-3.3's content parts have no image_url
  messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "data:image/png;base64,AA==" } }] }],
};
// llama-4-scout does take one.
const imageOnScout: LegacyPartsMessagesInputs = {
  messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "data:image/png;base64,AA==" } }] }],
};
// Legacy response_format has no `text` type (the mapper sends none for text).
// @ts-expect-error `text` is not a legacy JSON mode
const textFormat: LegacyPromptInputs = { prompt: "hi", response_format: { type: "text" } };
// gpt-oss cannot turn reasoning off with "none" (only null); "minimal" is not one of its values.
const minimalEffort: ChatCompletionsInputs = {
  messages: [{ role: "user", content: "hi" }],
  // @ts-expect-error "minimal" is OpenAI's, not Workers AI's
  reasoning_effort: "minimal",
};
// llava takes the image as bytes, not a data URI.
// @ts-expect-error `image` is number[]
const llavaUri: ImageToTextInputs = { image: "data:image/png;base64,AA==", prompt: "describe" };
// Embeddings take text, not OpenAI's `input`.
// @ts-expect-error `input` is OpenAI's name; Workers AI's is `text`
const embeddingInput: EmbeddingInputs = { input: ["a"] };
// An audio-style field on a text model is not in its type.
// @ts-expect-error `audio` is a speech model's input
const audioOnLlama: LegacyPromptInputs = { prompt: "hi", audio: [1, 2, 3] };

describe("upstream inputs are Cloudflare's published types", () => {
  it("accepts the shapes the mappers build and refuses the wrong ones at compile time", () => {
    const legacy: LegacyMessagesInputs = {
      messages: [{ role: "user", content: "weather?" }],
      tools: [
        {
          type: "function",
          function: {
            name: "get_weather",
            description: "get_weather",
            parameters: { type: "object", properties: { city: { type: "string", description: "city" } } },
          },
        },
      ],
      max_tokens: 2048,
      top_p: 0.001,
      seed: 1,
    };
    const chat: ChatCompletionsInputs = { messages: [{ role: "user", content: "hi" }], max_completion_tokens: 64 };
    const { reasoning_effort: _, ...glm } = chat;
    expectTypeOf(glm).toExtend<GlmInputs>();
    expectTypeOf(legacy).toExtend<ChatInputs>();
    expectTypeOf(imageOnScout).toExtend<ChatInputs>();
    const wrong = [noDescription, propertyWithoutDescription, imageOnLlama33, textFormat, minimalEffort];
    expect([...wrong, llavaUri, embeddingInput, audioOnLlama]).toHaveLength(8);
  });
});
