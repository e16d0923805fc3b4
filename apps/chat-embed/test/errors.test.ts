import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { KEY, post } from "./helpers.ts";

const user = (content: unknown) => [{ role: "user", content }];

async function error(path: string, body: unknown) {
  const res = await post(path, body);
  const json = (await res.json()) as {
    error: { message: string; type: string; param: string | null; code: string | null };
  };
  expect(Object.keys(json.error).sort()).toEqual(["code", "message", "param", "type"]);
  expect(res.headers.get("access-control-allow-origin")).toBe("*");
  return { status: res.status, headers: res.headers, ...json.error };
}

describe("errors, in OpenAI's envelope with the field at fault", () => {
  it("malformed JSON is a 400", async () => {
    const e = await error("/v1/chat/completions", '{"model": "@cf/meta/llama-3.1-8b-instruct-fast", "messages": [');
    expect(e).toMatchObject({ status: 400, type: "invalid_request_error", code: "invalid_json" });
  });

  it("missing messages is a 400 naming messages", async () => {
    expect(await error("/v1/chat/completions", { model: "@cf/meta/llama-3.1-8b-instruct-fast" })).toMatchObject({
      status: 400,
      param: "messages",
      message: "Missing required parameter: 'messages'.",
    });
  });

  it("empty messages, a bad role and a bad content part name the field", async () => {
    expect(
      await error("/v1/chat/completions", { model: "@cf/meta/llama-3.1-8b-instruct-fast", messages: [] }),
    ).toMatchObject({
      status: 400,
      param: "messages",
    });
    const role = await error("/v1/chat/completions", {
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: [{ role: "wizard", content: "x" }],
    });
    expect(role).toMatchObject({ status: 400, param: "messages.0.role" });
    const part = await error("/v1/chat/completions", {
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: user([{ type: "text", text: 5 }]),
    });
    expect(part).toMatchObject({ status: 400, param: "messages.0.content.0.text" });
  });

  it("an out-of-range temperature is a 400 naming it", async () => {
    const e = await error("/v1/chat/completions", {
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: user("x"),
      temperature: 9,
    });
    expect(e).toMatchObject({ status: 400, param: "temperature" });
  });

  it("an unknown model is a 404 model_not_found, never a fallback", async () => {
    const e = await error("/v1/chat/completions", { model: "gpt-9-ultra", messages: user("x") });
    expect(e).toMatchObject({ status: 404, code: "model_not_found", param: "model" });
  });

  it("an embedding model on the chat route, or a chat model on embeddings, is a 400 on model", async () => {
    const embed = await error("/v1/chat/completions", { model: "text-embedding-3-small", messages: user("x") });
    expect(embed).toMatchObject({ status: 400, code: "model_not_supported", param: "model" });
    const chat = await error("/v1/embeddings", { model: "@cf/meta/llama-3.1-8b-instruct-fast", input: "x" });
    expect(chat).toMatchObject({ status: 400, code: "model_not_supported", param: "model" });
  });

  it("tools on a model without function calling are a 400 naming tools", async () => {
    const tools = [{ type: "function", function: { name: "f" } }];
    const e = await error("/v1/chat/completions", {
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: user("x"),
      tools,
    });
    expect(e).toMatchObject({ status: 400, param: "tools", code: "unsupported_parameter" });
  });

  it("what the model cannot do is refused by name: images, JSON mode, n, reasoning, tool_choice", async () => {
    // A real PNG (1×1): the data-URI check reads magic bytes, so only the capability is at fault here.
    const image = {
      type: "image_url",
      image_url: {
        url: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      },
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ model: "gpt-4", messages: user([{ type: "text", text: "x" }, image]) }, "messages.0.content.1"],
      [{ model: "@cf/qwen/qwq-32b", messages: user("x"), response_format: { type: "json_object" } }, "response_format"],
      [{ model: "@cf/meta/llama-3.1-8b-instruct-fast", messages: user("x"), n: 2 }, "n"],
      [
        { model: "@cf/meta/llama-3.1-8b-instruct-fast", messages: user("x"), reasoning_effort: "high" },
        "reasoning_effort",
      ],
      [{ model: "@cf/meta/llama-3.1-8b-instruct-fast", messages: user("x"), logprobs: true }, "logprobs"],
      [
        {
          model: "gpt-4",
          messages: user("x"),
          tool_choice: "required",
          tools: [{ type: "function", function: { name: "f" } }],
        },
        "tool_choice",
      ],
      [
        {
          model: "gpt-4",
          messages: user("x"),
          tool_choice: { type: "function", function: { name: "g" } },
          tools: [{ type: "function", function: { name: "f" } }],
        },
        "tool_choice",
      ],
      [{ model: "@cf/meta/llama-3.1-8b-instruct-fast", messages: user("x"), max_tokens: 1_000_000 }, "max_tokens"],
    ];
    for (const [body, param] of cases)
      expect(await error("/v1/chat/completions", body)).toMatchObject({ status: 400, param });
  });

  it("Workers AI 3040 is a 429 rate_limit_exceeded with Retry-After", async () => {
    const e = await error("/v1/chat/completions", {
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: user("#fault:3040"),
    });
    expect(e).toMatchObject({ status: 429, type: "rate_limit_exceeded", code: "rate_limit_exceeded" });
    expect(Number(e.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("Workers AI 4006 is a 429 until 00:00 UTC, worded so OneAPI keeps the channel", async () => {
    const e = await error("/v1/chat/completions", {
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: user("#fault:4006"),
    });
    expect(e.status).toBe(429);
    expect(e.code).toBe("daily_limit_reached");
    expect(e.type).not.toBe("insufficient_quota");
    expect(e.message).not.toMatch(/credit|balance|permission denied/i);
    const retry = Number(e.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(86_400);
  });

  it("Workers AI 5006 (bad input) is a 400", async () => {
    const e = await error("/v1/chat/completions", {
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: user("#fault:5006"),
    });
    expect(e).toMatchObject({ status: 400, type: "invalid_request_error" });
  });

  it("Workers AI 5021 is a 400 context_length_exceeded", async () => {
    const e = await error("/v1/chat/completions", {
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: user("#fault:5021"),
    });
    expect(e).toMatchObject({ status: 400, code: "context_length_exceeded" });
  });

  it("a stream whose upstream fails before it starts is a plain error response", async () => {
    const e = await error("/v1/chat/completions", {
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      stream: true,
      messages: user("#fault:3040"),
    });
    expect(e.status).toBe(429);
  });

  it("a missing key is a 401 before anything else", async () => {
    const res = await exports.default.fetch("http://w/v1/chat/completions", { method: "POST", body: "{}" });
    expect(res.status).toBe(401);
  });

  it("GET or PUT on a POST route is a 405 with Allow; an unknown path stays a 404", async () => {
    for (const method of ["GET", "PUT", "DELETE"]) {
      const res = await exports.default.fetch("http://w/v1/embeddings", { method, headers: KEY });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("POST, OPTIONS");
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(((await res.json()) as any).error).toMatchObject({
        code: "method_not_allowed",
        type: "invalid_request_error",
      });
    }
    const put = await exports.default.fetch("http://w/v1/models", { method: "PUT", headers: KEY });
    expect(put.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    const missing = await exports.default.fetch("http://w/v1/nowhere", { method: "PUT", headers: KEY });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as any).error.code).toBe("unknown_url");
  });
});
