import { badRequest } from "@wai/core";
import { primaryLanguage } from "./to-m2m100-language.ts";

const NAMES = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** Traditional Chinese asked for: DeepL `ZH-HANT`, BCP 47 `zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant-*`. */
const TRADITIONAL = /^zh[-_](?:hant|tw|hk|mo)(?:[-_]|$)/i;

export interface LlmTarget {
  /** What a source is compared with (a text already in it is not translated): the primary code, but `zh-Hans` / `zh-Hant` for Chinese, whose script an LLM can change. */
  code: string;
  /** The target as the prompt names it: `Traditional Chinese`, `Brazilian Portuguese`, `German`. */
  name: string;
}

/** An English name for a language code (`de` → `German`); the code itself when there is none. */
export function languageName(code: string): string {
  try {
    return NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A target language for the LLM engine, from any client's code (DeepL `ZH-HANT`, `EN-US`, `PT-BR`; BCP 47
 * `zh-CN`, `zh-TW`): Chinese in the script asked for (a bare `ZH` is simplified, as in DeepL), other variants by
 * their English name (`en-GB` → `British English`). A code with no known language is a 400 naming the field.
 */
export function toLlmTarget(code: string, param: string): LlmTarget {
  const primary = toLlmLanguage(code, param);
  if (primary === "zh") {
    const tag = TRADITIONAL.test(code.trim()) ? "zh-Hant" : "zh-Hans";
    return { code: tag, name: languageName(tag) };
  }
  const region = code.trim().replace(/_/g, "-").split("-").slice(1).join("-");
  const full = region ? `${primary}-${region}` : primary;
  const named = full === primary ? undefined : languageName(safeTag(full));
  const name = named && named !== safeTag(full) ? named : languageName(primary);
  return { code: primary, name };
}

/** A source language for the LLM engine: its primary code (any language with a name, not only m2m100's). */
export function toLlmLanguage(code: string, param: string): string {
  const primary = primaryLanguage(code);
  if (/^[a-z]{2,3}$/.test(primary) && NAMES.of(primary) !== undefined) return primary;
  throw badRequest(
    `Unsupported ${param}: "${code.trim()}" is not a language code (use ISO 639 or DeepL codes such as EN-US, ZH-HANT, PT-BR).`,
    param,
    "unsupported_language",
  );
}

function safeTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag.split("-")[0] ?? tag;
  }
}
