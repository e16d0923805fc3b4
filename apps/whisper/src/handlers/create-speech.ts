import { aliasesFromEnv, requireModel } from "@wai/catalog";
import { aiClientFor, type GatewayRequest, ignoredFieldsNote, parseInput, readJson, withGatewayNotes } from "@wai/core";
import type { Env } from "../env.ts";
import { CreateSpeechParams, KNOWN_SPEECH_KEYS } from "../speech/speech-params.ts";
import { toSpeechInputs } from "../speech/to-speech-inputs.ts";
import { toSpeechResponse } from "../speech/to-speech-response.ts";

/** `POST /v1/audio/speech`: JSON in, audio bytes out, typed from the bytes. */
export async function createSpeech(request: GatewayRequest, env: Env): Promise<Response> {
  const params = parseInput(CreateSpeechParams, await readJson(request));
  const model = requireModel(params.model, { aliases: aliasesFromEnv(env), worker: "whisper", task: "text-to-speech" });
  const { inputs, ignored } = toSpeechInputs(model, params);
  const ai = aiClientFor(request, env);
  // Spread: the published input types are interfaces, and the client takes a plain record.
  const response = await toSpeechResponse(await ai.run(model.id, { ...inputs }), params.response_format);
  const unknown = Object.keys(params).filter((key) => !KNOWN_SPEECH_KEYS.has(key));
  return withGatewayNotes(response, ignoredFieldsNote([...ignored, ...unknown]));
}
