// The whisper worker on large uploads: CPU time and peak memory while it handles 1, 10 and 25 MB audio files;
// and the memory whisper's `{audio: number[]}` input costs, which sets its size cap (catalog `maxAudioBytes`).
//   node bench/whisper.mjs [--count 10] [--only uploads|number-array]
//
// Method. The worker runs under `wrangler dev --env local` with the instant Workers AI stub bound as `AI`
// (bench/stub: it reads the audio stream to its end and answers a turbo-shaped transcript at once), and is
// driven over loopback, one request at a time, each body read to its end.
// - CPU: the workerd processes' utime + stime (/proc/<pid>/stat) over `count` requests, divided by `count`; the
//   median of 3 runs. The stub's reading of the audio is included (a pass-through would pay it too).
// - Peak memory, one request at a time: the workerd processes' peak RSS is reset (`echo 5 > /proc/<pid>/clear_refs`),
//   one request is sent, then VmHWM (the peak resident set since the reset) minus VmRSS before it is the most
//   memory that request added at any moment; the median of 3. It is the whole process: the worker's isolate, the
//   stub's, and workerd's own buffers for the bodies. Garbage from earlier requests that V8 has not collected
//   yet is not counted (it was resident before), so this is the request's own peak.
// Scenarios: multipart (the OpenAI SDK's way) with whisper-1 (turbo) and a raw `audio/wav` body, each sending
// the file through the binding as a stream (`{body, contentType}`); @cf/openai/whisper at 1 MB and at its cap
// (4 MB), sent `{audio: number[]}` (over RPC to the stub here, which clones it rather than JSON-encoding it).
// Then the same worker in passthrough mode, where turbo gets JSON with base64 audio: its REST calls go to a local
// server (this script, over loopback) that reads the body and answers at once; that server's memory is not counted.
//
// number[] input (`--only number-array`), for 1, 4, 8 and 16 MB files: the gateway's `readByteArray` builds the
// array from the upload's chunks, then it is serialised as the real binding does (workerd `ai-api.ts`:
// `JSON.stringify({inputs, options})`, sent as a string body, so UTF-8 encoded once more). Measured twice:
// - in Node, one process per size (bench/lib/number-array-input.mjs): heap added (heapUsed) and peak RSS added
//   (VmHWM after clear_refs), after building and after serialising; Node's V8 has no pointer compression, so an
//   array element costs 8 bytes: an upper bound;
// - in workerd (bench/stub/number-array-input.js, V8 as a deployed Worker runs it): peak RSS added per request.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, promisify } from "node:util";
import { makeWav } from "../packages/emulator/src/wav.ts";
import { freePort, ROOT, startLocalWorker, workerdPids } from "./lib/local-worker.mjs";
import { drive as driveConcurrently, median } from "./lib/measure.mjs";

const { values } = parseArgs({
  options: { count: { type: "string", default: "10" }, only: { type: "string" } },
});
const COUNT = Number(values.count);
const MB = 1024 * 1024;

/** A PCM WAV of `bytes` bytes in all (the samples a constant, which costs the stub nothing to read). */
const wav = (bytes) => makeWav(bytes - 44, { fill: 0x55 });

const headers = { authorization: "Bearer sk-local-dev" };
const multipart = (file, model) => () => {
  const form = new FormData();
  form.append("file", new Blob([file], { type: "audio/wav" }), "talk.wav");
  form.append("model", model);
  form.append("response_format", "srt");
  return { path: "/v1/audio/transcriptions", init: { method: "POST", headers, body: form } };
};
const raw = (file) => () => ({
  path: "/v1/audio/transcriptions?model=whisper-1&response_format=verbose_json",
  init: { method: "POST", headers: { ...headers, "content-type": "audio/wav" }, body: file },
});

const scenarios = [];
for (const size of [1, 10, 25]) {
  const file = wav(size * MB);
  scenarios.push({ name: `${size} MB multipart, whisper-1 (turbo)`, size, request: multipart(file, "whisper-1") });
  scenarios.push({ name: `${size} MB raw audio/wav, whisper-1`, size, request: raw(file) });
}
for (const size of [1, 4]) {
  scenarios.push({
    name: `${size} MB multipart, @cf/openai/whisper (number[])`,
    size,
    request: multipart(wav(size * MB), "@cf/openai/whisper"),
  });
}

const statusKb = (pid, field) =>
  Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);

const drive = (url, request, count) => driveConcurrently(url, request, { count, concurrency: 1 });

