import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { EMULATED_MODELS } from "../src/models.ts";
import { sseEvents } from "./helpers.ts";

const fetchRest = (path: string, init: RequestInit = {}) =>
  exports.default.fetch(`http://emulator/client/v4/accounts/acc123/ai/run/${path}`, {
    method: "POST",
    ...init,
    headers: { authorization: "Bearer cf-token", ...(init.headers as Record<string, string>) },
  });
const json = (body: unknown): RequestInit => ({
  body: JSON.stringify(body),
  headers: { "content-type": "application/json" },
});
const current = (output: string) => EMULATED_MODELS.find((m) => "output" in m && m.output === output)?.id ?? "";

describe("REST API", () => {
  it("GET / describes itself in one line", async () => {
    const res = await exports.default.fetch("http://emulator/");
    expect(await res.text()).toMatch(/^Workers AI emulator.*\n$/);
  });

  it("wraps JSON outputs in {result, success, errors, messages}", async () => {
    const model = current("legacy");
    const res = await fetchRest(model, json({ prompt: "hi", options: { rejectIfBusy: true } }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      result: { response: expect.stringContaining("[emulated"), usage: expect.any(Object) },
      success: true,
      errors: [],
      messages: [],
    });
  });

  it("sends streams and images raw", async () => {
    const sse = await fetchRest(
      current("chat-completion"),
      json({ messages: [{ role: "user", content: "hi" }], stream: true }),
    );
    expect(sse.headers.get("content-type")).toBe("text/event-stream");
    expect((await sseEvents(sse.body)).at(-1)).toBe("[DONE]");
    const png = await fetchRest(current("png"), json({ prompt: "x", width: 256, height: 256 }));
    expect(png.headers.get("content-type")).toBe("image/png");
  });

  it("takes raw audio bodies for whisper", async () => {
    const res = await fetchRest("@cf/openai/whisper", {
      body: new Uint8Array(16000),
      headers: { "content-type": "audio/mpeg" },
    });
    expect(((await res.json()) as any).result.text).toMatch(/^\[emulated transcription\]/);
  });

  it("answers errors in Cloudflare's envelope with the code's status", async () => {
    const busy = await fetchRest(current("legacy"), json({ prompt: "#fault:3040" }));
    expect(busy.status).toBe(429);
    expect(await busy.json()).toEqual({
      result: null,
      success: false,
      errors: [{ code: 3040, message: "AiError: Capacity temporarily exceeded, please try again." }],
      messages: [],
    });
    const bad = await fetchRest(current("legacy"), json({}));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].code).toBe(5006);
    const unknown = await fetchRest("@cf/nobody/nothing", json({ prompt: "x" }));
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as any).errors[0].code).toBe(5007);
  });

  it("refuses a request without a bearer token", async () => {
    const res = await exports.default.fetch("http://emulator/client/v4/accounts/a/ai/run/@cf/meta/m2m100-1.2b", {
      method: "POST",
      ...json({ text: "x", target_lang: "fr" }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ success: false, errors: [{ code: 10000 }] });
  });
});
