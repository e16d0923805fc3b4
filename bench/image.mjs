// The image worker's own CPU per request, over the instant stub (which answers image models with a 1×1 PNG):
// generation as b64_json and as url (one R2 put), the chat route (one R2 put), and GET of a stored file.
// The pass-through baseline calls the same stub and returns its bytes: the difference is our own code's cost.
// Local R2 runs inside the same workerd, so its CPU counts in the url, chat and file scenarios.
//   node bench/image.mjs [--count 300] [--runs 3]
import { parseArgs } from "node:util";
import { measureCpu } from "./lib/measure.mjs";

const { values } = parseArgs({
  options: { count: { type: "string", default: "300" }, runs: { type: "string", default: "3" } },
});
const headers = { authorization: "Bearer sk-local-dev", "content-type": "application/json" };
const post = (path, body) => () => ({ path, init: { method: "POST", headers, body: JSON.stringify(body) } });
const SD = "@cf/stabilityai/stable-diffusion-xl-base-1.0";
let filePath = "/health";

const scenarios = [
  {
    name: "generation b64_json",
    only: ["image"],
    request: post("/v1/images/generations", { model: SD, prompt: "a fox", response_format: "b64_json" }),
  },
  {
    name: "generation url (R2 put)",
    only: ["image"],
    request: post("/v1/images/generations", { model: SD, prompt: "a fox" }),
  },
  {
    name: "chat, not streamed (R2 put)",
    only: ["image"],
    request: post("/v1/chat/completions", { model: SD, messages: [{ role: "user", content: "a fox" }] }),
  },
  { name: "GET /file/<key> (R2 get)", only: ["image"], request: () => ({ path: filePath, init: {} }) },
  { name: "stub call, bytes back", only: ["passthrough"], request: post("/", { model: SD, prompt: "a fox" }) },
];

const targets = [
  { name: "image", configs: ["apps/image/wrangler.jsonc", "bench/stub/wrangler.jsonc"] },
  { name: "passthrough", configs: ["bench/stub/passthrough.jsonc", "bench/stub/wrangler.jsonc"] },
];

// The file scenario needs a stored image: `measureCpu` starts the worker itself, so the url scenario's answers
// (which run first) are read on the way to name one. Only this process's fetch is wrapped, not workerd's.
const originalFetch = globalThis.fetch;
globalThis.fetch = async (url, init) => {
  const res = await originalFetch(url, init);
  if (String(url).endsWith("/v1/images/generations") && init?.body && !init.body.includes("b64_json")) {
    const json = await res.clone().json();
    if (json.data?.[0]?.url) filePath = new URL(json.data[0].url).pathname;
  }
  return res;
};

const results = await measureCpu({
  targets,
  scenarios,
  count: Number(values.count),
  runs: Number(values.runs),
  concurrency: 4,
  warmup: 30,
});
console.table(results);
