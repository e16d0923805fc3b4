import { describe, expect, it } from "vitest";
import { readChatPrompt } from "../../src/chat/read-chat-prompt.ts";
import { toChatChunks } from "../../src/chat/to-chat-chunks.ts";
import { toChatCompletion } from "../../src/chat/to-chat-completion.ts";
import { toMarkdownImage } from "../../src/chat/to-markdown-image.ts";

const answer = {
  id: "chatcmpl-1",
  created: 1764201600,
  model: "@cf/black-forest-labs/flux-1-schnell",
  contents: ["![a cat](https://h/file/k.jpg)"],
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
    expect(toChatCompletion(answer).choices).toEqual([
      {
        index: 0,
        message: { role: "assistant", content: answer.contents[0], refusal: null },
        logprobs: null,
        finish_reason: "stop",
      },
    ]);
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
