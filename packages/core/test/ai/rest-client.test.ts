import { describe, expect, it } from "vitest";
import { restClient } from "../../src/ai/rest-client.ts";
import { apiErrorOf } from "../expect-api-error.ts";
import {
  LEGACY_STREAM,
  PNG_BYTES,
  REST_AUTH_ERROR,
  REST_BAD_INPUT_ERROR,
  REST_CAPACITY_ERROR,
  REST_ENVELOPE,
} from "../fixtures/workers-ai-wire.ts";

type Recorded = { url: string; method: string; headers: Headers; body: string; bodyBytes: Uint8Array };

/** A fetch that records each request and answers with `respond()`. */
function fakeFetch(respond: () => Response | Promise<Response>) {
  const requests: Recorded[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const bodyBytes = new Uint8Array(await request.arrayBuffer());
    requests.push({
      url: request.url,
      method: request.method,
      headers: request.headers,
      body: new TextDecoder().decode(bodyBytes),
      bodyBytes,
    });
    return respond();
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

const MODEL = "@cf/meta/llama-3.1-8b-instruct";
const ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
const base = { accountId: ACCOUNT, token: "cf-token-123" };
const json = (body: unknown, status = 200) => Response.json(body, { status });

describe("restClient", () => {
  it("POSTs JSON to /accounts/{id}/ai/run/{model} with the model path literal and a Bearer token", async () => {
    const { fetch, requests } = fakeFetch(() => json(REST_ENVELOPE));
    const inputs = { messages: [{ role: "user", content: "Hello" }], max_tokens: 256 };
    const out = await restClient({ ...base, fetch }).run(MODEL, inputs);
    expect(out).toEqual(REST_ENVELOPE.result);
    expect(requests[0]).toMatchObject({
      url: `https://api.cloudflare.com/client/v4/accounts/${ACCOUNT}/ai/run/@cf/meta/llama-3.1-8b-instruct`,
      method: "POST",
      body: JSON.stringify(inputs),
    });
    expect(requests[0]?.headers.get("authorization")).toBe("Bearer cf-token-123");
    expect(requests[0]?.headers.get("content-type")).toBe("application/json");
  });

  it("uses a configured base URL", async () => {
    const { fetch, requests } = fakeFetch(() => json(REST_ENVELOPE));
    await restClient({ ...base, baseUrl: "http://127.0.0.1:8787/client/v4/", fetch }).run(MODEL, { prompt: "x" });
    expect(requests[0]?.url).toBe(`http://127.0.0.1:8787/client/v4/accounts/${ACCOUNT}/ai/run/${MODEL}`);
  });

  it("goes through AI Gateway when a gateway id is set, with its cache headers", async () => {
    const { fetch, requests } = fakeFetch(() => json(REST_ENVELOPE));
    const client = restClient({ ...base, gatewayId: "my-gw", fetch });
    await client.run(MODEL, { prompt: "x" }, { gateway: { id: "my-gw", skipCache: true, cacheTtl: 60 } });
    expect(requests[0]?.url).toBe(`https://gateway.ai.cloudflare.com/v1/${ACCOUNT}/my-gw/workers-ai/${MODEL}`);
    expect(requests[0]?.headers.get("cf-aig-skip-cache")).toBe("true");
    expect(requests[0]?.headers.get("cf-aig-cache-ttl")).toBe("60");
  });

  it("returns an SSE answer as its body stream, unread", async () => {
    const { fetch } = fakeFetch(
      () => new Response(LEGACY_STREAM, { headers: { "content-type": "text/event-stream" } }),
    );
    const out = await restClient({ ...base, fetch }).run(MODEL, { prompt: "x", stream: true });
    expect(out).toBeInstanceOf(ReadableStream);
    expect(await new Response(out as ReadableStream).text()).toBe(LEGACY_STREAM);
  });

  it("returns binary PNG bytes as the body stream", async () => {
    const { fetch } = fakeFetch(() => new Response(PNG_BYTES, { headers: { "content-type": "image/png" } }));
    const out = await restClient({ ...base, fetch }).run("@cf/stabilityai/stable-diffusion-xl-base-1.0", {
      prompt: "cat",
    });
    expect(new Uint8Array(await new Response(out as ReadableStream).arrayBuffer())).toEqual(PNG_BYTES);
  });

  it("sends a bytes input as the raw body with its type, other inputs as query parameters", async () => {
    const { fetch, requests } = fakeFetch(() =>
      json({ result: { text: "hello" }, success: true, errors: [], messages: [] }),
    );
    const audio = { body: new Response(PNG_BYTES).body, contentType: "audio/wav" };
    const out = await restClient({ ...base, fetch }).run("@cf/deepgram/nova-3", {
      audio,
      language: "en",
      smart_format: true,
    });
    expect(out).toEqual({ text: "hello" });
    const url = new URL(requests[0]?.url ?? "");
    expect(url.pathname).toBe(`/client/v4/accounts/${ACCOUNT}/ai/run/@cf/deepgram/nova-3`);
    expect(url.searchParams.get("language")).toBe("en");
    expect(url.searchParams.get("smart_format")).toBe("true");
    expect(requests[0]?.headers.get("content-type")).toBe("audio/wav");
    expect(requests[0]?.bodyBytes).toEqual(PNG_BYTES);
  });

  it("sends a bare byte array (whisper's raw file) as application/octet-stream", async () => {
    const { fetch, requests } = fakeFetch(() =>
      json({ result: { text: "hi" }, success: true, errors: [], messages: [] }),
    );
    await restClient({ ...base, fetch }).run("@cf/openai/whisper", { audio: PNG_BYTES });
    expect(requests[0]?.headers.get("content-type")).toBe("application/octet-stream");
    expect(requests[0]?.bodyBytes).toEqual(PNG_BYTES);
  });

  it("maps a 429 capacity envelope to a 429 with Retry-After", async () => {
    const { fetch } = fakeFetch(() => json(REST_CAPACITY_ERROR, 429));
    const error = await apiErrorOf(() => restClient({ ...base, fetch }).run(MODEL, { prompt: "x" }));
    expect(error).toMatchObject({ status: 429, type: "rate_limit_exceeded" });
    expect(new Headers(error.headers).get("retry-after")).toBe("3");
  });

  it("maps a 400 bad-input envelope to a 400 with the detail", async () => {
    const { fetch } = fakeFetch(() => json(REST_BAD_INPUT_ERROR, 400));
    const error = await apiErrorOf(() => restClient({ ...base, fetch }).run(MODEL, {}));
    expect(error.status).toBe(400);
    expect(error.message).toContain("required properties at '/' are 'prompt'");
  });

  it("throws on success:false even under a 200", async () => {
    const { fetch } = fakeFetch(() => json(REST_CAPACITY_ERROR, 200));
    expect((await apiErrorOf(() => restClient({ ...base, fetch }).run(MODEL, {}))).status).toBe(429);
  });

  it("maps a rejected token to 401 invalid_api_key", async () => {
    const { fetch } = fakeFetch(() => json(REST_AUTH_ERROR, 403));
    expect(await apiErrorOf(() => restClient({ ...base, fetch }).run(MODEL, {}))).toMatchObject({
      status: 401,
      code: "invalid_api_key",
    });
  });

  it("maps an HTML error page to a 502 without echoing the HTML", async () => {
    const { fetch } = fakeFetch(
      () => new Response("<html>Bad gateway</html>", { status: 502, headers: { "content-type": "text/html" } }),
    );
    const error = await apiErrorOf(() => restClient({ ...base, fetch }).run(MODEL, {}));
    expect(error).toMatchObject({
      status: 502,
      type: "upstream_error",
      message: "Workers AI request failed: HTTP 502",
    });
  });

  it("maps a network failure to 502", async () => {
    const fetch = (async () => {
      throw new TypeError("Network connection lost.");
    }) as typeof globalThis.fetch;
    expect((await apiErrorOf(() => restClient({ ...base, fetch }).run(MODEL, {}))).status).toBe(502);
  });

  it("answers a missing account id with a 500 naming CF_ACCOUNT_ID, without calling out", async () => {
    const { fetch, requests } = fakeFetch(() => json(REST_ENVELOPE));
    const error = await apiErrorOf(() => restClient({ accountId: undefined, token: "t", fetch }).run(MODEL, {}));
    expect(error).toMatchObject({ status: 500, code: "missing_account_id" });
    expect(error.message).toContain("CF_ACCOUNT_ID");
    expect(requests).toHaveLength(0);
  });

  it.each(["../../user/tokens", "@cf//x", ""])("refuses the model name %j before calling out", async (model) => {
    const { fetch, requests } = fakeFetch(() => json(REST_ENVELOPE));
    expect(await apiErrorOf(() => restClient({ ...base, fetch }).run(model, {}))).toMatchObject({ status: 404 });
    expect(requests).toHaveLength(0);
  });
});
