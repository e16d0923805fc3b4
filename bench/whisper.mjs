// The whisper worker on large uploads: CPU time and peak memory while it handles 1, 10 and 25 MB audio files.
//   node bench/whisper.mjs [--count 10]
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
// Scenarios: multipart (the OpenAI SDK's way) with whisper-1 (turbo) and @cf/openai/whisper, and a raw
// `audio/wav` body; each sends the file through the binding as a stream (`{body, contentType}`). Then the same
// worker in passthrough mode, where turbo gets JSON with base64 audio: its REST calls go to a local server
// (this script, over loopback) that reads the body and answers at once; that server's memory is not counted.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { makeWav } from "../packages/emulator/src/wav.ts";
import { freePort, ROOT, startLocalWorker, workerdPids } from "./lib/local-worker.mjs";
import { drive as driveConcurrently, median } from "./lib/measure.mjs";

const { values } = parseArgs({ options: { count: { type: "string", default: "10" } } });
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
  scenarios.push({
    name: `${size} MB multipart, @cf/openai/whisper`,
    size,
    request: multipart(file, "@cf/openai/whisper"),
  });
  scenarios.push({ name: `${size} MB raw audio/wav, whisper-1`, size, request: raw(file) });
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
console.table(results);
