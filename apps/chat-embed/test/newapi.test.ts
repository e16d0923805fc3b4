import { exports } from "cloudflare:workers";
import { CLAUDE_FAMILY_NAMES, listModels } from "@wai/catalog";
import { describe, expect, it } from "vitest";
import { KEY, post, sseEvents } from "./helpers.ts";

type Chunk = { choices: { finish_reason: string | null }[]; usage?: { total_tokens: number } | null };

/** A stream's chunks, asserting the `[DONE]` at its end. */
async function streamed(body: Record<string, unknown>): Promise<Chunk[]> {
  const res = await post("/v1/chat/completions", { stream: true, ...body });
  expect(res.status).toBe(200);
  const events = await sseEvents(res);
  expect(events.at(-1)).toBe("[DONE]");
  return events.slice(0, -1) as Chunk[];
}

/**
 * new-api (QuantumNous/new-api `relay/channel/openai/adaptor.go`) rewrites what it relays: on an OpenAI-type channel
 * it forces `stream_options.include_usage` on every stream (the type is in `streamSupportedChannels`), on any other
 * type (Custom) it strips `stream_options`; for a model name starting with `o` it turns `max_tokens` into
 * `max_completion_tokens`, drops `temperature` and makes a first `system` message `developer`.
 */
describe("chat-embed behind new-api", { timeout: 30_000 }, () => {
  it.each(["gpt-4o-mini", "@cf/zai-org/glm-4.7-flash", "o3-mini"])(
    "OpenAI-type channel: include_usage forced on a %s stream ends with the usage chunk new-api bills by",
    async (model) => {
      const chunks = await streamed({
        model,
        messages: [{ role: "user", content: "hi" }],
        stream_options: { include_usage: true },
      });
      const last = chunks.at(-1) as Chunk;
      expect(last.choices).toEqual([]);
      expect(last.usage?.total_tokens).toBeGreaterThan(0);
      expect(chunks.some((c) => c.choices[0]?.finish_reason)).toBe(true);
    },
  );

  it("Custom channel: stream_options stripped, so no usage chunk (new-api counts tokens itself), still a finish", async () => {
    const chunks = await streamed({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });
    expect(chunks.some((c) => c.usage)).toBe(false);
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe("stop");
  });

  it("o-series names (aliases of gpt-oss): max_completion_tokens, no temperature, a `developer` first message", async () => {
    for (const model of ["o1", "o3-mini"]) {
      const res = await post("/v1/chat/completions", {
        model,
        messages: [
          { role: "developer", content: "Answer briefly." },
          { role: "user", content: "hi" },
        ],
        max_completion_tokens: 64,
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { object: string }).object).toBe("chat.completion");
    }
  });

  it("fetches the model list as new-api does (GET {base}/v1/models, a base ending in /v1 too), ids only", async () => {
    for (const path of ["/v1/models", "/v1/v1/models"]) {
      const res = await exports.default.fetch(`http://w${path}`, { headers: KEY });
      expect(res.status).toBe(200);
      const ids = ((await res.json()) as { data: { id: string }[] }).data.map((m) => m.id);
      expect(ids).toEqual([...listModels({ worker: "chat-embed" }).map((m) => m.id), ...CLAUDE_FAMILY_NAMES]);
    }
  });

  it("passes new-api's channel test (`hi`, small max_tokens) on every fetched chat model", async () => {
    const chat = listModels({ worker: "chat-embed", task: "text-generation" });
    for (const model of [...chat, ...CLAUDE_FAMILY_NAMES.map((id) => ({ id }))]) {
      const res = await post("/v1/chat/completions", {
        model: model.id,
        messages: [{ role: "user", content: "hi" }],
        max_tokens: 16,
      });
      expect([model.id, res.status]).toEqual([model.id, 200]);
      await res.body?.cancel();
    }
  });
});
