// Bench only (bench/whisper.mjs): the same steps as bench/lib/number-array-input.mjs, inside workerd, whose V8
// is built as a deployed Worker's is. `GET /?bytes=N`: an N-byte file is streamed through the gateway's
// `readByteArray`, then serialised as the Workers AI binding does (`JSON.stringify({inputs, options})`, sent as
// a string body: here `new Response(json).arrayBuffer()`, the same UTF-8 encoding), and the sizes are answered.
import { readByteArray } from "../../apps/whisper/src/transcription/read-byte-array.ts";

const CHUNK = 64 * 1024;

export default {
  async fetch(request) {
    const size = Number(new URL(request.url).searchParams.get("bytes") ?? 0);
    const file = new Uint8Array(size);
    for (let i = 0; i < size; i++) file[i] = (i * 131 + 7) & 255; // every byte value: 1–3 digits in JSON
    let at = 0;
    const stream = new ReadableStream({
      pull(controller) {
        controller.enqueue(file.subarray(at, at + CHUNK));
        at += CHUNK;
        if (at >= size) controller.close();
      },
    });
    const audio = await readByteArray(stream, size);
    const json = JSON.stringify({ inputs: { audio }, options: {} });
    const body = await new Response(json).arrayBuffer();
    return Response.json({ bytes: audio.length, json: json.length, body: body.byteLength });
  },
};
