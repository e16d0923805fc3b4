import { startLocalWorker } from "./lib/local-worker.mjs";
import { connectInspector } from "./lib/cdp.mjs";
const w = await startLocalWorker(["bench/inproc/wrangler.jsonc"]);
try {
  const cdp = await connectInspector(w.inspectorPort);
  const scripts = [];
  cdp.on("Debugger.scriptParsed", (p) => scripts.push(p));
  await cdp.send("Profiler.enable");
  try { await cdp.send("Debugger.enable"); } catch (e) { console.log("debugger", e.message); }
  await new Promise((r) => setTimeout(r, 500));
  console.log(scripts.map((s) => [s.scriptId, s.url, s.endLine]));
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  const r = await fetch(w.url + "/run", { method: "POST", body: JSON.stringify({ case: "chat", n: 2000 }) });
  console.log(await r.json());
  const { profile } = await cdp.send("Profiler.stop");
  console.log(profile.nodes.length, profile.samples.length, profile.nodes.slice(0, 5).map((n) => n.callFrame));
  const src = scripts.length ? await cdp.send("Debugger.getScriptSource", { scriptId: scripts.at(-1).scriptId }) : null;
  console.log(src?.scriptSource.slice(0, 300));
  cdp.close();
} finally { await w.stop(); }
