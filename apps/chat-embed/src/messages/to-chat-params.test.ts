import { MODELS } from "@wai/catalog";
import { parseInput } from "@wai/core";
import { describe, expect, it } from "vitest";
import { MessageCreateParams } from "../schemas/message-create-params.ts";
import { toChatParams } from "./to-chat-params.ts";

const model = (id: string) => MODELS.find((m) => m.id === id) ?? (undefined as never);
const gemma = model("@cf/google/gemma-4-26b-a4b-it");
const llama = model("@cf/meta/llama-3.3-70b-instruct-fp8-fast");
const parse = (body: unknown) => parseInput(MessageCreateParams, body);

// Wire sample: a Claude Code turn (`POST /v1/messages?beta=true`), trimmed: system blocks with cache_control,
// a tool round trip, a client tool with input_schema, metadata.user_id, thinking.
const claudeCodeTurn = {
  model: "claude-sonnet-4-6",
  max_tokens: 32000,
  stream: true,
  temperature: 1,
  metadata: { user_id: "user_abc_account__session_123" },
  system: [
    {
      type: "text",
      text: "You are Claude Code, Anthropic's official CLI for Claude.",
      cache_control: { type: "ephemeral" },
    },
    { type: "text", text: "Be concise." },
  ],
  tools: [
    {
      name: "Bash",
      description: "Executes a bash command",
      input_schema: {
        type: "object",
        properties: { command: { type: "string", description: "The command" } },
        required: ["command"],
        additionalProperties: false,
        $schema: "http://json-schema.org/draft-07/schema#",
      },
    },
  ],
  messages: [
    { role: "user", content: [{ type: "text", text: "list files", cache_control: { type: "ephemeral" } }] },
    {
      role: "assistant",
      content: [
        { type: "thinking", thinking: "I should run ls.", signature: "sig" },
        { type: "text", text: "Running ls." },
        { type: "tool_use", id: "toolu_01", name: "Bash", input: { command: "ls" } },
      ],
    },
    {
      role: "user",
      content: [
        { type: "tool_result", tool_use_id: "toolu_01", content: [{ type: "text", text: "a.txt\nb.txt" }] },
        { type: "text", text: "and now?" },
      ],
    },
  ],
  thinking: { type: "enabled", budget_tokens: 10000 },
};

