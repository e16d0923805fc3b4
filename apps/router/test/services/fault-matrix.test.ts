import { env, exports } from "cloudflare:workers";
import { makeWav } from "@wai/emulator/wav";
import { describe, expect, it } from "vitest";
import type { ServiceBinding } from "../../src/env.ts";

/**
 * Every route × every Workers AI fault the emulator can inject (`#fault:` markers, packages/emulator README),
 * asked of each worker directly and through the router: the status, envelope and code of DESIGN's upstream
 * error table, CORS and a request id on each answer, streams closed properly, caches never keeping a failure.
 */

const KEY = "sk-local-dev";
type Envelope = "openai" | "deepl" | "deeplx";

interface Route {
  name: string;
  binding: ServiceBinding;
  envelope: Envelope;
  /** A request whose upstream inputs carry `text` (where the emulator looks for markers). */
  request: (text: string) => { path: string; init: RequestInit };
  /** Whether the route answers as an SSE stream. */
  stream?: boolean;
}

const json = (path: string, body: unknown) => ({
  path,
  init: {
    method: "POST",
    headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  },
});

function audio(path: string, marker: string) {
  const form = new FormData();
  form.append("file", new Blob([makeWav(64_000, { marker })], { type: "audio/wav" }), "talk.wav");
  form.append("model", "whisper-1");
  return { path, init: { method: "POST", headers: { authorization: `Bearer ${KEY}` }, body: form } };
}

const ROUTES: Route[] = [
  {
    name: "chat",
    binding: "CHAT_EMBED",
    envelope: "openai",
    request: (t) => json("/v1/chat/completions", { model: "gpt-4o-mini", messages: [{ role: "user", content: t }] }),
  },
  {
    name: "chat stream",
    binding: "CHAT_EMBED",
    envelope: "openai",
    stream: true,
    request: (t) =>
      json("/v1/chat/completions", {
        model: "gpt-4o-mini",
        stream: true,
        stream_options: { include_usage: true },
        messages: [{ role: "user", content: t }],
      }),
  },
  {
    name: "completions stream",
    binding: "CHAT_EMBED",
    envelope: "openai",
    stream: true,
    request: (t) => json("/v1/completions", { model: "gpt-4o-mini", stream: true, prompt: t }),
  },
  {
    name: "embeddings",
    binding: "CHAT_EMBED",
    envelope: "openai",
    request: (t) => json("/v1/embeddings", { model: "text-embedding-3-small", input: [t, "b"] }),
  },
  {
    name: "images",
    binding: "IMAGE",
    envelope: "openai",
    request: (t) => json("/v1/images/generations", { model: "dall-e-2", prompt: t, size: "256x256" }),
  },
  {
    name: "chat image",
    binding: "IMAGE",
    envelope: "openai",
    request: (t) =>
      json("/v1/chat/completions", { model: "dall-e-3", messages: [{ role: "user", content: `a kite ${t}` }] }),
  },
  {
    name: "transcriptions",
    binding: "WHISPER",
    envelope: "openai",
    request: (t) => audio("/v1/audio/transcriptions", t),
  },
  { name: "translations", binding: "WHISPER", envelope: "openai", request: (t) => audio("/v1/audio/translations", t) },
  {
    name: "speech",
    binding: "WHISPER",
    envelope: "openai",
    request: (t) => json("/v1/audio/speech", { model: "tts-1", voice: "alloy", input: `hello ${t}` }),
  },
  {
    name: "deeplx",
    binding: "TRANSLATE",
    envelope: "deeplx",
    request: (t) => json("/translate", { text: `Guten Morgen ${t}`, source_lang: "DE", target_lang: "EN" }),
  },
  {
    name: "deepl",
    binding: "TRANSLATE",
    envelope: "deepl",
    request: (t) => json("/v2/translate", { text: [`Guten Morgen ${t}`], source_lang: "DE", target_lang: "EN" }),
  },
];

interface Expected {
  status: number;
  code: string;
  /** DeepL's own status where it differs (a used-up quota is its 456). */
  deeplStatus?: number;
  retryAfter?: boolean;
}

/** DESIGN's upstream error table, by marker. */
const ERROR_FAULTS: Record<string, Expected> = {
  "3040": { status: 429, code: "rate_limit_exceeded", retryAfter: true },
  "3036": { status: 429, code: "daily_limit_reached", deeplStatus: 456, retryAfter: true },
  "4006": { status: 429, code: "daily_limit_reached", deeplStatus: 456, retryAfter: true },
  "5006": { status: 400, code: "invalid_input" },
  "5007": { status: 404, code: "model_not_found" },
  "5021": { status: 400, code: "context_length_exceeded" },
  "5028": { status: 404, code: "model_retired" },
  "3007": { status: 504, code: "upstream_timeout" },
  timeout: { status: 504, code: "upstream_timeout" },
};

