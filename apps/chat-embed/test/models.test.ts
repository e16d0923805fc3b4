import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it } from "vitest";
import { inputsOf, post, spyOnAiRun, sseEvents } from "./helpers.ts";

const ai = spyOnAiRun();
const user = (content: string) => [{ role: "user", content }];
const vars = env as unknown as Record<string, string | undefined>;
const NAMES = ["MODEL_FALLBACKS", "RETIRED_MODELS", "UNLISTED_MODELS", "MODEL_ALIASES"] as const;
const saved = Object.fromEntries(NAMES.map((name) => [name, vars[name]]));
afterEach(() => {
  for (const name of NAMES) vars[name] = saved[name];
});

const SMALL = "@cf/meta/llama-3.1-8b-instruct-fast";
const BIG = "@cf/meta/llama-3.3-70b-instruct-fp8-fast";
const GLM = "@cf/zai-org/glm-4.7-flash";

/** The binding failing as Workers AI does: an error whose message starts with the code. */
const upstreamError = (code: number) =>
  Object.assign(new Error(`${code}: upstream says no`), { name: "InferenceUpstreamError" });

describe("retired ids", () => {
  it("are served by the catalog's successor, which the note and the reply's model name", async () => {
    const res = await post("/v1/chat/completions", { model: "@hf/thebloke/zephyr-7b-beta-awq", messages: user("hi") });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { model: string }).model).toBe(SMALL);
    expect(res.headers.get("x-gateway-notes")).toContain(
      "model: `@hf/thebloke/zephyr-7b-beta-awq` was retired by Cloudflare on 2025-10-01; served by its successor `@cf/meta/llama-3.1-8b-instruct-fast`",
    );
    expect(ai.run.mock.calls[0]?.[0]).toBe(SMALL);
  });

  it("are refused with 404 model_retired under RETIRED_MODELS=reject", async () => {
    vars.RETIRED_MODELS = "reject";
    const res = await post("/v1/chat/completions", { model: "@cf/meta/llama-3-8b-instruct", messages: user("hi") });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("model_retired");
    expect(ai.run).not.toHaveBeenCalled();
  });

  it("are described by GET /v1/models/{id}: retired, when, and the successor", async () => {
    const res = await fetchModel("@hf/thebloke/zephyr-7b-beta-awq");
    expect(await res.json()).toMatchObject({ retired: true, shutdown_date: "2025-10-01", successor: SMALL });
  });
});

describe("unlisted @cf/ and @hf/ ids", () => {
  it("pass through as OpenAI chat completions and reach Workers AI (the emulator)", async () => {
    const res = await post("/v1/chat/completions", { model: "@cf/zai-org/glm-5.2", messages: user("Hello there") });
    expect(res.status).toBe(200);
    const json = (await res.json()) as { model: string; choices: { message: { content: string } }[] };
    expect(json.model).toBe("@cf/zai-org/glm-5.2");
    expect(json.choices[0]?.message.content).toContain("emulated");
    expect(inputsOf(ai.run, 0)).toMatchObject({ messages: [{ role: "user", content: "Hello there" }] });
    expect(res.headers.get("x-gateway-notes")).toContain("not in this gateway's catalog");
  });

  it("stream, whichever SSE shape comes back", async () => {
    const res = await post("/v1/chat/completions", {
      model: "@cf/zai-org/glm-5.2",
      messages: user("Hi"),
      stream: true,
    });
    const events = await sseEvents(res);
    expect(events.at(-1)).toBe("[DONE]");
    expect(events.some((e) => typeof e === "object" && JSON.stringify(e).includes("emulated"))).toBe(true);
  });

  it("are a 404 model_not_found when Workers AI does not know them either (5007)", async () => {
    const res = await post("/v1/chat/completions", { model: "@cf/nobody/no-such-model", messages: user("hi") });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "model_not_found", param: "model" } });
    expect(ai.run).toHaveBeenCalledTimes(1);
  });

  it("pass through on embeddings as {text}", async () => {
    ai.run.mockResolvedValueOnce({ shape: [1, 3], data: [[0.1, 0.2, 0.3]] });
    const res = await post("/v1/embeddings", { model: "@cf/pfnet/plamo-embedding-1b", input: "x" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      model: "@cf/pfnet/plamo-embedding-1b",
      data: [{ embedding: [0.1, 0.2, 0.3] }],
    });
    expect(inputsOf(ai.run, 0)).toEqual({ text: ["x"] });
  });

  it("are refused under UNLISTED_MODELS=reject, and a name outside the namespaces is never passed on", async () => {
    vars.UNLISTED_MODELS = "reject";
    const refused = await post("/v1/chat/completions", { model: "@cf/zai-org/glm-5.2", messages: user("hi") });
    expect(refused.status).toBe(404);
    vars.UNLISTED_MODELS = undefined;
    const unknown = await post("/v1/chat/completions", { model: "llama-99", messages: user("hi") });
    expect(unknown.status).toBe(404);
    expect(ai.run).not.toHaveBeenCalled();
  });
});

