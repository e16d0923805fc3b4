import type { TranslationModel } from "../model.ts";

export const TRANSLATION_MODELS: readonly TranslationModel[] = [
  {
    id: "@cf/meta/m2m100-1.2b",
    source: "AiModels: Ai_Cf_Meta_M2M100_1_2B_Input (`{text, source_lang? = en, target_lang}`); reference §2.7",
    task: "translation",
  },
];
