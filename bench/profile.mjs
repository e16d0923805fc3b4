// Where the CPU goes: a V8 CPU profile of one in-process case (bench/inproc), recorded through workerd's
// inspector while the case runs in a loop, aggregated by function, by source file (builtins such as
// JSON.parse folded into the file that called them) and inclusively by file (each sample counted once per file
// on its stack). The same is recorded for the case's pass-through baseline, so each figure is also a share of
// the case's own cost (case total − baseline total). Prints markdown (bench/PROFILE.md is made of it).
//   node bench/profile.mjs [--case chat] [--n 20000] [--interval 50] [--top 25]
import { parseArgs } from "node:util";
import { CASES } from "./inproc/cases.mjs";
import { connectInspector } from "./lib/cdp.mjs";
import { startLocalWorker } from "./lib/local-worker.mjs";

const { values } = parseArgs({
  options: {
    case: { type: "string", multiple: true },
    n: { type: "string", default: "20000" },
    interval: { type: "string", default: "50" },
    top: { type: "string", default: "25" },
  },
});
/** Source files grouped into the costs issue 11 asks about (first match wins; builtins count in their caller's file). */
const CATEGORIES = [
  ["body read (stream reader, decode)", /read-capped-body/],
  ["JSON parse of the body", /read-json/],
  ["validation (valibot schemas)", /valibot|parse-input|schemas\//],
  ["auth (key check, SHA-256)", /core\/src\/auth/],
  [
    "routing (itty-router, pipeline, path)",
    /itty-router|create-worker|normalize-path|router\.ts|forward\.ts|service-for|find-top-level/,
  ],
  ["response re-wrap and headers (CORS, request id)", /finish-response|cors|gateway-notes|sse-response/],
  ["ids (request id, chatcmpl id)", /request-id|new-id/],
  ["catalog lookups and config", /catalog\/|config\.ts|aliases/],
  [
    "upstream SSE parse and re-encode",
    /to-sse-stream|sse-parser|to-stream-deltas|stream-writer|split-text|think-splitter|stop-matcher/,
  ],
  ["chat mapping (inputs, sampling, reply)", /apps\/chat-embed\/src\/(chat|handlers|images|estimate)/],
  ["embeddings mapping", /embeddings\/|create-embedding/],
  ["image worker", /apps\/image/],
  ["binding client", /core\/src\/ai\//],
  ["harness and stub (in the baseline too)", /worker\.js|stub\//],
  ["garbage collector", /garbage collector/],
];
const categoryOf = (key) =>
  CATEGORIES.find(([, re]) => re.test(key))?.[0] ?? "other (V8 program, natives without a JS caller)";
const ids = values.case ?? ["chat", "chat-stream"];
const n = Number(values.n);
const top = Number(values.top);

const worker = await startLocalWorker(["bench/inproc/wrangler.jsonc"], { healthPath: "/" });
const cdp = await connectInspector(worker.inspectorPort);
try {
  const scripts = new Map();
  cdp.on("Debugger.scriptParsed", (p) => scripts.set(p.scriptId, p));
  await cdp.send("Debugger.enable");
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: Number(values.interval) });
  await run("pt-chat", 200);
  // The bundle's module map is read now: the debugger is then switched off, so it cannot slow the profiled code.
  const modules = new Map();
  for (const [scriptId, script] of scripts) modules.set(scriptId, await moduleIndex(scriptId, script.url));
  await cdp.send("Debugger.disable");
  const moduleOf = async (scriptId) => modules.get(scriptId) ?? [];
  console.log(
    `# CPU profiles, in process (workerd ${process.env.WORKERD_VERSION ?? "from wrangler"}), ${n} requests each\n`,
  );
  console.log(`Reproduce: \`node bench/profile.mjs ${ids.map((id) => `--case ${id}`).join(" ")} --n ${n}\``);
  console.log(
    `(sampling every ${values.interval} µs; µs are per request; "own" = case total − its baseline's total)\n`,
  );
  for (const id of ids) {
    const spec = CASES.find((c) => c.id === id);
    const base = spec.over ? await profileCase(spec.over, moduleOf) : undefined;
    const p = await profileCase(id, moduleOf);
    const own = base ? p.total - base.total : p.total;
    console.log(`## ${id}: ${spec.worker} ${spec.path}${spec.body.stream ? " (streamed)" : ""}\n`);
    console.log(
      `Profiled CPU ${us(p.total)} µs/request${p.events ? ` (${p.events} events, ${us(p.total / p.events)} µs/event)` : ""}; ` +
        `baseline ${spec.over ?? "none"} ${base ? us(base.total) : "–"} µs; own ≈ ${us(own)} µs/request` +
        `${p.events ? ` = ${us(own / p.events)} µs/event` : ""}.\n`,
    );
    const pct = (t) => `${Math.round((t / own) * 100)}%`;
    table(`Self time by function (top ${top})`, p.byFunction, top, pct, base?.byFunction);
    const byCategory = (m) => {
      const out = new Map();
      for (const [k, v] of m) add(out, categoryOf(k), v);
      return out;
    };
    table("By cost (self time by file, grouped)", byCategory(p.byFile), top, pct, base && byCategory(base.byFile));
    table("Self time by source file (builtins folded into their caller's file)", p.byFile, top, pct, base?.byFile);
    table(
      "Inclusive time by source file (a sample counts once per file on its stack)",
      p.inclusive,
      top,
      pct,
      base?.inclusive,
    );
  }
} finally {
  cdp.close();
  await worker.stop();
}

async function run(id, count) {
  const res = await fetch(`${worker.url}/run`, { method: "POST", body: JSON.stringify({ case: id, n: count }) });
  const out = await res.json();
  if (out.status !== 200) throw new Error(`${id}: ${JSON.stringify(out)}`);
  return out;
}

async function profileCase(id, moduleOf) {
  await run(id, Math.ceil(n / 4)); // warm: the JIT has settled before the profile starts
  await cdp.send("Profiler.start");
  const out = await run(id, n);
  const { profile } = await cdp.send("Profiler.stop");
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0; // a sample lasts until the next one
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const byFunction = new Map();
  const byFile = new Map();
  const inclusive = new Map();
  let total = 0;
  for (const [nodeId, time] of self) {
    const node = byId.get(nodeId);
    const { functionName, scriptId, lineNumber } = node.callFrame;
    if (functionName === "(idle)") continue;
    total += time;
    const file = await fileOf(node, moduleOf);
    const name = `${functionName || "(anonymous)"} — ${file ?? "(native)"}${file ? `:${lineNumber + 1}` : ""}`;
    add(byFunction, file ? name.replace(/:\d+$/, "") : `${functionName} (native)`, time);
    // Builtins and natives: charged to the nearest caller with a source file.
    let owner = file;
    for (let up = parent.get(nodeId); !owner && up !== undefined; up = parent.get(up))
      owner = await fileOf(byId.get(up), moduleOf);
    add(byFile, owner ?? `${functionName} (no caller)`, time);
    const seen = new Set();
    for (let at = nodeId; at !== undefined; at = parent.get(at)) {
      const f = await fileOf(byId.get(at), moduleOf);
      if (f && !seen.has(f)) seen.add(f) && add(inclusive, f, time);
    }
    void scriptId;
  }
  const per = (m) => new Map([...m].map(([k, v]) => [k, v / n]));
  return {
    total: total / n,
    events: out.events,
    byFunction: per(byFunction),
    byFile: per(byFile),
    inclusive: per(inclusive),
  };
}

/** The source file a profile node's code comes from: esbuild's `// path` comments in wrangler's bundle. */
async function fileOf(node, moduleOf) {
  const { scriptId, lineNumber, url } = node.callFrame;
  if (!url) return undefined;
  const index = await moduleOf(scriptId);
  if (!index.length) return url.replace(/^.*\//, "");
  let lo = 0;
  let hi = index.length - 1;
  let found;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid].line <= lineNumber) {
      found = index[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found?.file ?? url.replace(/^.*\//, "");
}

async function moduleIndex(scriptId, url) {
  if (!url.includes("worker.js")) return [];
  const { scriptSource } = await cdp.send("Debugger.getScriptSource", { scriptId }).catch(() => ({ scriptSource: "" }));
  const index = [];
  const lines = scriptSource.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^\/\/ (\S+\.(?:ts|js|mjs))$/.exec(lines[i]);
    if (m) index.push({ line: i, file: shorten(m[1]) });
  }
  return index;
}

function shorten(path) {
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  if (pkg) return `${pkg[1]}/${pkg[2]}`;
  return path.replace(/^(\.\.\/)+/, "");
}

function add(map, key, time) {
  map.set(key, (map.get(key) ?? 0) + time);
}

function us(x) {
  return x >= 10 ? Math.round(x) : Math.round(x * 10) / 10;
}

function table(title, map, count, pct, baseMap) {
  console.log(`### ${title}\n`);
  console.log("| where | µs/request | % of own | in the baseline, µs |");
  console.log("|---|---:|---:|---:|");
  for (const [key, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count))
    console.log(
      `| ${key.replace(/\|/g, "\\|")} | ${us(t)} | ${pct(t)} | ${baseMap?.has(key) ? us(baseMap.get(key)) : ""} |`,
    );
  console.log("");
}
