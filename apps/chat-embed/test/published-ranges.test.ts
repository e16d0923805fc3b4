import { describe, expect, it } from "vitest";
import { inputsOf, post, spyOnAiRun, sseEvents } from "./helpers.ts";

const ai = spyOnAiRun();
const user = (content: string) => [{ role: "user", content }];

// What LangChain and OneAPI send for "deterministic": OpenAI accepts every one of these values.
describe("sampling fields held to the published ranges", () => {
  it("sends top_p 0 to a legacy model as 0.001 and names it in x-gateway-notes", async () => {
    const res = await post("/v1/chat/completions", { model: "gpt-4", messages: user("hi"), top_p: 0, temperature: 0 });
    expect(res.status).toBe(200);
    expect(inputsOf(ai.run, 0)).toMatchObject({ top_p: 0.001, temperature: 0 });
    expect(res.headers.get("x-gateway-notes")).toBe(
      "top_p 0 sent as 0.001 (the least @cf/meta/llama-3.3-70b-instruct-fp8-fast takes; same greedy choice)",
    );
  });

  it("refuses seed 0 on a legacy model with OpenAI's 400, naming seed and the range, before any upstream call", async () => {
    const res = await post("/v1/chat/completions", {
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      messages: user("hi"),
      seed: 0,
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.error).toMatchObject({ type: "invalid_request_error", param: "seed", code: "invalid_request" });
    expect(body.error.message).toContain("from 1 to 9999999999");
    expect(ai.run).not.toHaveBeenCalled();
  });

  it("refuses a seed above 9,999,999,999", async () => {
    const res = await post("/v1/chat/completions", { model: "gpt-4", messages: user("hi"), seed: 10_000_000_000 });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.param).toBe("seed");
  });

  it("refuses a negative penalty on llama-4-scout (floor 0), naming the field", async () => {
    for (const field of ["frequency_penalty", "presence_penalty"]) {
      const res = await post("/v1/chat/completions", { model: "gpt-4o", messages: user("hi"), [field]: -0.5 });
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).error).toMatchObject({ type: "invalid_request_error", param: field });
    }
    expect(ai.run).not.toHaveBeenCalled();
  });

  it("passes OpenAI's ranges to glm-4.7-flash, whose schema publishes them", async () => {
    const res = await post("/v1/chat/completions", {
      model: "@cf/zai-org/glm-4.7-flash",
      messages: user("hi"),
      top_p: 0,
      seed: 0,
      frequency_penalty: -1,
    });
    expect(res.status).toBe(200);
    expect(inputsOf(ai.run, 0)).toMatchObject({ top_p: 0, seed: 0, frequency_penalty: -1 });
    expect(res.headers.get("x-gateway-notes")).toBeNull();
  });

  it("holds gpt-oss to its schema's legacy branch too: top_p 0.001, seed from 1", async () => {
    const res = await post("/v1/chat/completions", { model: "@cf/openai/gpt-oss-20b", messages: user("hi"), top_p: 0 });
    expect(inputsOf(ai.run, 0).top_p).toBe(0.001);
    expect(res.headers.get("x-gateway-notes")).toContain("top_p 0 sent as 0.001");
    const refused = await post("/v1/chat/completions", {
      model: "@cf/openai/gpt-oss-20b",
      messages: user("hi"),
      seed: 0,
    });
    expect(refused.status).toBe(400);
  });

  it("applies the same rules on /v1/completions, streamed or not", async () => {
    const res = await post("/v1/completions", { model: "gpt-3.5-turbo-instruct", prompt: "Once", top_p: 0 });
    expect(res.status).toBe(200);
    expect(inputsOf(ai.run, 0)).toMatchObject({ prompt: "Once", top_p: 0.001 });
    expect(res.headers.get("x-gateway-notes")).toContain("top_p 0 sent as 0.001");
    const streamed = await post("/v1/completions", {
      model: "gpt-3.5-turbo-instruct",
      prompt: "Once",
      top_p: 0,
      stream: true,
    });
    expect(streamed.headers.get("x-gateway-notes")).toContain("top_p 0 sent as 0.001");
    expect((await sseEvents(streamed)).at(-1)).toBe("[DONE]");
    const seed = await post("/v1/completions", { model: "gpt-3.5-turbo-instruct", prompt: "Once", seed: 0 });
    expect(seed.status).toBe(400);
    expect(((await seed.json()) as any).error.param).toBe("seed");
    const penalty = await post("/v1/completions", {
      model: "gpt-3.5-turbo-instruct",
      prompt: "Once",
      presence_penalty: -1,
    });
    expect(penalty.status).toBe(400);
    expect(((await penalty.json()) as any).error.param).toBe("presence_penalty");
  });
});
