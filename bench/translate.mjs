// The translate worker under Immersive Translate's habit: bursts of concurrent single-paragraph DeepLX requests.
// Each round sends 200 requests at once, 100 distinct paragraphs (five languages, `source_lang: "auto"`) and
// each of them a second time, shuffled; then the same 200 again (all answered from the cache). It reports
// throughput, p50/p99 latency, workerd CPU per request and the number of upstream (m2m100) calls, which the
// benchmark stub numbers in its answers (`... #<n>`, bench/stub/index.js): the largest number seen is the count.
// The pass-through baseline sends the same bursts straight to the stub.
//   node bench/translate.mjs [--rounds 5]
import { parseArgs } from "node:util";
import { startLocalWorker } from "./lib/local-worker.mjs";
import { median } from "./lib/measure.mjs";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "5" } } });
const ROUNDS = Number(values.rounds);
const BURST = 200;

const PARAGRAPHS = [
  (i, n) => `Der Absatz ${i} erzählt, wie der schnelle braune Fuchs über den faulen Hund springt. (${n})`,
  (i, n) => `Le paragraphe ${i} raconte comment le renard brun saute par-dessus le chien paresseux. (${n})`,
  (i, n) => `Paragraph ${i} tells how the quick brown fox jumps over the lazy dog again. (${n})`,
  (i, n) => `Абзац ${i} рассказывает, как быстрая бурая лиса прыгает через ленивую собаку. (${n})`,
  (i, n) => `第${i}段讲述了敏捷的棕色狐狸如何跳过那只懒狗。(${n})`,
];

/** 100 distinct paragraphs, each twice, shuffled; a nonce keeps earlier rounds' cache entries out. */
function burst(nonce) {
  const distinct = Array.from({ length: BURST / 2 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length](i, nonce));
  const all = [...distinct, ...distinct];
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all;
}

const targets = [
  {
    name: "translate",
    configs: ["apps/translate/wrangler.jsonc", "bench/stub/wrangler.jsonc"],
    request: (text) => ({
      path: "/translate?token=sk-local-dev",
      body: { text, source_lang: "auto", target_lang: "ja" },
      read: (json) => json.data,
    }),
  },
  {
    name: "passthrough",
    configs: ["bench/stub/passthrough.jsonc", "bench/stub/wrangler.jsonc"],
    request: (text) => ({
      path: "/",
      body: { model: "@cf/meta/m2m100-1.2b", text, source_lang: "de", target_lang: "ja" },
      read: (json) => json.translated_text,
    }),
  },
];

