import type { SmokeAnswer } from "../answer.ts";
import { must, textOf } from "./must.ts";

/** MP3 bytes (an ID3 tag or an MPEG frame sync first) with `content-type: audio/mpeg`. */
export function checkSpeech(answer: SmokeAnswer): string {
  must(answer.status === 200, `status ${answer.status}, expected 200: ${textOf(answer).slice(0, 300)}`);
  const type = answer.headers.get("content-type");
  must(type === "audio/mpeg", `content-type ${type}, expected audio/mpeg`);
  const b = answer.bytes;
  const id3 = b[0] === 0x49 && b[1] === 0x44 && b[2] === 0x33;
  const sync = b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0;
  must(b.length > 256 && (id3 || sync), `not MP3 audio (${b.length} bytes)`);
  return `mp3 ${Math.round(b.length / 1024)} KB`;
}
