import type { SmokeAnswer } from "../answer.ts";
import { isObject, must, okJson } from "./must.ts";

/**
 * An OpenAI transcription (or translation) in `verbose_json`: `text` (which may be empty: the sample is a tone,
 * not speech), a positive `duration`, `segments` inside it, and the `usage` in seconds when the answer has one.
 */
export function checkTranscription(answer: SmokeAnswer): string {
  const body = okJson(answer);
  must(typeof body.text === "string", `text is ${JSON.stringify(body.text)}`);
  must(typeof body.language === "string", `language is ${JSON.stringify(body.language)}`);
  const duration = body.duration;
  must(typeof duration === "number" && duration > 0, `duration is ${JSON.stringify(duration)}`);
  must(Array.isArray(body.segments), "no segments array");
  for (const [i, s] of body.segments.entries()) {
    must(isObject(s) && typeof s.text === "string", `segments[${i}] has no text`);
    must(typeof s.start === "number" && typeof s.end === "number" && s.start <= s.end, `segments[${i}] times`);
  }
  if (body.usage === undefined) return `${duration} s audio`;
  must(isObject(body.usage) && body.usage.type === "duration", `usage is ${JSON.stringify(body.usage)}`);
  must(typeof body.usage.seconds === "number" && body.usage.seconds > 0, `usage.seconds is ${body.usage.seconds}`);
  return `${body.usage.seconds} s audio`;
}
