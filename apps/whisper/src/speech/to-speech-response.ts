import { ApiError, fromBase64 } from "@wai/core";
import { sniffAudio } from "../upload/sniff-audio.ts";
import type { SpeechFormat } from "./speech-params.ts";

/** What to call bytes that no signature matches: raw PCM when asked for, else plain bytes (OpenAI's spec type). */
const FALLBACK_TYPE: Partial<Record<SpeechFormat, string>> = { pcm: "audio/pcm" };

/**
 * A text-to-speech output → the audio response, typed from its first bytes (reference §1.1, §2.6: the binding
 * gives a stream for binary audio, `{audio: base64}` for melotts' JSON answer, and [CF-AI] also meets
 * `Uint8Array`/`ArrayBuffer`). A stream is passed on as it comes, its first chunk peeked, never buffered whole.
 */
export async function toSpeechResponse(output: unknown, format: SpeechFormat): Promise<Response> {
  if (output instanceof ReadableStream) {
    const reader = (output as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    const head = first.done ? new Uint8Array(0) : first.value;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        if (head.length) controller.enqueue(head);
      },
      pull: async (controller) => {
        const next = await reader.read();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      cancel: (reason) => reader.cancel(reason),
    });
    return audioResponse(body, head, format);
  }
  const bytes = toBytes(output);
  return audioResponse(bytes, bytes, format);
}

function audioResponse(body: BodyInit, head: Uint8Array, format: SpeechFormat): Response {
  if (head.length === 0) throw noAudio();
  const type = sniffAudio(head)?.mediaType ?? FALLBACK_TYPE[format] ?? "application/octet-stream";
  return new Response(body, { headers: { "content-type": type } });
}

function toBytes(output: unknown): Uint8Array {
  if (output instanceof Uint8Array) return output;
  if (output instanceof ArrayBuffer) return new Uint8Array(output);
  if (output && typeof output === "object" && "audio" in output && typeof output.audio === "string") {
    const audio = fromBase64(output.audio);
    if (!audio) throw noAudio();
    return audio;
  }
  throw noAudio();
}

const noAudio = () =>
  new ApiError({
    status: 502,
    type: "upstream_error",
    code: "upstream_error",
    message: "Workers AI answered the speech request without audio this gateway can read.",
  });
