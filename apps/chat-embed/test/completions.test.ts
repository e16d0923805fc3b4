import { describe, expect, it } from "vitest";
import { post, spyOnAiRun, sseEvents } from "./helpers.ts";

const ai = spyOnAiRun();

describe("POST /v1/completions (legacy)", () => {
  it("completes a string prompt as a text_completion, sending Workers AI a prompt", async () => {
    const res = await post("/v1/completions", { model: "gpt-3.5-turbo-instruct", prompt: "Once upon a time" });
    const json = (await res.json()) as any;
    expect(json).toMatchObject({
      object: "text_completion",
      model: "@cf/meta/llama-3.1-8b-instruct-fast",
      choices: [{ index: 0, text: expect.stringContaining("Once upon a time"), logprobs: null, finish_reason: "stop" }],
    });
    expect(json.id).toMatch(/^cmpl-/);
    expect(json.usage.total_tokens).toBeGreaterThan(0);
    expect(ai.run.mock.calls[0]?.[1]).toMatchObject({ prompt: "Once upon a time", max_tokens: 2000 }); // a quarter of its 8,000-token context;
  });

  it("answers an array of prompts with one choice each, in order", async () => {
    const res = await post("/v1/completions", {
      model: "gpt-3.5-turbo-instruct",
      prompt: ["first", "second"],
      max_tokens: 500,
    });
    const json = (await res.json()) as any;
    expect(json.choices.map((c: any) => c.index)).toEqual([0, 1]);
    expect(json.choices[1].text).toContain("second");
  });

  it("sends a prompt to a chat-completions model as one user message", async () => {
    await post("/v1/completions", { model: "@cf/zai-org/glm-4.7-flash", prompt: "hi" });
    expect(ai.run.mock.calls[0]?.[1]).toMatchObject({ messages: [{ role: "user", content: "hi" }] });
  });

  it("streams text_completion chunks, with include_usage, ending in [DONE]", async () => {
    const res = await post("/v1/completions", {
      model: "gpt-3.5-turbo-instruct",
      prompt: "stream me",
      stream: true,
      stream_options: { include_usage: true },
    });
    const events = await sseEvents(res);
    expect(events.at(-1)).toBe("[DONE]");
    const chunks = events.slice(0, -1) as any[];
    expect(chunks.every((c) => c.object === "text_completion")).toBe(true);
    expect(chunks.map((c) => c.choices[0]?.text ?? "").join("")).toContain("stream me");
    expect(chunks.at(-2).choices[0].finish_reason).toBe("stop");
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { total_tokens: expect.any(Number) } });
  });

  it("refuses token prompts, echo, best_of and n by name", async () => {
    for (const [extra, param] of [
      [{ prompt: [1, 2, 3] }, "prompt.0"],
      [{ prompt: "x", echo: true }, "echo"],
      [{ prompt: "x", best_of: 3 }, "best_of"],
      [{ prompt: "x", n: 2 }, "n"],
      [{ prompt: ["a", "b"], stream: true }, "prompt"],
    ] as const) {
      const res = await post("/v1/completions", { model: "gpt-3.5-turbo-instruct", ...extra });
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).error.param).toBe(param);
    }
  });
});

describe("POST /v1/completions stop sequences", () => {
  it("cuts each prompt's completion at the stop sequence", async () => {
    const res = await post("/v1/completions", {
      model: "gpt-3.5-turbo-instruct",
      prompt: ["one", "two"],
      stop: "said",
    });
    const json = (await res.json()) as any;
    for (const choice of json.choices) expect(choice.text).toBe("[emulated @cf/meta/llama-3.1-8b-instruct-fast] You ");
  });
});
