import { toChatCompletion } from "@wai/core";
import { describe, expect, it } from "vitest";
import { readChatPrompt } from "../../src/chat/read-chat-prompt.ts";
import { type ChatAnswer, toChatAnswer } from "../../src/chat/to-chat-answer.ts";
import { toChatChunks } from "../../src/chat/to-chat-chunks.ts";
import { toMarkdownImage } from "../../src/chat/to-markdown-image.ts";

const content = "![a cat](https://h/file/k.jpg)";
const answer: ChatAnswer = {
  meta: { id: "chatcmpl-1", created: 1764201600, model: "@cf/black-forest-labs/flux-1-schnell" },
  choices: [{ index: 0, content, toolCalls: [], finishReason: "stop" }],
  usage: { prompt_tokens: 2, completion_tokens: 8, total_tokens: 10 },
};

describe("chat mappers", () => {
  it("toChatChunks: role, content, stop, usage chunk, [DONE] (OpenAI's wire shape)", () => {
    expect(toChatChunks(answer, true)).toMatchInlineSnapshot(`
      "data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1764201600,"model":"@cf/black-forest-labs/flux-1-schnell","choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}],"usage":null}

      data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1764201600,"model":"@cf/black-forest-labs/flux-1-schnell","choices":[{"index":0,"delta":{"content":"![a cat](https://h/file/k.jpg)"},"logprobs":null,"finish_reason":null}],"usage":null}

      data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1764201600,"model":"@cf/black-forest-labs/flux-1-schnell","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],"usage":null}

      data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1764201600,"model":"@cf/black-forest-labs/flux-1-schnell","choices":[],"usage":{"prompt_tokens":2,"completion_tokens":8,"total_tokens":10}}

      data: [DONE]

      "
    `);
    expect(toChatChunks(answer, false)).not.toContain("usage");
  });

  it("toChatCompletion: one choice per image, with usage", () => {
    expect(toChatCompletion(answer.meta, answer.choices, answer.usage).choices).toEqual([
      { index: 0, message: { role: "assistant", content, refusal: null }, logprobs: null, finish_reason: "stop" },
    ]);
  });

  it("toChatAnswer: an OpenAI-shaped id, the Workers AI model, the shared usage estimate", () => {
    const made = toChatAnswer("@cf/black-forest-labs/flux-1-schnell", "a cat", [content, content]);
    expect(made.meta.id).toMatch(/^chatcmpl-[A-Za-z0-9]{29}$/);
    expect(made.meta.model).toBe("@cf/black-forest-labs/flux-1-schnell");
    expect(made.choices.map((c) => c.index)).toEqual([0, 1]);
    // "a cat": 5 ASCII characters → 2 tokens; two answers of 30 ASCII characters → 15 tokens.
    expect(made.usage).toEqual({ prompt_tokens: 2, completion_tokens: 15, total_tokens: 17 });
  });

  it("toMarkdownImage keeps the alt text on one line, short, and unable to end the markdown", () => {
    expect(toMarkdownImage("https://h/f", "a [red]\n(cat)")).toBe("![a red cat](https://h/f)");
    expect(toMarkdownImage("https://h/f", "x".repeat(200))).toBe(`![${"x".repeat(79)}…](https://h/f)`);
  });

  it("readChatPrompt takes the last user message, its text parts joined, and its image part", () => {
    const messages = [
      { role: "user", content: "old" },
      {
        role: "user",
        content: [
          { type: "text", text: "a" },
          { type: "image_url", image_url: { url: "data:image/png;base64,AA==" } },
          { type: "text", text: "b" },
        ],
      },
      { role: "assistant", content: "![x](y)" },
    ];
    expect(readChatPrompt(messages)).toEqual({
      prompt: "a\nb",
      imageUrl: "data:image/png;base64,AA==",
      imageParam: "messages.1.content.1.image_url.url",
    });
    expect(() => readChatPrompt([{ role: "user", content: [{ type: "input_audio" }] }])).toThrow(
      expect.objectContaining({ param: "messages.0.content.0" }),
    );
  });
});
