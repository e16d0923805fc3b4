import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, inject, it } from "vitest";

const GATEWAY_URL = inject("gatewayUrl");
const KEY = { authorization: "Bearer sk-local-dev" };

type Doc = { paths: Record<string, Record<string, unknown>> };

/** A stored image's key, so `/file/{key}` is asked for something that exists. */
async function storedImageKey(): Promise<string> {
  const res = await fetch(`${GATEWAY_URL}/v1/images/generations`, {
    method: "POST",
    headers: { ...KEY, "content-type": "application/json" },
    body: JSON.stringify({ model: "@cf/stabilityai/stable-diffusion-xl-base-1.0", prompt: "a key", size: "256x256" }),
  });
  const { data } = (await res.json()) as { data: { url: string }[] };
  return new URL(data[0]?.url ?? "").pathname.split("/").pop() ?? "";
}

describe("/openapi.json on the local gateway", () => {
  it("is served at /openapi.json as a valid OpenAPI 3.1 document, without a key", async () => {
    const res = await fetch(`${GATEWAY_URL}/openapi.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const result = await new Validator().validate((await res.json()) as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
  });

  it("documents only routes that answer: none is an unknown URL or a 405", async () => {
    const doc = (await (await fetch(`${GATEWAY_URL}/openapi.json`)).json()) as Doc;
    const values: Record<string, string> = { model: "whisper-1", key: await storedImageKey() };
    const answers: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of Object.keys(item)) {
        const url = GATEWAY_URL + path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? name);
        const init: RequestInit = {
          method: method.toUpperCase(),
          headers: { ...KEY, "content-type": "application/json" },
        };
        if (method === "post") init.body = "{}";
        const res = await fetch(url, init);
        // A 404 with the route's own answer is fine (DeepLX answers an empty text with 404); an unknown URL is not.
        const unknown = res.status === 405 || (res.status === 404 && (await res.text()).includes("unknown_url"));
        answers.push(`${method.toUpperCase()} ${path} ${res.status}${unknown ? " unknown" : ""}`);
      }
    }
    expect(answers.length).toBeGreaterThan(15);
    expect(answers.filter((a) => a.endsWith(" unknown"))).toEqual([]);
  });

  it("serves the playground at / without a key, and an API route still reaches the worker", async () => {
    const page = await fetch(`${GATEWAY_URL}/`);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain("<title>Workers AI gateway: playground</title>");
    const api = await fetch(`${GATEWAY_URL}/v1/models`);
    expect(api.status).toBe(401);
  });
});
