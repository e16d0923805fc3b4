import { env, exports } from "cloudflare:workers";
import type { AiBinding } from "@wai/core";
import { afterEach, beforeEach, type MockInstance, vi } from "vitest";

export const KEY = { authorization: "Bearer sk-local-dev" };

/** POSTs JSON to the worker under test. */
export function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return exports.default.fetch(`http://w${path}`, {
    method: "POST",
    headers: { ...KEY, "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** The `data:` payloads of an SSE body, in order (`[DONE]` as is, the rest parsed). */
export async function sseEvents(res: Response): Promise<unknown[]> {
  const text = await res.text();
  return text
    .split("\n\n")
    .filter((block) => block.startsWith("data: "))
    .map((block) => block.slice(6))
    .map((data) => (data === "[DONE]" ? data : JSON.parse(data)));
}

/**
 * A spy on `env.AI.run`, fresh in every test of the calling file. Created before each test's first request:
 * a spy made after a request in the same test is not always seen by the worker.
 */
export function spyOnAiRun(): { readonly run: MockInstance<AiBinding["run"]> } {
  const holder = {} as { run: MockInstance<AiBinding["run"]> };
  beforeEach(() => {
    holder.run = vi.spyOn(env.AI, "run");
  });
  afterEach(() => vi.restoreAllMocks());
  return holder;
}

/** The inputs of the `n`th upstream call, loosely typed for assertions. */
export const inputsOf = (run: MockInstance<AiBinding["run"]>, n: number): any => run.mock.calls[n]?.[1] ?? {};
