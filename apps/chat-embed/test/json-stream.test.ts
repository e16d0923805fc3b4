import { describe, expect, it } from "vitest";
import { inputsOf, post, spyOnAiRun, sseEvents } from "./helpers.ts";

const ai = spyOnAiRun();
type Chunk = { choices: any[]; usage?: any };

// gpt-oss-120b asked for `stream: true` over /ai/run: a JSON chat.completion with an empty result
// (cloudflare/ai workers-ai-provider retries these without streaming; reference Addendum).
const emptyCompletion = {
  id: "chatcmpl-5b0d",
  object: "chat.completion",
  created: 1754400000,
  model: "@cf/openai/gpt-oss-120b",
  choices: [
    { index: 0, message: { role: "assistant", content: null, reasoning_content: null }, finish_reason: "stop" },
  ],
  usage: { prompt_tokens: 75, completion_tokens: 0, total_tokens: 75 },
};
const answer = {
  ...emptyCompletion,
  choices: [{ index: 0, message: { role: "assistant", content: "Paris is sunny." }, finish_reason: "stop" }],
  usage: { prompt_tokens: 75, completion_tokens: 5, total_tokens: 80 },
};
const ask = (content: string, extra: Record<string, unknown> = {}) =>
  post("/v1/chat/completions", {
    model: "@cf/openai/gpt-oss-120b",
    messages: [{ role: "user", content }],
    stream: true,
    stream_options: { include_usage: true },
    ...extra,
  });

async function chunksOf(res: Response): Promise<Chunk[]> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
  const events = await sseEvents(res);
  expect(events.at(-1)).toBe("[DONE]");
  return events.slice(0, -1) as Chunk[];
}
const contentOf = (chunks: Chunk[]) => chunks.map((c) => c.choices[0]?.delta?.content ?? "").join("");

describe("a streamed request answered with JSON", () => {
  it("asks again without streaming when the JSON is empty, and streams that answer with usage", async () => {
    ai.run.mockResolvedValueOnce(emptyCompletion).mockResolvedValueOnce(answer);
    const res = await ask("Weather?");
    const chunks = await chunksOf(res);
    expect(ai.run).toHaveBeenCalledTimes(2);
    expect(inputsOf(ai.run, 0).stream).toBe(true);
    expect(inputsOf(ai.run, 1)).not.toHaveProperty("stream");
    expect(inputsOf(ai.run, 1)).not.toHaveProperty("stream_options");
    expect(contentOf(chunks)).toBe("Paris is sunny.");
    expect(chunks.at(-2)?.choices[0].finish_reason).toBe("stop");
    expect(chunks.at(-1)?.usage).toMatchObject({ prompt_tokens: 75, completion_tokens: 5, total_tokens: 80 });
    expect(res.headers.get("x-gateway-notes")).toBe(
      "stream: Workers AI answered JSON without content to a streamed request; asked again without streaming",
    );
  });

  it('treats {response: ""} and {} as empty too', async () => {
    for (const empty of [{ response: "" }, {}]) {
      ai.run.mockResolvedValueOnce(empty).mockResolvedValueOnce(answer);
      expect(contentOf(await chunksOf(await ask("Weather?")))).toBe("Paris is sunny.");
    }
    expect(ai.run).toHaveBeenCalledTimes(4);
  });

  it("streams a JSON answer with content directly, one call, named in the notes", async () => {
    ai.run.mockResolvedValueOnce(answer);
    const res = await ask("Weather?");
    expect(contentOf(await chunksOf(res))).toBe("Paris is sunny.");
    expect(ai.run).toHaveBeenCalledTimes(1);
    expect(res.headers.get("x-gateway-notes")).toBe(
      "stream: Workers AI answered JSON to a streamed request; streamed from that answer",
    );
  });

  it("answers the emulator's #fault:json-stream as a stream with content", async () => {
    const res = await ask("#fault:json-stream hi");
    const chunks = await chunksOf(res);
    expect(contentOf(chunks).length).toBeGreaterThan(0);
    expect(chunks.at(-1)?.usage.prompt_tokens).toBeGreaterThan(0);
    expect(res.headers.get("x-gateway-notes")).toMatch(/^stream: Workers AI answered JSON/);
  });

  it("reports a retry that fails as the upstream error, not as an unknown shape", async () => {
    ai.run
      .mockResolvedValueOnce(emptyCompletion)
      .mockRejectedValueOnce(new Error("3040: Capacity temporarily exceeded"));
    const res = await ask("Weather?");
    expect(res.status).toBe(429);
    expect(ai.run).toHaveBeenCalledTimes(2);
  });

  it("does the same on /v1/completions", async () => {
    ai.run.mockResolvedValueOnce(emptyCompletion).mockResolvedValueOnce(answer);
    const res = await post("/v1/completions", { model: "@cf/openai/gpt-oss-120b", prompt: "Weather?", stream: true });
    const chunks = await chunksOf(res);
    expect(chunks.map((c) => c.choices[0]?.text ?? "").join("")).toBe("Paris is sunny.");
    expect(res.headers.get("x-gateway-notes")).toContain("asked again without streaming");
  });
});
