import { indexModels, lookupModel } from "./lookup-model.ts";
import type { ServingWorker } from "./model.ts";
import { IMAGE_MODELS } from "./models/images.ts";
import { STABLE_DIFFUSION_MODELS } from "./models/images-stable-diffusion.ts";
import { SPEECH_TO_TEXT_MODELS } from "./models/speech-to-text.ts";
import { TEXT_TO_SPEECH_MODELS } from "./models/text-to-speech.ts";
import { TRANSLATION_MODELS } from "./models/translation.ts";

/** The models another worker than chat-embed serves: small, so the router's bundle stays small. */
const INDEX = indexModels([
  ...IMAGE_MODELS,
  ...STABLE_DIFFUSION_MODELS,
  ...SPEECH_TO_TEXT_MODELS,
  ...TEXT_TO_SPEECH_MODELS,
  ...TRANSLATION_MODELS,
]);

/**
 * The worker that serves a model name: `findModel(name, aliases)?.worker`, by the same `lookupModel`, over the
 * models chat-embed does not serve; anything else is chat-embed's (its text models, an unlisted `@cf/`/`@hf/`
 * id it passes through, or an unknown name it refuses in its own words). A retired id goes where its successor
 * is served (a test holds both to the same worker). The router imports this entry
 * (`@wai/catalog/worker-for-model`) instead of the whole catalog; a test holds it equal to `findModel`.
 */
export function workerForModel(name: string, aliases?: Readonly<Record<string, string>>): ServingWorker {
  return lookupModel(INDEX, name, aliases)?.worker ?? "chat-embed";
}
