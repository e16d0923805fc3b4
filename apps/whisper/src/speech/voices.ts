import type { AuraModelId, AuraSpeaker } from "../upstream-inputs.ts";

/** OpenAI's voices (reference §4.6). */
export const OPENAI_VOICES = [
  "alloy",
  "ash",
  "ballad",
  "coral",
  "echo",
  "fable",
  "onyx",
  "nova",
  "sage",
  "shimmer",
  "verse",
  "marin",
  "cedar",
] as const;

/** Speakers per Deepgram model (reference §2.6), typed by each model's published `speaker` list. */
export const AURA_SPEAKERS: { readonly [Id in AuraModelId]: readonly AuraSpeaker<Id>[] } = {
  "@cf/deepgram/aura-1": [
    "angus",
    "asteria",
    "arcas",
    "orion",
    "orpheus",
    "athena",
    "luna",
    "zeus",
    "perseus",
    "helios",
    "hera",
    "stella",
  ],
  "@cf/deepgram/aura-2-en": [
    "amalthea",
    "andromeda",
    "apollo",
    "arcas",
    "aries",
    "asteria",
    "athena",
    "atlas",
    "aurora",
    "callista",
    "cora",
    "cordelia",
    "delia",
    "draco",
    "electra",
    "harmonia",
    "helena",
    "hera",
    "hermes",
    "hyperion",
    "iris",
    "janus",
    "juno",
    "jupiter",
    "luna",
    "mars",
    "minerva",
    "neptune",
    "odysseus",
    "ophelia",
    "orion",
    "orpheus",
    "pandora",
    "phoebe",
    "pluto",
    "saturn",
    "thalia",
    "theia",
    "vesta",
    "zeus",
  ],
  "@cf/deepgram/aura-2-es": [
    "sirio",
    "nestor",
    "carina",
    "celeste",
    "alvaro",
    "diana",
    "aquila",
    "selena",
    "estrella",
    "javier",
  ],
};

/**
 * OpenAI voice → a speaker every English aura model has (aura-1 and aura-2-en share these eight), and one of
 * aura-2-es's ten for Spanish. Picked to keep each voice's register; the table is this gateway's choice.
 */
export const ENGLISH_SPEAKER_FOR: Readonly<
  Record<string, AuraSpeaker<"@cf/deepgram/aura-1"> & AuraSpeaker<"@cf/deepgram/aura-2-en">>
> = {
  alloy: "asteria",
  ash: "orion",
  ballad: "arcas",
  coral: "athena",
  echo: "orpheus",
  fable: "hera",
  onyx: "zeus",
  nova: "luna",
  sage: "hera",
  shimmer: "athena",
  verse: "arcas",
  marin: "luna",
  cedar: "orion",
};
export const SPANISH_SPEAKER_FOR: Readonly<Record<string, AuraSpeaker<"@cf/deepgram/aura-2-es">>> = {
  alloy: "celeste",
  ash: "alvaro",
  ballad: "nestor",
  coral: "carina",
  echo: "javier",
  fable: "diana",
  onyx: "sirio",
  nova: "estrella",
  sage: "selena",
  shimmer: "aquila",
  verse: "nestor",
  marin: "estrella",
  cedar: "alvaro",
};

/** melotts `lang` values, and the codes clients may use for them (`ja` → `jp`, `ko` → `kr`). */
export const MELO_LANGS: Readonly<Record<string, string>> = {
  en: "en",
  es: "es",
  fr: "fr",
  zh: "zh",
  jp: "jp",
  ja: "jp",
  kr: "kr",
  ko: "kr",
};
