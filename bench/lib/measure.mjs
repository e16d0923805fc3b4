// Drives a local worker with a bounded number of requests over loopback and reports the workerd CPU time
// per request (and per streamed event), the way DESIGN's budgets are defined.
import { startLocalWorker } from "./local-worker.mjs";

/** Sends `count` copies of `request()` with `concurrency` in flight; reads every body to the end. */
export async function drive(url, request, { count, concurrency }) {
  let next = 0;
  let events = 0;
  const latencies = [];
  const worker = async () => {
    while (next < count) {
      next++;
      const { path, init } = request();
      const start = performance.now();
      const res = await fetch(url + path, init);
      const text = await res.text();
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}: ${text.slice(0, 300)}`);
      latencies.push(performance.now() - start);
      events += (text.match(/^data: /gm) ?? []).length;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  latencies.sort((a, b) => a - b);
  return {
    events,
    p50: latencies[Math.floor(latencies.length / 2)],
    p99: latencies[Math.floor(latencies.length * 0.99)],
  };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * For each target (a set of wrangler configs) and scenario, the median over `runs` of workerd CPU ms per
 * request and per streamed event. Targets are measured one after another, never at once.
 */
export async function measureCpu({ targets, scenarios, count = 1000, concurrency = 8, runs = 5, warmup = 100 }) {
  const results = [];
  for (const target of targets) {
    const worker = await startLocalWorker(target.configs);
    try {
      for (const scenario of scenarios.filter((s) => !s.only || s.only.includes(target.name))) {
        await drive(worker.url, scenario.request, { count: warmup, concurrency });
        const perRequest = [];
        const perEvent = [];
        let last;
        for (let i = 0; i < runs; i++) {
          const before = worker.cpuMs();
          last = await drive(worker.url, scenario.request, { count, concurrency });
          const used = worker.cpuMs() - before;
          perRequest.push(used / count);
          if (last.events) perEvent.push(used / last.events);
        }
        results.push({
          target: target.name,
          scenario: scenario.name,
          cpuMsPerRequest: round(median(perRequest)),
          cpuMsPerEvent: perEvent.length ? round(median(perEvent)) : undefined,
          eventsPerRequest: last.events / count,
          p50Ms: round(last.p50),
          p99Ms: round(last.p99),
        });
      }
    } finally {
      await worker.stop();
    }
  }
  return results;
}

const round = (n) => Math.round(n * 1000) / 1000;
