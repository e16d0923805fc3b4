import { toCues } from "./to-cues.ts";
import { toSrt } from "./to-srt.ts";
import { toVerboseJson } from "./to-verbose-json.ts";
import { toVtt } from "./to-vtt.ts";
import type { WhisperTask } from "./to-whisper-inputs.ts";
import type { Transcript } from "./transcript.ts";
import type { TranscriptionFields } from "./transcription-params.ts";

const TEXT = { "content-type": "text/plain; charset=utf-8" };

/**
 * The response in the asked format, as OpenAI sends it (OneAPI parses the body by `response_format` to bill):
 * `json` `{text, usage?}`; `text`, `srt` and `vtt` as `text/plain` (the text ends with a newline); `verbose_json`.
 */
export function toTranscriptionResponse(t: Transcript, fields: TranscriptionFields, task: WhisperTask): Response {
  switch (fields.response_format) {
    case "text":
      return new Response(`${t.text}\n`, { headers: TEXT });
    case "srt":
      return new Response(toSrt(toCues(t)), { headers: TEXT });
    case "vtt":
      return new Response(toVtt(toCues(t)), { headers: TEXT });
    case "verbose_json":
      return Response.json(toVerboseJson(t, task, fields.timestamp_granularities, fields.language));
    default: {
      const usage = t.duration === undefined ? undefined : { type: "duration", seconds: Math.ceil(t.duration) };
      return Response.json(usage ? { text: t.text, usage } : { text: t.text });
    }
  }
}
