import { exports } from "cloudflare:workers";
import { type AiBinding, type AiClient, ApiError, bindingClient, restClient } from "@wai/core";
import { describe, expect, it } from "vitest";

// The gateway's two AI clients (packages/core) against the emulator: the binding over real RPC, and the REST
// client over the emulator's REST face. Both must give the same outputs and the same typed errors.
const binding = exports.WorkersAiEmulator as unknown as AiBinding;
const rest = restClient({
  accountId: "acc123",
  token: "cf-token",
  baseUrl: "http://emulator/client/v4",
  fetch: (input, init) => exports.default.fetch(input as string, init),
});
const clients: [string, AiClient][] = [
  ["binding", bindingClient(binding)],
  ["REST", rest],
];

const CHAT = "@cf/meta/llama-3.3-70b-instruct-fp8-fast";
const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe.each(clients)("core's %s client over the emulator", (_name, client) => {
  it("returns the bare legacy output", async () => {
    const out = await client.run(CHAT, { messages: [{ role: "user", content: "hello there" }] });
    expect(out).toMatchObject({
      response: expect.stringContaining("[emulated"),
      usage: { total_tokens: expect.any(Number) },
    });
  });

  it("returns a stream of SSE bytes ending with the usage event and [DONE]", async () => {
    const out = await client.run(CHAT, { messages: [{ role: "user", content: "hello" }], stream: true });
    expect(out).toBeInstanceOf(ReadableStream);
    const text = await new Response(out as ReadableStream).text();
    expect(text).toMatch(/data: \{"response":"","usage":\{[^\n]+\}\}\n\ndata: \[DONE\]\n\n$/);
  });

  it("returns PNG bytes as a stream", async () => {
    const out = await client.run("@cf/stabilityai/stable-diffusion-xl-base-1.0", {
      prompt: "a cat",
      width: 256,
      height: 256,
    });
    const bytes = new Uint8Array(await new Response(out as ReadableStream).arrayBuffer());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it.each([
    ["#fault:3040", 429, "rate_limit_exceeded"],
    ["#fault:4006", 429, "daily_limit_reached"],
    ["#fault:5006", 400, null],
  ])("turns %s into a %i ApiError", async (marker, status, code) => {
    const error = await caught(client.run(CHAT, { messages: [{ role: "user", content: `hi ${marker}` }] }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status });
    if (code) expect(error).toMatchObject({ code });
    expect((error as ApiError).message).toMatch(/^Workers AI error \d{4}: /);
  });

  it("gives Retry-After on a capacity error", async () => {
    const error = (await caught(client.run(CHAT, { prompt: "#fault:3040" }))) as ApiError;
    expect(new Headers(error.headers).get("retry-after")).toMatch(/^\d+$/);
  });

  it("maps an unknown model to a 404 model_not_found", async () => {
    const error = await caught(client.run("@cf/nobody/nothing", { prompt: "hi" }));
    expect(error).toMatchObject({ status: 404, code: "model_not_found" });
  });
});
