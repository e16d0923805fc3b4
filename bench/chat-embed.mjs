// The chat-embed worker's CPU cost, against DESIGN's budgets.
//   node bench/chat-embed.mjs [--count 1000] [--runs 5] [--scenario streamed] [--target router]
//
// Method (bench/README.md): each target runs under `wrangler dev --env local` with the instant Workers AI stub
// bound as `AI`, and is driven over loopback; the workerd processes' CPU time is divided by the responses (and,
// for streams, by the SSE events received). Targets: chat-embed alone; the router in front of it (the router's
// service bindings need every worker, so all are started); and the pass-through baseline, which calls the same
// stub and translates nothing. Own code = target − baseline, medians of `runs`, all measured in one run.
import { parseArgs } from "node:util";
import { measureCpu } from "./lib/measure.mjs";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "1000" },
    runs: { type: "string", default: "5" },
    scenario: { type: "string", default: "" },
    target: { type: "string", default: "" },
  },
});

const headers = { authorization: "Bearer sk-local-dev", "content-type": "application/json" };
const CHAT_MODEL = "@cf/meta/llama-3.1-8b-instruct-fast";
const messages = [
  { role: "system", content: "You are a helpful assistant." },
  { role: "user", content: "Tell me about the quick brown fox." },
];
const texts = Array.from({ length: 8 }, (_, i) => `Paragraph ${i}: the quick brown fox jumps over the lazy dog.`);
const post = (path, body) => () => ({ path, init: { method: "POST", headers, body: JSON.stringify(body) } });

const GATEWAY = ["chat-embed alone", "through the router"];
const scenarios = [
  { name: "chat, not streamed", only: GATEWAY, request: post("/v1/chat/completions", { model: CHAT_MODEL, messages }) },
  {
    name: "chat, streamed (include_usage)",
    only: GATEWAY,
    request: post("/v1/chat/completions", {
      model: CHAT_MODEL,
      messages,
      stream: true,
      stream_options: { include_usage: true },
    }),
  },
  {
    name: "embeddings, 8 inputs (float)",
    only: GATEWAY,
    request: post("/v1/embeddings", { model: "@cf/baai/bge-base-en-v1.5", input: texts, encoding_format: "float" }),
  },
  {
    name: "embeddings, 8 inputs (base64)",
    only: GATEWAY,
    request: post("/v1/embeddings", { model: "@cf/baai/bge-base-en-v1.5", input: texts }),
  },
  // The baseline's requests are Workers AI inputs: it forwards the body to the stub as is.
  { name: "chat, not streamed", only: ["baseline"], request: post("/", { model: CHAT_MODEL, messages }) },
  {
    name: "chat, streamed (include_usage)",
    only: ["baseline"],
    request: post("/", { model: CHAT_MODEL, messages, stream: true }),
  },
  {
    name: "embeddings, 8 inputs (float)",
    only: ["baseline"],
    request: post("/", { model: "@cf/baai/bge-base-en-v1.5", text: texts }),
  },
  {
    name: "embeddings, 8 inputs (base64)",
    only: ["baseline"],
    request: post("/", { model: "@cf/baai/bge-base-en-v1.5", text: texts }),
  },
];

const STUB = "bench/stub/wrangler.jsonc";
const targets = [
  { name: "baseline", configs: ["bench/stub/passthrough.jsonc", STUB] },
  { name: "chat-embed alone", configs: ["apps/chat-embed/wrangler.jsonc", STUB] },
  {
    name: "through the router",
    configs: [
      "apps/router/wrangler.jsonc",
      "apps/chat-embed/wrangler.jsonc",
      "apps/image/wrangler.jsonc",
      "apps/whisper/wrangler.jsonc",
      "apps/translate/wrangler.jsonc",
      STUB,
    ],
  },
];

const results = await measureCpu({
  targets: targets.filter((t) => t.name === "baseline" || t.name.includes(values.target)),
  scenarios: scenarios.filter((s) => s.name.includes(values.scenario)),
  count: Number(values.count),
  runs: Number(values.runs),
});
const baseline = new Map(results.filter((r) => r.target === "baseline").map((r) => [r.scenario, r]));
const rows = results.map((r) => {
  const base = baseline.get(r.scenario);
  const own = r.target === "baseline" || !base ? undefined : r.cpuMsPerRequest - base.cpuMsPerRequest;
  // Per streamed event: the gateway sends a few more events than upstream (role, finish, usage), so the
  // own cost per event compares CPU per upstream-sized event, from per-request figures.
  const ownPerEvent =
    r.cpuMsPerEvent !== undefined && base?.cpuMsPerEvent !== undefined && r.target !== "baseline"
      ? own / r.eventsPerRequest
      : undefined;
  return {
    target: r.target,
    scenario: r.scenario,
    "cpu ms/req": r.cpuMsPerRequest,
    "own ms/req": own === undefined ? "" : Math.round(own * 1000) / 1000,
    "events/req": r.eventsPerRequest || "",
    "own ms/event": ownPerEvent === undefined ? "" : Math.round(ownPerEvent * 10000) / 10000,
    "p50 ms": r.p50Ms,
  };
});
console.table(rows);
console.log(
  "Budgets (DESIGN.md): own code per chat request ≤ 1 ms (target 0.05); per streamed event ≤ 0.05 ms (target 0.01);",
  "embeddings of 8 inputs ≤ 2 ms (target 0.4); through the router ≤ 1 ms (target 0.3 total over the stub).",
);
