import type { Model } from "../model.ts";
import { defineModel } from "./define-model.ts";

export const TRANSLATION_MODELS: readonly Model[] = [
  defineModel({
    id: "@cf/meta/m2m100-1.2b",
    task: "translation",
    created: "2023-09-27",
    // M2M100 1.2B: translates between about 100 languages. No auto-detect: `source_lang` defaults to en.
    aliases: ["m2m100"],
    fromOriginalGuide: true,
    input: "m2m100",
    output: "translated-text",
    price: { inputPerMTokens: 31050, outputPerMTokens: 31050 },
  }),
];
