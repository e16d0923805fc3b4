import { checkDeepL } from "./checks/check-deepl.ts";
import { checkDeepLx } from "./checks/check-deeplx.ts";
import type { SmokeCase } from "./smoke-case.ts";

const M2M100 = "@cf/meta/m2m100-1.2b";

/** m2m100 through the DeepLX and the DeepL protocol. */
export const TRANSLATE_CASES: SmokeCase[] = [
  {
    model: M2M100,
    route: "POST /translate",
    variant: "DeepLX",
    request: () => ({ json: { text: "Guten Morgen, wie geht es dir heute?", source_lang: "DE", target_lang: "EN" } }),
    check: (a) => checkDeepLx(a, { source: "DE", target: "EN" }),
  },
  {
    model: M2M100,
    route: "POST /v2/translate",
    variant: "DeepL",
    request: () => ({
      auth: "deepl",
      json: { text: ["Guten Morgen.", "Wie geht es dir heute?"], source_lang: "DE", target_lang: "EN-US" },
    }),
    check: (a) => checkDeepL(a, { count: 2, source: "DE" }),
  },
];
