// Builds whisper's `{audio: number[]}` input for a file of `bytes` bytes with the gateway's own builder
// (`readByteArray`, fed 64 KiB chunks as an upload stream gives them), then serialises it as the Workers AI
// binding does (workerd `ai-api.ts`: `JSON.stringify({inputs, options})`, sent as a string body, i.e. UTF-8
// encoded once more). Prints, as JSON, what each step added to the V8 heap (heapUsed) and the peak RSS (VmHWM),
// over the process's state with the file already in memory. One size per process, so peaks do not mix.
//   node --expose-gc bench/lib/number-array-input.mjs <bytes>
import { readFileSync, writeFileSync } from "node:fs";
import { readByteArray } from "../../apps/whisper/src/transcription/read-byte-array.ts";

const size = Number(process.argv[2]);
const file = new Uint8Array(size);
for (let i = 0; i < size; i++) file[i] = (i * 131 + 7) & 255; // every byte value: 1–3 digits in JSON
const CHUNK = 64 * 1024;
const stream = new ReadableStream({
  pull(controller) {
    controller.enqueue(file.subarray(at, at + CHUNK));
    at += CHUNK;
    if (at >= size) controller.close();
  },
});
let at = 0;

const kb = (field) =>
  Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync("/proc/self/status", "utf8"))[1]);
const mb = (n) => Math.round((n / 1024 / 1024) * 10) / 10;
globalThis.gc();
writeFileSync("/proc/self/clear_refs", "5");
const rss0 = kb("VmRSS") * 1024;
const heap0 = process.memoryUsage().heapUsed;

const audio = await readByteArray(stream, size);
const built = { heap: process.memoryUsage().heapUsed - heap0, rss: kb("VmHWM") * 1024 - rss0 };
const json = JSON.stringify({ inputs: { audio }, options: {} });
const body = new TextEncoder().encode(json);
const sent = { heap: process.memoryUsage().heapUsed - heap0, rss: kb("VmHWM") * 1024 - rss0 };
if (audio.length !== size || body.length !== json.length) throw new Error("size mismatch");
console.log(
  JSON.stringify({
    builtHeapMb: mb(built.heap),
    builtRssMb: mb(built.rss),
    jsonMb: mb(json.length),
    peakHeapMb: mb(sent.heap),
    peakRssMb: mb(sent.rss),
  }),
);
