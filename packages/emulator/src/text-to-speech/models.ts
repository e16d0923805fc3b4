import type { TextToSpeechModel } from "../model.ts";

const AURA_1 = "angus asteria arcas orion orpheus athena luna zeus perseus helios hera stella";
const AURA_2_EN =
  "amalthea andromeda apollo arcas aries asteria athena atlas aurora callista cora cordelia delia draco electra " +
  "harmonia helena hera hermes hyperion iris janus juno jupiter luna mars minerva neptune odysseus ophelia orion " +
  "orpheus pandora phoebe pluto saturn thalia theia vesta zeus";
const AURA_2_ES = "sirio nestor carina celeste alvaro diana aquila selena estrella javier";

export const TEXT_TO_SPEECH_MODELS: readonly TextToSpeechModel[] = [
  {
    id: "@cf/myshell-ai/melotts",
    source: "AiModels: BaseAiTextToSpeech (`{prompt, lang?}` → `Uint8Array | {audio}`); melotts.json",
    task: "text-to-speech",
    request: "melotts",
  },
  {
    id: "@cf/deepgram/aura-1",
    source: "AiModels: Ai_Cf_Deepgram_Aura_1_Input (speaker enum); aura-1.json (binary audio/mpeg)",
    task: "text-to-speech",
    request: "aura",
    speakers: AURA_1.split(" "),
  },
  {
    id: "@cf/deepgram/aura-2-en",
    source: "AiModels: Ai_Cf_Deepgram_Aura_2_En_Input (speaker enum)",
    task: "text-to-speech",
    request: "aura",
    speakers: AURA_2_EN.split(" "),
  },
  {
    id: "@cf/deepgram/aura-2-es",
    source: "AiModels: Ai_Cf_Deepgram_Aura_2_Es_Input (speaker enum)",
    task: "text-to-speech",
    request: "aura",
    speakers: AURA_2_ES.split(" "),
  },
];