const VIA = {
  router: (path: string, init: RequestInit) => exports.default.fetch(`http://gw${path}`, init),
  worker: (binding: ServiceBinding) => (path: string, init: RequestInit) => env[binding].fetch(`http://w${path}`, init),
};

function send(route: Route, via: "router" | "worker", text: string): Promise<Response> {
  const { path, init } = route.request(text);
  return via === "router" ? VIA.router(path, init) : VIA.worker(route.binding)(path, init);
}

function expectFinished(res: Response) {
  expect(res.headers.get("access-control-allow-origin")).toBe("*");
  expect(res.headers.get("x-request-id")).toBeTruthy();
}

async function expectError(res: Response, route: Route, expected: Expected) {
  expectFinished(res);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as Record<string, any>;
  if (route.envelope === "openai") {
    expect(res.status).toBe(expected.status);
    expect(body.error).toMatchObject({ code: expected.code, message: expect.stringMatching(/Workers AI/) });
    expect(Object.keys(body.error).sort()).toEqual(["code", "message", "param", "type"]);
  } else if (route.envelope === "deepl") {
    expect(res.status).toBe(expected.deeplStatus ?? expected.status);
    expect(body).toEqual({ message: expect.any(String) });
  } else {
    expect(res.status).toBe(expected.status);
    expect(body).toEqual({ code: expected.status, message: expect.any(String) });
  }
  if (expected.retryAfter) expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
}

/** The SSE events of a streamed answer, `[DONE]` as is; fails on a stream that does not close within 10 s. */
async function sseEvents(res: Response): Promise<unknown[]> {
  const text = await Promise.race([
    res.text(),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("the stream did not close")), 10_000)),
  ]);
  return text
    .split("\n\n")
    .filter((b) => b.startsWith("data: "))
    .map((b) => b.slice(6))
    .map((d) => (d === "[DONE]" ? d : JSON.parse(d)));
}

describe.concurrent.each(["worker", "router"] as const)("Workers AI faults, asked %s", (via) => {
  describe.each(ROUTES)("$name", (route) => {
    it.each(Object.entries(ERROR_FAULTS))(
      "#fault:%s gives the designed status, envelope and code",
      async (fault, expected) => {
        await expectError(await send(route, via, `#fault:${fault}`), route, expected);
      },
    );

    it("a slow stream, a broken stream and a JSON-instead-of-stream answer are each closed properly", async () => {
      for (const fault of ["slow-stream", "broken-stream", "json-stream"]) {
        const res = await send(route, via, `#fault:${fault} one two three four five six`);
        expectFinished(res);
        expect(res.status).toBe(200);
        if (!route.stream) {
          await res.arrayBuffer(); // the marker concerns streams only: a normal answer
          continue;
        }
        const events = (await sseEvents(res)) as any[];
        expect(events.at(-1)).toBe("[DONE]");
        const finishes = events.filter((e) => e.choices?.[0]?.finish_reason);
        expect(finishes).toHaveLength(1);
        if (fault === "broken-stream") {
          expect(finishes[0]).toMatchObject({
            choices: [{ finish_reason: "length" }],
            error: { code: "stream_interrupted" },
          });
        } else {
          expect(finishes[0].error).toBeUndefined();
        }
      }
    });
  });
});

describe("caches never keep a failure", () => {
  it("asks again after an m2m100 ERROR inside a 200, on each protocol, directly and through the router", async () => {
    for (const route of ROUTES.filter((r) => r.binding === "TRANSLATE")) {
      for (const via of ["worker", "router"] as const) {
        for (let attempt = 0; attempt < 2; attempt++) {
          // A cached failure would come back as a 200 carrying the ERROR text as the translation.
          const res = await send(route, via, "#fault:m2m100-error cache me");
          expect(res.status).toBe(502);
          expect(await res.text()).toMatch(/m2m100 answered with an error/);
        }
      }
    }
  });

  it("answers a request that failed with 3040 normally once the fault is gone (nothing cached under its key)", async () => {
    // The marker is in the text, so the same text always fails: the same request without it must reach upstream.
    const route = ROUTES.find((r) => r.name === "deeplx") as Route;
    expect((await send(route, "router", "#fault:3040")).status).toBe(429);
    const res = await send(route, "router", "");
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: string }).data).toContain("Guten Morgen");
  });
});
