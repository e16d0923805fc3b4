import { WHISPER_CATALOG } from "@wai/catalog/slices/whisper";
import {
  aiClientFor,
  type GatewayRequest,
  ignoredFieldsNote,
  modelsFor,
  parseInput,
  readJson,
  serveWithFallbacks,
  withGatewayNotes,
} from "@wai/core";
import type { Env } from "../env.ts";
import { CreateSpeechParams, KNOWN_SPEECH_KEYS } from "../speech/speech-params.ts";
import { toSpeechInputs } from "../speech/to-speech-inputs.ts";
import { toSpeechResponse } from "../speech/to-speech-response.ts";

/** `POST /v1/audio/speech`: JSON in, audio bytes out, typed from the bytes; down the `MODEL_FALLBACKS` ladder. */
export async function createSpeech(request: GatewayRequest, env: Env): Promise<Response> {
  const params = parseInput(CreateSpeechParams, await readJson(request));
  const resolved = modelsFor(params.model, env, {
    catalog: WHISPER_CATALOG,
    worker: "whisper",
    task: "text-to-speech",
  });
  const ai = aiClientFor(request, env);
  const served = await serveWithFallbacks(resolved, async (model) => {
    const { inputs, ignored } = toSpeechInputs(model, params);
    // Spread: the published input types are interfaces, and the client takes a plain record.
    return { output: await ai.run(model.id, { ...inputs }), ignored };
  });
  const { output, ignored } = served.value;
  const response = await toSpeechResponse(output, params.response_format);
  const unknown = Object.keys(params).filter((key) => !KNOWN_SPEECH_KEYS.has(key));
  return withGatewayNotes(response, [...served.notes, ...ignoredFieldsNote([...ignored, ...unknown])]);
}
