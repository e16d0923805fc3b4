import { checkEmbeddings } from "./checks/check-embeddings.ts";
import { checkImages } from "./checks/check-images.ts";
import { checkSpeech } from "./checks/check-speech.ts";
import { checkTranscription } from "./checks/check-transcription.ts";
import { gradientPng } from "./gradient-png.ts";
import type { SmokeCase } from "./smoke-case.ts";
import { toneWav } from "./tone-wav.ts";

const embedding = (model: string): SmokeCase => ({
  model,
  route: "POST /v1/embeddings",
  request: () => ({ json: { model, input: ["The quick brown fox.", "A lazy dog sleeps."] } }),
  check: (a) => checkEmbeddings(a, 2),
});

/** One per output style: base64 JPEG (flux-1-schnell), PNG bytes (SDXL), multipart FLUX.2, JPEG bytes (phoenix). */
const generation = (model: string): SmokeCase => ({
  model,
  route: "POST /v1/images/generations",
  request: () => ({
    json: { model, prompt: "a red kite over a green hill", size: "1024x1024", response_format: "b64_json" },
  }),
  check: (a) => checkImages(a),
});

const edit = (model: string | undefined): SmokeCase => ({
  model: model ?? "@cf/runwayml/stable-diffusion-v1-5-img2img",
  route: "POST /v1/images/edits",
  variant: model ? undefined : "default model",
  request: () => {
    const form = new FormData();
    form.append("image", new Blob([gradientPng(256)], { type: "image/png" }), "in.png");
    form.append("prompt", "the same picture at night, with stars");
    form.append("response_format", "b64_json");
    if (model) form.append("model", model);
    return { form };
  },
  check: (a) => checkImages(a),
});

const audioForm = (model: string) => {
  const form = new FormData();
  form.append("file", new Blob([toneWav()], { type: "audio/wav" }), "tone.wav");
  form.append("model", model);
  form.append("response_format", "verbose_json");
  return form;
};

const transcription = (model: string): SmokeCase => ({
  model,
  route: "POST /v1/audio/transcriptions",
  request: () => ({ form: audioForm(model) }),
  check: checkTranscription,
});

const speech = (model: string): SmokeCase => ({
  model,
  route: "POST /v1/audio/speech",
  request: () => ({ json: { model, input: "Hello from the smoke test.", voice: "alloy" } }),
  check: checkSpeech,
});

/** Embeddings, images, speech to text (every whisper model and nova-3), text to speech. */
export const MEDIA_CASES: SmokeCase[] = [
  embedding("@cf/baai/bge-m3"),
  embedding("@cf/qwen/qwen3-embedding-0.6b"),
  generation("@cf/black-forest-labs/flux-1-schnell"),
  generation("@cf/bytedance/stable-diffusion-xl-lightning"),
  generation("@cf/black-forest-labs/flux-2-klein-4b"),
  generation("@cf/leonardo/phoenix-1.0"),
  edit(undefined),
  edit("@cf/black-forest-labs/flux-2-klein-4b"),
  transcription("@cf/openai/whisper"),
  transcription("@cf/openai/whisper-tiny-en"),
  transcription("@cf/openai/whisper-large-v3-turbo"),
  transcription("@cf/deepgram/nova-3"),
  {
    model: "@cf/openai/whisper-large-v3-turbo",
    route: "POST /v1/audio/translations",
    request: () => ({ form: audioForm("@cf/openai/whisper-large-v3-turbo") }),
    check: checkTranscription,
  },
  speech("@cf/myshell-ai/melotts"),
  speech("@cf/deepgram/aura-2-en"),
];