async function measure(configs, list) {
  const worker = await startLocalWorker(configs);
  const results = [];
  try {
    const pids = workerdPids(process.pid);
    for (const scenario of list) {
      await drive(worker.url, scenario.request, 2); // warm-up
      const perRequest = [];
      for (let run = 0; run < 3; run++) {
        const before = worker.cpuMs();
        await drive(worker.url, scenario.request, COUNT);
        perRequest.push((worker.cpuMs() - before) / COUNT);
      }
      // Peak memory of one request at a time: reset the peak, note the resident set, send one, read the peak.
      const added = [];
      for (let run = 0; run < 3; run++) {
        for (const pid of pids) writeFileSync(`/proc/${pid}/clear_refs`, "5");
        const rssBefore = pids.reduce((n, pid) => n + statusKb(pid, "VmRSS"), 0);
        await drive(worker.url, scenario.request, 1);
        added.push(pids.reduce((n, pid) => n + statusKb(pid, "VmHWM"), 0) - rssBefore);
      }
      const addedMb = median(added) / 1024;
      results.push({
        scenario: scenario.name,
        "cpu ms/request": Math.round(median(perRequest) * 10) / 10,
        "peak RSS added (MB)": Math.round(addedMb * 10) / 10,
        "× file": Math.round((addedMb / scenario.size) * 100) / 100,
      });
    }
  } finally {
    await worker.stop();
  }
  return results;
}

/** The REST API's stand-in for passthrough mode: reads the body, answers a turbo transcript in the envelope. */
async function startRestStub() {
  const port = await freePort();
  const server = createServer(async (req, res) => {
    let bytes = 0;
    for await (const chunk of req) bytes += chunk.length;
    const result = {
      text: "The quick brown fox",
      transcription_info: { language: "en", duration: bytes / 42667 },
      segments: [],
    };
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ result, success: true, errors: [], messages: [] }));
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { port, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Uploads through the worker: the binding (stream or number[]) and passthrough (base64 JSON over REST). */
async function uploads() {
  const results = await measure(["apps/whisper/wrangler.jsonc", "bench/stub/wrangler.jsonc"], scenarios);
  const rest = await startRestStub();
  try {
    const dir = mkdtempSync(join(tmpdir(), "wai-whisper-bench-"));
    const config = join(dir, "wrangler.jsonc");
    const vars = { AUTH_MODE: "passthrough", CF_ACCOUNT_ID: "bench", CF_API_BASE_URL: `http://127.0.0.1:${rest.port}` };
    const main = join(ROOT, "apps/whisper/src/index.ts");
    writeFileSync(
      config,
      JSON.stringify({
        name: "wai-whisper",
        main,
        compatibility_date: "2026-11-01",
        env: { local: { name: "wai-whisper", vars } },
      }),
    );
    const passthrough = [1, 10, 25].map((size) => ({
      name: `${size} MB multipart, whisper-1, passthrough (base64 JSON)`,
      size,
      request: multipart(wav(size * MB), "whisper-1"),
    }));
    results.push(...(await measure([config], passthrough)));
  } finally {
    await rest.close();
  }
  return results;
}

/** whisper's number[] input built and serialised for 1–16 MB files: in Node (heap and RSS), then in workerd (RSS). */
async function numberArray() {
  const rows = [];
  for (const size of [1, 4, 8, 16]) {
    const script = join(ROOT, "bench/lib/number-array-input.mjs");
    const { stdout } = await run(process.execPath, ["--expose-gc", script, String(size * MB)]);
    const m = JSON.parse(stdout);
    rows.push({
      scenario: `${size} MB file → number[] → binding JSON (Node)`,
      "heap after build (MB)": m.builtHeapMb,
      "JSON (MB)": m.jsonMb,
      "peak heap added (MB)": m.peakHeapMb,
      "peak RSS added (MB)": m.peakRssMb,
      "× file": Math.round((m.peakRssMb / size) * 100) / 100,
    });
  }
  for (const size of [1, 4, 8, 16]) {
    const added = [];
    for (let run = 0; run < 3; run++) added.push(await freshPeakMb("bench/stub/number-array-input.jsonc", size * MB));
    rows.push({
      scenario: `${size} MB file → number[] → binding JSON (workerd)`,
      "peak RSS added (MB)": Math.round(median(added) * 10) / 10,
      "× file": Math.round((median(added) / size) * 100) / 100,
    });
  }
  return rows;
}

/**
 * Peak RSS one request adds to a freshly started workerd (MB). Fresh each time: a warm isolate's uncollected
 * garbage from an earlier large request would be reused by this one and hide its cost.
 */
async function freshPeakMb(config, bytes) {
  const worker = await startLocalWorker([config], { healthPath: "/?bytes=1" });
  try {
    const pids = workerdPids(process.pid);
    for (const pid of pids) writeFileSync(`/proc/${pid}/clear_refs`, "5");
    const rssBefore = pids.reduce((n, pid) => n + statusKb(pid, "VmRSS"), 0);
    const res = await fetch(`${worker.url}/?bytes=${bytes}`);
    const sent = await res.json();
    if (res.status !== 200 || sent.bytes !== bytes) throw new Error(`number[] of ${bytes} bytes: ${res.status}`);
    return (pids.reduce((n, pid) => n + statusKb(pid, "VmHWM"), 0) - rssBefore) / 1024;
  } finally {
    await worker.stop();
  }
}

const run = promisify(execFile);
const results = [];
if (values.only !== "number-array") results.push(...(await uploads()));
if (values.only !== "uploads") results.push(...(await numberArray()));
console.table(results);
