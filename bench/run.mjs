// `pnpm bench`: the two layers of DESIGN.md's budgets, one command, both tables (bench/README.md).
//   node bench/run.mjs [--quick] [--only inproc|e2e] [--reps 3] [--case <id>]... [--n <requests per run>]
//
// (a) In process: bench/inproc's worker runs each handler in a loop inside ONE request, with an in-isolate
//     instant stub `AI`; workerd's CPU (utime + stime of its processes) is read before and after each loop, so
//     neither HTTP nor the dev proxy nor the binding's RPC is in the figure. Own = case − its pass-through
//     baseline, paired within each repetition; medians over repetitions, with their spread (min–max).
// (b) End to end: four `wrangler dev` servers side by side (pass-through; a plain service-binding hop in front
//     of it; chat-embed alone; the router in front of every worker), each with the instant stub bound as `AI`
//     over a service binding, observability off, driven over loopback, repetitions interleaved across servers.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { CASES } from "./inproc/cases.mjs";
import { startLocalWorker } from "./lib/local-worker.mjs";
import { drive } from "./lib/measure.mjs";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string", default: "" },
    reps: { type: "string" },
    case: { type: "string", multiple: true },
    n: { type: "string" },
  },
});
const quick = values.quick;
const reps = Number(values.reps ?? 3);
/** CPU seconds per in-process run: sized by time, not count (see bench/README.md), unless `--n` is given. */
const RUN_CPU_S = quick ? 0.4 : 1.5;
const E2E_COUNT = quick ? 150 : 300;
const started = Date.now();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x) =>
  x === undefined || Number.isNaN(x) ? "" : Math.abs(x) >= 100 ? String(Math.round(x)) : x.toFixed(1);
const spread = (xs) => (xs.length > 1 ? `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}` : "");
const rotate = (xs, k) => xs.map((_, i) => xs[(i + k) % xs.length]);

if (values.only !== "e2e") await inProcess();
if (values.only !== "inproc") await endToEnd();
console.log(`\nTotal ${Math.round((Date.now() - started) / 1000)} s. Machine load now: ${loadAverage()}.`);

async function inProcess() {
  const wanted = values.case ? CASES.filter((c) => values.case.includes(c.id)) : CASES;
  const needs = (c) => [c.id, c.over, c.fixed, CASES.find((f) => f.id === c.fixed)?.over].filter(Boolean);
  const ids = new Set(wanted.flatMap(needs));
  const cases = CASES.filter((c) => ids.has(c.id));
  const worker = await startLocalWorker(["bench/inproc/wrangler.jsonc"], { healthPath: "/" });
  const samples = new Map(cases.map((c) => [c.id, []]));
  const info = new Map();
  try {
    // Warm-up and sizing: each case once, so the JIT has settled and its cost per request is known.
    for (const c of cases) {
      const { out, cpuUs } = await runCase(worker, c.id, quick ? 200 : 1000);
      if (out.status === 404) info.set(c.id, { missing: true });
      else if (out.status !== 200) throw new Error(`${c.id}: ${JSON.stringify(out)}`);
      else
        info.set(c.id, {
          events: out.events,
          n: Number(values.n ?? Math.max(quick ? 300 : 1000, Math.round((RUN_CPU_S * 1e6) / cpuUs))),
        });
    }
    // Each baseline runs right before the cases measured over it, so a pair sees the same machine load;
    // the groups' order rotates from one repetition to the next.
    const live = cases.filter((c) => !info.get(c.id).missing);
    const groups = live.filter((c) => !c.over).map((b) => [b, ...live.filter((c) => c.over === b.id)]);
    for (let r = 0; r < reps; r++)
      for (const c of rotate(groups, r).flat()) {
        const { cpuUs } = await runCase(worker, c.id, info.get(c.id).n);
        samples.get(c.id).push(cpuUs);
      }
  } finally {
    await worker.stop();
  }
  const rows = [];
  for (const c of cases.filter((c) => c.over && ids.has(c.id) && wanted.includes(c))) {
    const meta = info.get(c.id);
    if (meta.missing) {
      rows.push({ case: c.id, route: `${c.worker} ${c.path}`, "µs/req": "not built yet (404)" });
      continue;
    }
    const mine = samples.get(c.id);
    const base = samples.get(c.over);
    const own = mine.map((x, i) => x - base[i]);
    const per = c.perEvent ? meta.events : 1;
    rows.push({
      case: c.id,
      route: `${c.worker} ${c.path}${c.concurrency ? ` ×${c.concurrency}` : ""}`,
      "requests/run": meta.n,
      "µs/req": fmt(median(mine)),
      "baseline µs": `${fmt(median(base))} (${c.over})`,
      "own µs": `${fmt(median(own))} (${spread(own)})`,
      "own per": c.perEvent ? `${fmt(median(own) / per)} µs/event ×${per}` : "request",
      "streaming µs/event": c.fixed ? fmt(median(marginal(c, own)) / per) : "",
      "goal (issue 11)":
        c.goal === undefined
          ? ""
          : `≤ ${c.goal}${verdict(
              own.map((x) => x / per),
              c.goal,
            )}`,
      "target (DESIGN)": c.target === undefined ? "" : `≤ ${c.target}`,
    });
  }
  /** Own cost of a stream over the same request not streamed (`fixed`), per repetition: what streaming adds. */
  function marginal(c, own) {
    const fixed = samples.get(c.fixed).map((x, i) => x - samples.get(CASES.find((f) => f.id === c.fixed).over)[i]);
    return own.map((x, i) => x - fixed[i]);
  }
  console.log(`\n(a) In process, workerd CPU per request in µs; medians of ${reps} interleaved runs, own (min–max)`);
  console.table(rows);
  console.log(
    "Own = case − baseline in the same repetition. Baselines: the pass-through handler making the same upstream call;",
    "for router-chat, a bare hop into chat-embed. Per-event figures divide own µs/request by the events the client gets;",
    "streaming µs/event divides only what the stream adds over the same request not streamed (its fixed cost removed).",
  );
}

