import { badInput } from "../ai-error.ts";
import { toBase64 } from "../bytes.ts";
import { hashString, hex8 } from "../hash.ts";
import type { TextToSpeechModel } from "../model.ts";
import { bytesOutput, jsonOutput, type Output } from "../output.ts";
import { type Obj, readNumber, readString } from "../validate.ts";
import { snippet } from "../words.ts";
import { encodeMp3 } from "./mp3.ts";

/** Speech takes about 65 ms a character (some 15 characters a second). */
const SECONDS_PER_CHAR = 0.065;

/**
 * Text to speech (reference §2.6): an MP3 whose length follows the text. melotts (`{prompt, lang?}`) answers
 * `{audio: "<base64 MP3>"}`; aura (`{text, speaker?, encoding?, container?, ...}`) answers the MP3 bytes as a stream.
 * Other `encoding`s are accepted but still give MP3.
 */
export function textToSpeech(model: TextToSpeechModel, inputs: Obj): Output {
  const melo = model.request === "melotts";
  const text = readString(inputs, melo ? "prompt" : "text", { required: true, min: 1 }) ?? "";
  const voice = melo ? (readString(inputs, "lang") ?? "en") : (readString(inputs, "speaker") ?? "default");
  if (!melo && inputs.speaker !== undefined && model.speakers && !model.speakers.includes(voice))
    throw badInput(`'/speaker' must be one of '${model.speakers.join("', '")}'`);
  if (!melo) {
    for (const key of ["encoding", "container"]) readString(inputs, key);
    for (const key of ["sample_rate", "bit_rate"]) readNumber(inputs, key, { min: 0 });
  }
  const title = `[emulated ${model.id} ${voice}] ${snippet(text)}`;
  const mp3 = encodeMp3(
    Math.max(0.5, text.length * SECONDS_PER_CHAR),
    title,
    `emulated; text hash ${hex8(hashString(text))}`,
  );
  return melo ? jsonOutput({ audio: toBase64(mp3) }) : bytesOutput(mp3, "audio/mpeg");
}
