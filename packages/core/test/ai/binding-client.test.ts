import { describe, expect, it } from "vitest";
import type { AiBinding } from "../../src/ai/ai-client.ts";
import { bindingClient } from "../../src/ai/binding-client.ts";
import { apiErrorOf } from "../expect-api-error.ts";
import { InferenceUpstreamError, LEGACY_STREAM, PNG_BYTES } from "../fixtures/workers-ai-wire.ts";

type Call = { model: string; inputs: Record<string, unknown>; options: Record<string, unknown> | undefined };

/** A binding that records its calls and answers with `answer`. */
function fakeBinding(answer: (call: Call) => unknown): AiBinding & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    async run(model, inputs, options) {
      const call = { model, inputs, options };
      calls.push(call);
      return answer(call);
    },
  };
}

const MODEL = "@cf/meta/llama-3.1-8b-instruct";
const legacyOutput = { response: "Hi!", usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 } };

describe("bindingClient", () => {
  it("returns the binding's JSON output as is, with no options when none are set", async () => {
    const binding = fakeBinding(() => legacyOutput);
    const inputs = { messages: [{ role: "user", content: "Hi" }], max_tokens: 1024 };
    expect(await bindingClient(binding).run(MODEL, inputs)).toBe(legacyOutput);
    expect(binding.calls).toEqual([{ model: MODEL, inputs, options: undefined }]);
  });

  it("returns a stream untouched", async () => {
    const stream = new Response(LEGACY_STREAM).body;
    const binding = fakeBinding(() => stream);
    expect(await bindingClient(binding).run(MODEL, { prompt: "Hi", stream: true })).toBe(stream);
  });

  it("passes the configured gateway, and a call's own gateway and signal over it", async () => {
    const binding = fakeBinding(() => legacyOutput);
    const client = bindingClient(binding, { gatewayId: "my-gw" });
    await client.run(MODEL, { prompt: "Hi" });
    const signal = new AbortController().signal;
    await client.run(MODEL, { prompt: "Hi" }, { gateway: { id: "other", skipCache: true }, signal });
    expect(binding.calls[0]?.options).toEqual({ gateway: { id: "my-gw" } });
    expect(binding.calls[1]?.options).toEqual({ gateway: { id: "other", skipCache: true }, signal });
  });

  it("leaves the gateway out for stream inputs, which the binding refuses to send through it", async () => {
    const binding = fakeBinding(() => ({ results: {} }));
    const audio = { body: new Response(PNG_BYTES).body, contentType: "audio/wav" };
    await bindingClient(binding, { gatewayId: "my-gw" }).run("@cf/deepgram/nova-3", { audio });
    expect(binding.calls[0]?.options).toBeUndefined();
  });

  it("maps a thrown InferenceUpstreamError", async () => {
    const binding = fakeBinding(() => {
      throw new InferenceUpstreamError("3040: Capacity temporarily exceeded, please try again.");
    });
    const error = await apiErrorOf(() => bindingClient(binding).run(MODEL, { prompt: "Hi" }));
    expect(error).toMatchObject({ status: 429, type: "rate_limit_exceeded" });
  });

  it("names the model in a 5007", async () => {
    const binding = fakeBinding(() => {
      throw new InferenceUpstreamError("5007: No such model @cf/x/y or task");
    });
    const error = await apiErrorOf(() => bindingClient(binding).run("@cf/x/y", { prompt: "Hi" }));
    expect(error).toMatchObject({ status: 404, code: "model_not_found" });
  });

  it("reads a raw Response: JSON parsed, binary as its body stream, an error status mapped", async () => {
    const json = fakeBinding(() => Response.json(legacyOutput));
    expect(await bindingClient(json).run(MODEL, { prompt: "Hi" })).toEqual(legacyOutput);

    const png = fakeBinding(() => new Response(PNG_BYTES, { headers: { "content-type": "image/png" } }));
    const out = await bindingClient(png).run("@cf/stabilityai/stable-diffusion-xl-base-1.0", { prompt: "cat" });
    expect(out).toBeInstanceOf(ReadableStream);
    expect(new Uint8Array(await new Response(out as ReadableStream).arrayBuffer())).toEqual(PNG_BYTES);

    const failed = fakeBinding(() =>
      Response.json({ internalCode: 5006, name: "InvalidInput", description: "prompt is required" }, { status: 400 }),
    );
    const error = await apiErrorOf(() => bindingClient(failed).run(MODEL, {}));
    expect(error).toMatchObject({ status: 400, message: "Workers AI error 5006: prompt is required" });
  });
});