async function runCase(worker, id, n) {
  const before = worker.cpuMs();
  const res = await fetch(`${worker.url}/run`, { method: "POST", body: JSON.stringify({ case: id, n }) });
  const out = await res.json();
  return { out, cpuUs: ((worker.cpuMs() - before) * 1000) / (out.n ?? n) };
}

/**
 * An app's config without its `assets` (beside the original, so relative paths still hold). Under `wrangler dev`
 * a worker with static assets gets every request through wrangler's asset router first, a JS worker of its own
 * that costs 1–3 ms of workerd CPU per request and per hop here; on Cloudflare that routing is the platform's,
 * not the worker's CPU time. The worker's own cost is measured without it, and the asset layer on its own line.
 */
function withoutAssets(app) {
  const file = `apps/${app}/wrangler.bench.jsonc`;
  const config = readFileSync(`apps/${app}/wrangler.jsonc`, "utf8");
  const stripped = config.replace(/^ {2}"assets": \{[\s\S]*?^ {2}\},\n/m, "");
  if (stripped === config) throw new Error(`apps/${app}/wrangler.jsonc: no assets block found to strip`);
  writeFileSync(file, stripped);
  return file;
}

async function endToEnd() {
  const STUB = "bench/stub/wrangler.jsonc";
  const PASS = "bench/stub/passthrough.jsonc";
  const APPS = ["router", "chat-embed", "image", "whisper", "translate"];
  const bare = Object.fromEntries(APPS.map((app) => [app, withoutAssets(app)]));
  const servers = [
    { name: "pass-through", configs: [PASS, STUB] },
    { name: "plain hop → pass-through", configs: ["bench/stub/hop.jsonc", PASS, STUB] },
    { name: "chat-embed alone", configs: [bare["chat-embed"], STUB] },
    { name: "chat-embed with assets", configs: ["apps/chat-embed/wrangler.jsonc", STUB] },
    { name: "router → chat-embed", configs: [...APPS.map((app) => bare[app]), STUB] },
  ];
  const chatCase = CASES.find((c) => c.id === "chat");
  const headers = { authorization: "Bearer sk-local-dev", "content-type": "application/json" };
  const gateway = (body) => () => ({ path: "/v1/chat/completions", init: { method: "POST", headers, body } });
  const raw = (body) => () => ({ path: "/", init: { method: "POST", headers, body } });
  const chat = JSON.stringify(chatCase.body);
  const stream = JSON.stringify({ ...chatCase.body, stream: true, stream_options: { include_usage: true } });
  const rawStream = JSON.stringify({ ...chatCase.body, stream: true });
  const scenarios = [
    { name: "chat, one at a time", concurrency: 1, gateway: gateway(chat), raw: raw(chat) },
    { name: "chat, 16 concurrent", concurrency: 16, gateway: gateway(chat), raw: raw(chat) },
    { name: "streamed chat, one at a time", concurrency: 1, gateway: gateway(stream), raw: raw(rawStream) },
  ];
  for (const s of servers) s.worker = await startLocalWorker(s.configs, { healthPath: "/" });
  const cpu = new Map();
  try {
    for (const s of servers)
      for (const sc of scenarios) await drive(s.worker.url, request(s, sc), { count: 32, concurrency: sc.concurrency });
    const pairs = servers.flatMap((s) => scenarios.map((sc) => [s, sc]));
    for (let r = 0; r < reps; r++)
      for (const [s, sc] of rotate(pairs, r * scenarios.length + r)) {
        const before = s.worker.cpuMs();
        await drive(s.worker.url, request(s, sc), { count: E2E_COUNT, concurrency: sc.concurrency });
        const key = `${s.name}|${sc.name}`;
        cpu.set(key, [...(cpu.get(key) ?? []), ((s.worker.cpuMs() - before) * 1000) / E2E_COUNT]);
      }
  } finally {
    await Promise.all(servers.map((s) => s.worker?.stop()));
    for (const file of Object.values(bare)) rmSync(file, { force: true });
  }
  const rows = [];
  const at = (server, sc) => cpu.get(`${server}|${sc}`);
  const diff = (a, b) => a.map((x, i) => x - b[i]);
  for (const sc of scenarios) {
    const pass = at("pass-through", sc.name);
    const hop = diff(at("plain hop → pass-through", sc.name), pass);
    const own = diff(at("chat-embed alone", sc.name), pass);
    const router = diff(at("router → chat-embed", sc.name), at("chat-embed alone", sc.name));
    const assets = diff(at("chat-embed with assets", sc.name), at("chat-embed alone", sc.name));
    rows.push({
      scenario: sc.name,
      "pass-through µs/req": `${fmt(median(pass))} (${spread(pass)})`,
      "chat-embed own µs": `${fmt(median(own))} (${spread(own)})`,
      "plain hop µs": `${fmt(median(hop))} (${spread(hop)})`,
      "router over chat-embed µs": `${fmt(median(router))} (${spread(router)})`,
      "router goal": `≤ plain hop + 50${verdict(diff(router, hop), 50)}`,
      "wrangler's asset layer µs": `${fmt(median(assets))} (${spread(assets)})`,
    });
  }
  console.log(
    `\n(b) End to end under wrangler dev (observability off), workerd CPU per request in µs over ${E2E_COUNT} requests;`,
    `medians of ${reps} interleaved runs (min–max)`,
  );
  console.table(rows);
  console.log(
    "Differences are paired within a repetition; ✓/✗ when every repetition is on one side of the goal, ? when not.",
    "Run-to-run noise here is hundreds of µs (the dev proxy alone costs",
    "milliseconds per request): read these for the hop and the router, and layer (a) for the workers' own code.",
    "The workers run without their playground assets; the last column is what wrangler's asset router adds in",
    "front of chat-embed locally (on Cloudflare that routing is the platform's, not the worker's CPU).",
  );

  function request(server, sc) {
    return server.name === "pass-through" || server.name.startsWith("plain hop") ? sc.raw : sc.gateway;
  }
}

/** ✓ when every repetition meets the goal, ✗ when none does, "?" when the spread straddles it (unresolved). */
function verdict(values, goal) {
  if (Math.max(...values) <= goal) return " ✓";
  if (Math.min(...values) > goal) return " ✗";
  return " ?";
}

function loadAverage() {
  try {
    return (process.getBuiltinModule("node:os").loadavg() ?? []).map((x) => x.toFixed(1)).join(" ");
  } catch {
    return "?";
  }
}
