import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { inputsOf, post, spyOnAiRun } from "./helpers.ts";

const CLAUDE_CODE_HEADERS = {
  authorization: "",
  "x-api-key": "sk-local-dev",
  "anthropic-version": "2023-06-01",
  "anthropic-beta": "claude-code-20250219,interleaved-thinking-2025-05-14",
};
const hello = { model: "claude-sonnet-4-6", max_tokens: 64, messages: [{ role: "user", content: "hi" }] };

async function anthropicError(res: Response) {
  const body = (await res.json()) as { type: string; error: { type: string; message: string } };
  expect(body.type).toBe("error");
  expect(Object.keys(body.error).sort()).toEqual(["message", "type"]);
  return { status: res.status, ...body.error };
}

describe("POST /v1/messages", () => {
  const ai = spyOnAiRun();

  it("answers Claude Code's request shape: ?beta=true, x-api-key, anthropic-version and -beta headers", async () => {
    const res = await post("/v1/messages?beta=true", hello, CLAUDE_CODE_HEADERS);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ type: "message", model: "@cf/google/gemma-4-26b-a4b-it" });
    expect(ai.run.mock.calls[0]?.[0]).toBe("@cf/google/gemma-4-26b-a4b-it");
    expect(inputsOf(ai.run, 0)).toMatchObject({ max_tokens: 64, messages: [{ role: "user", content: "hi" }] });
  }, 20_000); // the isolate's first request compiles the worker: slow on a loaded machine

  it("answers at /messages and /v1/v1/messages too", async () => {
    for (const path of ["/messages", "/v1/v1/messages"]) expect((await post(path, hello)).status).toBe(200);
  });

  it("streams Anthropic's events as SSE with event names", async () => {
    const res = await post("/v1/messages", { ...hello, stream: true });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const names = (await res.text()).match(/^event: \w+/gm)?.map((line) => line.slice(7));
    expect(names?.slice(0, 4)).toEqual(["message_start", "ping", "content_block_start", "content_block_delta"]);
    expect(names?.slice(-3)).toEqual(["content_block_stop", "message_delta", "message_stop"]);
  });

  it("serves claude-opus by the strong tier, or by the model MODEL_ALIASES names for the family", async () => {
    const res = await post("/v1/messages", { ...hello, model: "claude-opus-4-8" });
    expect(((await res.json()) as { model: string }).model).toBe("@cf/openai/gpt-oss-120b");
    const vars = env as { MODEL_ALIASES?: string };
    vars.MODEL_ALIASES = '{"claude-opus": "@cf/zai-org/glm-4.7-flash"}';
    try {
      const aliased = await post("/v1/messages", { ...hello, model: "claude-opus-4-8" });
      expect(((await aliased.json()) as { model: string }).model).toBe("@cf/zai-org/glm-4.7-flash");
      expect(aliased.headers.get("x-gateway-notes")).toContain("MODEL_ALIASES claude-opus");
    } finally {
      delete vars.MODEL_ALIASES;
    }
  });
});

describe("errors on the Messages routes, in Anthropic's shape", () => {
  it("a wrong or missing key is a 401 authentication_error", async () => {
    const wrong = await post("/v1/messages", hello, { authorization: "", "x-api-key": "nope" });
    expect(await anthropicError(wrong)).toMatchObject({ status: 401, type: "authentication_error" });
    const none = await post("/v1/messages/count_tokens", hello, { authorization: "" });
    expect(await anthropicError(none)).toMatchObject({ status: 401, type: "authentication_error" });
  });

  it("a missing max_tokens, malformed JSON and an unknown model", async () => {
    const { max_tokens: _, ...noMax } = hello;
    expect(await anthropicError(await post("/v1/messages", noMax))).toMatchObject({
      status: 400,
      type: "invalid_request_error",
      message: expect.stringContaining("max_tokens"),
    });
    expect(await anthropicError(await post("/v1/messages", '{"model":'))).toMatchObject({ status: 400 });
    expect(await anthropicError(await post("/v1/messages", { ...hello, model: "gpt-17" }))).toMatchObject({
      status: 404,
      type: "not_found_error",
    });
  });

  it("an image URL to a private address is refused by the vision SSRF guard", async () => {
    const image = { type: "image", source: { type: "url", url: "http://127.0.0.1/secret.png" } };
    const body = { ...hello, messages: [{ role: "user", content: [image, { type: "text", text: "what?" }] }] };
    expect(await anthropicError(await post("/v1/messages", body))).toMatchObject({
      status: 400,
      type: "invalid_request_error",
    });
  });

  it("Workers AI's daily allocation is a 429 rate_limit_error with Retry-After", async () => {
    const res = await post("/v1/messages", { ...hello, messages: [{ role: "user", content: "#fault:4006" }] });
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await anthropicError(res)).toMatchObject({ status: 429, type: "rate_limit_error" });
  });

  it("the OpenAI routes keep OpenAI's envelope", async () => {
    const res = await post("/v1/chat/completions", { model: "gpt-17", messages: [{ role: "user", content: "x" }] });
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("model_not_found");
  });
});

describe("GET /v1/models", () => {
  it("lists the Claude families beside the Workers AI models", async () => {
    const res = await exports.default.fetch("http://w/v1/models", { headers: { "x-api-key": "sk-local-dev" } });
    const ids = ((await res.json()) as { data: { id: string }[] }).data.map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining(["claude-opus", "claude-sonnet", "claude-haiku", "@cf/zai-org/glm-4.7-flash"]),
    );
  });
});
