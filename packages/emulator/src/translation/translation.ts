import { badInput } from "../ai-error.ts";
import type { Faults } from "../faults.ts";
import { jsonOutput, type Output } from "../output.ts";
import { type Obj, readString } from "../validate.ts";

// M2M100's 100 language codes (reference §2.7). Lower-case English names ("french") are also taken, as in
// Cloudflare's own examples; anything else (`zh-hans`, `nb`, `EN-US`) is refused, so a DeepL mapping bug shows.
const CODES = new Set(
  (
    "af am ar ast az ba be bg bn br bs ca ceb cs cy da de el en es et fa ff fi fr fy ga gd gl gu ha he hi hr ht hu hy " +
    "id ig ilo is it ja jv ka kk km kn ko lb lg ln lo lt lv mg mk ml mn mr ms my ne nl no ns oc or pa pl ps pt ro ru " +
    "sd si sk sl so sq sr ss su sv sw ta th tl tn tr uk ur uz vi wo xh yi yo zh zu"
  ).split(" "),
);

/**
 * m2m100: `{text, target_lang, source_lang = "en"}` → `{translated_text: "[<target_lang>] <text>"}`: the text kept
 * as is (newlines and paragraphs intact) behind the target language, so a test can compute it.
 */
export function translation(inputs: Obj, faults?: Faults): Output {
  const text = readString(inputs, "text", { required: true, min: 1 }) ?? "";
  const target = readString(inputs, "target_lang", { required: true, min: 1 }) ?? "";
  const source = readString(inputs, "source_lang") ?? "en";
  checkLanguage("target_lang", target);
  checkLanguage("source_lang", source);
  // m2m100 can fail inside a 200 (Addendum; callers such as jianchang512/translate-api test for the prefix).
  if (faults?.m2m100Error)
    return jsonOutput({ translated_text: "ERROR: emulated m2m100 failure (#fault:m2m100-error)" });
  return jsonOutput({ translated_text: `[${target}] ${text}` });
}

function checkLanguage(key: string, value: string): void {
  if (CODES.has(value) || /^[a-z]{4,}$/.test(value)) return;
  throw badInput(`'/${key}' is not a language m2m100 knows: '${value}'`);
}