describe("MODEL_FALLBACKS ladders", () => {
  const ladder = () => {
    vars.MODEL_FALLBACKS = JSON.stringify({ [SMALL]: ["gpt-4", "gpt-4o-mini"] });
  };

  it.each([
    ["capacity (3040)", () => upstreamError(3040)],
    ["retirement (5028)", () => upstreamError(5028)],
    ["a timeout (3046)", () => upstreamError(3046)],
    ["a local timeout", () => new DOMException("The operation timed out.", "TimeoutError")],
    ["an upstream failure (7000)", () => upstreamError(7000)],
  ])("climb on %s, and the answer names the model that served it", async (_what, failure) => {
    ladder();
    ai.run.mockRejectedValueOnce(failure());
    const res = await post("/v1/chat/completions", { model: SMALL, messages: user("hi") });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { model: string }).model).toBe(BIG);
    expect(ai.run.mock.calls.map((call) => call[0])).toEqual([SMALL, BIG]);
    expect(res.headers.get("x-gateway-notes")).toContain(`fallback: served by \`${BIG}\` from MODEL_FALLBACKS`);
  });

  it("go on down the ladder, aliases allowed", async () => {
    ladder();
    ai.run.mockRejectedValueOnce(upstreamError(3040)).mockRejectedValueOnce(upstreamError(3040));
    const res = await post("/v1/chat/completions", { model: SMALL, messages: user("hi") });
    expect(((await res.json()) as { model: string }).model).toBe(GLM);
  });

  it.each([
    ["a client error (5006 → 400)", 5006, 400],
    ["the daily allocation (4006 → 429)", 4006, 429],
    ["the daily allocation (3036 → 429)", 3036, 429],
    ["a context overflow (5021 → 400)", 5021, 400],
  ])("do not climb on %s", async (_what, code, status) => {
    ladder();
    ai.run.mockRejectedValueOnce(upstreamError(code));
    const res = await post("/v1/chat/completions", { model: SMALL, messages: user("hi") });
    expect(res.status).toBe(status);
    expect(ai.run).toHaveBeenCalledTimes(1);
  });

  it("fall back for a streamed request before its first byte", async () => {
    ladder();
    ai.run.mockRejectedValueOnce(upstreamError(3040));
    const res = await post("/v1/chat/completions", { model: SMALL, messages: user("hi"), stream: true });
    const events = await sseEvents(res);
    expect(events.at(-1)).toBe("[DONE]");
    expect((events[0] as { model: string }).model).toBe(BIG);
  });

  it("never once the stream has begun: a break mid-stream ends it with an error event", async () => {
    ladder();
    const res = await post("/v1/chat/completions", {
      model: SMALL,
      messages: user("hi #fault:broken-stream"),
      stream: true,
    });
    const text = await res.text();
    expect(text).toContain("broke off");
    expect(ai.run).toHaveBeenCalledTimes(1);
  });

  it("apply to embeddings too", async () => {
    vars.MODEL_FALLBACKS = JSON.stringify({ "text-embedding-ada-002": ["@cf/google/embeddinggemma-300m"] });
    ai.run.mockRejectedValueOnce(upstreamError(3040));
    const res = await post("/v1/embeddings", { model: "text-embedding-ada-002", input: "x" });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { model: string }).model).toBe("@cf/google/embeddinggemma-300m");
  });
});

function fetchModel(id: string): Promise<Response> {
  return import("cloudflare:workers").then(({ exports }) =>
    exports.default.fetch(`http://w/v1/models/${id}`, { headers: { authorization: "Bearer sk-local-dev" } }),
  );
}
