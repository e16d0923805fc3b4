import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TURBO_OUTPUT } from "./fixtures/workers-ai-outputs.ts";
import { audioForm, post, wav } from "./helpers.ts";

// Passthrough mode: the client's token is a Cloudflare API token and the worker calls the REST API, where
// whisper-large-v3-turbo only takes JSON with base64 audio. `fetch` is replaced: no test reaches the network.
const saved = { ...env };
let bodies: { url: string; type: string | null; body: string | Uint8Array }[] = [];

beforeEach(() => {
  env.AUTH_MODE = "passthrough";
  env.CF_ACCOUNT_ID = "acc";
  bodies = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const headers = new Headers(init?.headers);
    const type = headers.get("content-type");
    const body =
      type === "application/json" ? String(init?.body) : new Uint8Array(await new Response(init?.body).arrayBuffer());
    bodies.push({ url: String(input), type, body });
    return Response.json({ result: TURBO_OUTPUT, success: true, errors: [], messages: [] });
  });
});
afterEach(() => {
  Object.assign(env, saved);
  vi.restoreAllMocks();
});

const transcribe = (fields: Record<string, string>, bytes: Uint8Array) =>
  post("/v1/audio/transcriptions", audioForm(fields, { bytes }), { authorization: "Bearer cf-api-token" });

describe("passthrough mode (REST)", () => {
  it("turbo gets JSON with the audio in base64, and the token is passed on", async () => {
    const bytes = wav(1, { fill: 7 });
    const res = await transcribe({ model: "whisper-1", language: "de", response_format: "srt" }, bytes);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("2\n00:00:01,500 --> 01:02:05,005\n");
    const [call] = bodies;
    expect(call?.url).toBe(
      "https://api.cloudflare.com/client/v4/accounts/acc/ai/run/@cf/openai/whisper-large-v3-turbo",
    );
    expect(JSON.parse(call?.body as string)).toEqual({
      audio: btoa(String.fromCharCode(...bytes)),
      task: "transcribe",
      language: "de",
    });
    expect(vi.mocked(fetch).mock.calls[0]?.[1]?.headers).toBeDefined();
    expect(new Headers(vi.mocked(fetch).mock.calls[0]?.[1]?.headers).get("authorization")).toBe("Bearer cf-api-token");
  });

  it("whisper gets the raw file as the body, with its content type", async () => {
    const bytes = wav(1, { fill: 3 });
    const res = await transcribe({ model: "@cf/openai/whisper" }, bytes);
    expect(res.status).toBe(200);
    expect(bodies[0]?.type).toBe("audio/wav");
    expect(bodies[0]?.body).toEqual(bytes);
  });

  it("a 25 MiB file is sent to turbo as base64 in one JSON body", { timeout: 60_000 }, async () => {
    const bytes = wav((25 * 1024 * 1024 - 44) / 32000, { fill: 1 });
    const res = await transcribe({ model: "whisper-1" }, bytes);
    expect(res.status).toBe(200);
    const sent = JSON.parse(bodies[0]?.body as string) as { audio: string };
    expect(sent.audio.length).toBe(Math.ceil(bytes.length / 3) * 4);
    expect(sent.audio.slice(0, 8)).toBe(btoa(String.fromCharCode(...bytes.subarray(0, 6))));
  });
});