describe("toChatParams", () => {
  it("maps a Claude Code turn to chat completions", () => {
    const { params, notes } = toChatParams(parse(claudeCodeTurn), gemma);
    expect(params).toEqual({
      model: "@cf/google/gemma-4-26b-a4b-it",
      max_tokens: 32000,
      temperature: 1,
      user: "user_abc_account__session_123",
      reasoning_effort: "medium",
      messages: [
        { role: "system", content: "You are Claude Code, Anthropic's official CLI for Claude.\n\nBe concise." },
        { role: "user", content: "list files" },
        {
          role: "assistant",
          content: "Running ls.",
          tool_calls: [{ id: "toolu_01", type: "function", function: { name: "Bash", arguments: '{"command":"ls"}' } }],
        },
        { role: "tool", tool_call_id: "toolu_01", content: "a.txt\nb.txt" },
        { role: "user", content: "and now?" },
      ],
      tools: [
        {
          type: "function",
          function: {
            name: "Bash",
            description: "Executes a bash command",
            parameters: claudeCodeTurn.tools[0]?.input_schema,
          },
        },
      ],
    });
    expect(notes).toEqual([
      "thinking blocks in the history not sent to the model",
      "thinking budget 10000 sent as reasoning_effort medium",
    ]);
  });

  it("maps images (base64 to a data: URI, URLs left for the guarded fetch) and tool_choice", () => {
    const { params } = toChatParams(
      parse({
        model: "x",
        max_tokens: 10,
        messages: [
          {
            role: "user",
            content: [
              { type: "image", source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgo=" } },
              { type: "image", source: { type: "url", url: "https://example.com/cat.jpg" } },
              { type: "text", text: "what is this?" },
            ],
          },
        ],
        tools: [{ name: "look", input_schema: { type: "object" } }],
        tool_choice: { type: "tool", name: "look", disable_parallel_tool_use: true },
      }),
      gemma,
    );
    expect(params.messages[0]?.content).toEqual([
      { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=" } },
      { type: "image_url", image_url: { url: "https://example.com/cat.jpg" } },
      { type: "text", text: "what is this?" },
    ]);
    expect(params.tool_choice).toEqual({ type: "function", function: { name: "look" } });
    expect(params.parallel_tool_calls).toBe(false);
  });

  it.each([
    [{ type: "auto" }, "auto"],
    [{ type: "any" }, "required"],
    [{ type: "none" }, "none"],
  ])("tool_choice %j is %j", (choice, expected) => {
    const body = { model: "x", max_tokens: 5, messages: [{ role: "user", content: "hi" }], tool_choice: choice };
    expect(toChatParams(parse(body), gemma).params.tool_choice).toBe(expected);
  });

  it("marks an error tool result, and moves its images to a user message, saying so", () => {
    const { params, notes } = toChatParams(
      parse({
        model: "x",
        max_tokens: 5,
        messages: [
          {
            role: "user",
            content: [
              {
                type: "tool_result",
                tool_use_id: "t1",
                is_error: true,
                content: [
                  { type: "text", text: "no such file" },
                  { type: "image", source: { type: "base64", media_type: "image/jpeg", data: "/9j/" } },
                ],
              },
            ],
          },
        ],
      }),
      gemma,
    );
    expect(params.messages).toEqual([
      { role: "tool", tool_call_id: "t1", content: "Error: no such file" },
      {
        role: "user",
        content: [
          { type: "text", text: "(images from tool result t1)" },
          { type: "image_url", image_url: { url: "data:image/jpeg;base64,/9j/" } },
        ],
      },
    ]);
    expect(notes).toContain("images in a tool_result sent in a user message after it");
  });

  it("names what a model cannot use: top_k, and thinking on a model that does not reason", () => {
    const body = {
      model: "x",
      max_tokens: 5,
      top_k: 40,
      thinking: { type: "enabled", budget_tokens: 2000 },
      messages: [{ role: "user", content: "hi" }],
    };
    const { params, notes } = toChatParams(parse(body), llama);
    expect(params.reasoning_effort).toBeUndefined();
    expect(notes).toContain("ignored (not supported by @cf/meta/llama-3.3-70b-instruct-fp8-fast): top_k, thinking");
  });

  it("turns thinking off with reasoning_effort none, and output_config.effort wins over a budget", () => {
    const base = { model: "x", max_tokens: 5, messages: [{ role: "user", content: "hi" }] };
    expect(toChatParams(parse({ ...base, thinking: { type: "disabled" } }), gemma).params.reasoning_effort).toBe(
      "none",
    );
    const both = { ...base, thinking: { type: "enabled", budget_tokens: 30000 }, output_config: { effort: "max" } };
    const { params, notes } = toChatParams(parse(both), gemma);
    expect(params.reasoning_effort).toBe("high");
    expect(notes).toContain("output_config.effort max sent as high");
  });

  it("refuses server tools and misplaced blocks, naming the field", () => {
    const base = { model: "x", max_tokens: 5, messages: [{ role: "user", content: "hi" }] };
    const server = { ...base, tools: [{ type: "web_search_20250305", name: "web_search", max_uses: 5 }] };
    expect(() => toChatParams(parse(server), gemma)).toThrow(
      expect.objectContaining({ status: 400, param: "tools.0.type" }),
    );
    const misplaced = {
      ...base,
      messages: [{ role: "user", content: [{ type: "tool_use", id: "t", name: "n", input: {} }] }],
    };
    expect(() => toChatParams(parse(misplaced), gemma)).toThrow(
      expect.objectContaining({ status: 400, param: "messages.0.content.0.type" }),
    );
  });

  it("requires max_tokens, as Anthropic does", () => {
    expect(() => parse({ model: "x", messages: [{ role: "user", content: "hi" }] })).toThrow(
      expect.objectContaining({ status: 400, param: "max_tokens" }),
    );
  });
});