/** Sends every text at once; returns wall time, sorted latencies and the largest stub call number seen. */
async function send(url, target, texts) {
  const latencies = [];
  let maxCall = 0;
  const start = performance.now();
  await Promise.all(
    texts.map(async (text) => {
      const { path, body, read } = target.request(text);
      const t0 = performance.now();
      const res = await fetch(url + path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const json = await res.json();
      if (!res.ok) throw new Error(`HTTP ${res.status}: ${JSON.stringify(json)}`);
      latencies.push(performance.now() - t0);
      maxCall = Math.max(maxCall, Number(/#(\d+)$/.exec(read(json))?.[1] ?? 0));
    }),
  );
  latencies.sort((a, b) => a - b);
  return { wallMs: performance.now() - start, latencies, maxCall };
}

const round = (n, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

const rows = [];
for (const target of targets) {
  const worker = await startLocalWorker(target.configs);
  try {
    let calls = (await send(worker.url, target, burst(`warmup-${Date.now()}`))).maxCall;
    for (const phase of ["cold burst", "same burst again"]) rows.push({ target: target.name, phase, runs: [] });
    for (let r = 0; r < ROUNDS; r++) {
      const texts = burst(`${Date.now()}-${r}`);
      for (const [k, phase] of ["cold burst", "same burst again"].entries()) {
        const before = worker.cpuMs();
        const out = await send(worker.url, target, texts);
        const cpu = worker.cpuMs() - before;
        const upstream = Math.max(out.maxCall, calls) - calls;
        calls = Math.max(out.maxCall, calls);
        rows
          .find((row) => row.target === target.name && row.phase === phase)
          .runs.push({
            rps: (BURST / out.wallMs) * 1000,
            p50: out.latencies[Math.floor(BURST * 0.5)],
            p99: out.latencies[Math.floor(BURST * 0.99)],
            cpu: cpu / BURST,
            upstream,
          });
        if (k === 0 && target.name === "passthrough") break;
      }
    }
  } finally {
    await worker.stop();
  }
}

console.log(`${BURST} concurrent single-paragraph requests (100 distinct, each twice); medians of ${ROUNDS} rounds\n`);
console.log("| target | phase | requests/s | p50 ms | p99 ms | workerd CPU ms/request | upstream calls |");
console.log("|---|---|---|---|---|---|---|");
for (const { target, phase, runs } of rows) {
  if (!runs.length) continue;
  const m = (key) => median(runs.map((x) => x[key]));
  console.log(
    `| ${target} | ${phase} | ${round(m("rps"), 0)} | ${round(m("p50"), 1)} | ${round(m("p99"), 1)} | ${round(m("cpu"), 3)} | ${m("upstream")} |`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The LLM engine (`?engine=llm`) on a 200-paragraph page (100 distinct, each twice), two ways Immersive Translate
// sends it: DeepLX, one paragraph per request, 200 at once; and the Custom API batched by 20 paragraphs
// (`maxTextGroupLengthPerRequest: 20`), 10 requests at once. Upstreams: (1) a numbered-echo chat stub that
// follows the prompt's `[n] …` format and numbers its calls (the figures of batching), and (2) the emulator
// itself (packages/emulator), whose chat answers ignore the format, so every batched paragraph is asked again
// alone: the worst case, for latency only.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ECHO_STUB = `import { WorkerEntrypoint } from "cloudflare:workers";
let calls = 0;
export class WorkersAiEmulator extends WorkerEntrypoint {
  async run(model, inputs) {
    const n = ++calls;
    const user = inputs.messages.at(-1).content;
    const content = [...user.matchAll(/^\\[(\\d+)\\] (.*)$/gm)].map((m) => "[" + m[1] + "] " + m[2] + " #" + n).join("\\n");
    return { id: "c", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }] };
  }
}
export default { fetch: () => new Response("ok") };`;

function echoStubConfig() {
  const dir = mkdtempSync(join(tmpdir(), "wai-llm-echo-"));
  writeFileSync(join(dir, "index.js"), ECHO_STUB);
  writeFileSync(
    join(dir, "wrangler.jsonc"),
    JSON.stringify({
      name: "wai-emulator",
      main: "index.js",
      compatibility_date: "2026-11-01",
      env: { local: { name: "wai-emulator" } },
    }),
  );
  return join(dir, "wrangler.jsonc");
}

async function llmPage(url, mode, nonce) {
  const texts = burst(nonce);
  const latencies = [];
  let maxCall = 0;
  const post = async (path, body) => {
    const t0 = performance.now();
    const res = await fetch(url + path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${JSON.stringify(json)}`);
    latencies.push(performance.now() - t0);
    const outs = json.translations ? json.translations.map((t) => t.text) : [json.data];
    for (const out of outs) maxCall = Math.max(maxCall, Number(/#(\d+)$/.exec(out)?.[1] ?? 0));
  };
  const start = performance.now();
  if (mode === "deeplx") {
    await Promise.all(
      texts.map((text) =>
        post("/translate?token=sk-local-dev&engine=llm", { text, source_lang: "auto", target_lang: "ja" }),
      ),
    );
  } else {
    const groups = Array.from({ length: texts.length / 20 }, (_, i) => texts.slice(i * 20, i * 20 + 20));
    await Promise.all(
      groups.map((text_list) =>
        post("/translate/batch?token=sk-local-dev&engine=llm", { text_list, source_lang: "auto", target_lang: "ja" }),
      ),
    );
  }
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))];
  return { wallMs: performance.now() - start, p50: at(0.5), p99: at(0.99), maxCall, requests: latencies.length };
}

const llmRows = [];
for (const upstream of ["numbered-echo stub", "emulator"]) {
  const stubConfig = upstream === "emulator" ? "packages/emulator/wrangler.jsonc" : echoStubConfig();
  const worker = await startLocalWorker(["apps/translate/wrangler.jsonc", stubConfig]);
  try {
    let calls = (await llmPage(worker.url, "batch", `llm-warmup-${Date.now()}`)).maxCall;
    for (const mode of ["deeplx", "batch"]) {
      const runs = [];
      for (let r = 0; r < ROUNDS; r++) {
        const out = await llmPage(worker.url, mode, `llm-${mode}-${Date.now()}-${r}`);
        runs.push({ ...out, upstream: out.maxCall - calls });
        calls = Math.max(calls, out.maxCall);
      }
      const m = (key) => median(runs.map((x) => x[key]));
      const upstreamCalls = upstream === "emulator" ? "n/a" : m("upstream");
      const perCall = upstream === "emulator" ? "n/a" : round(100 / m("upstream"), 1);
      llmRows.push(
        `| ${upstream} | ${mode === "deeplx" ? "DeepLX, 1 paragraph/request" : "Custom API, 20 paragraphs/request"} | ${runs[0].requests} | ${round(m("wallMs"), 0)} | ${round(m("p50"), 1)} | ${round(m("p99"), 1)} | ${upstreamCalls} | ${perCall} |`,
      );
    }
  } finally {
    await worker.stop();
  }
}
console.log(
  `\nLLM engine (?engine=llm), a 200-paragraph page (100 distinct, each twice); medians of ${ROUNDS} rounds\n`,
);
console.log(
  "| upstream | how the page is sent | requests | page ms | p50 ms | p99 ms | upstream calls | distinct paragraphs per call |",
);
console.log("|---|---|---|---|---|---|---|---|");
for (const row of llmRows) console.log(row);
