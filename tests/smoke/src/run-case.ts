import type { SmokeAnswer } from "./answer.ts";
import type { SmokeCase } from "./smoke-case.ts";

/** One row of the table: what was asked, what came back, and whether its shape was right. */
export interface SmokeRow {
  model: string;
  route: string;
  variant: string | undefined;
  /** HTTP status, or 0 when no answer came (connection refused, timeout). */
  status: number;
  ms: number;
  usage: string;
  /** Why the answer is wrong; undefined when it passed. */
  problem: string | undefined;
}

export interface RunOptions {
  baseUrl: string;
  key: string;
  /** Per request; image models on the real service can take half a minute. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** Sends the case's request, reads the whole answer, checks it. Never throws: a failure is a row with a problem. */
export async function runCase(c: SmokeCase, options: RunOptions): Promise<SmokeRow> {
  const [method = "GET", path = "/"] = c.route.split(" ");
  const row = { model: c.model, route: c.route, variant: c.variant, status: 0, ms: 0, usage: "" };
  const started = performance.now();
  let answer: SmokeAnswer;
  try {
    const req = c.request();
    const headers = new Headers({
      authorization: req.auth === "deepl" ? `DeepL-Auth-Key ${options.key}` : `Bearer ${options.key}`,
    });
    if (req.json !== undefined) headers.set("content-type", "application/json");
    const response = await (options.fetch ?? fetch)(`${options.baseUrl.replace(/\/+$/, "")}${path}`, {
      method,
      headers,
      body: req.form ?? (req.json === undefined ? undefined : JSON.stringify(req.json)),
      signal: AbortSignal.timeout(options.timeoutMs ?? 120_000),
    });
    answer = {
      status: response.status,
      headers: response.headers,
      bytes: new Uint8Array(await response.arrayBuffer()),
    };
  } catch (error) {
    return { ...row, ms: elapsed(started), problem: `no answer: ${error instanceof Error ? error.message : error}` };
  }
  const ms = elapsed(started);
  try {
    return { ...row, status: answer.status, ms, usage: c.check(answer), problem: undefined };
  } catch (error) {
    return { ...row, status: answer.status, ms, problem: error instanceof Error ? error.message : String(error) };
  }
}

const elapsed = (started: number) => Math.round(performance.now() - started);
