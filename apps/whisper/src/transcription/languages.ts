/** Whisper's languages, ISO code → the lowercase name OpenAI's `verbose_json` reports (openai/whisper tokenizer.py). */
export const LANGUAGES: Readonly<Record<string, string>> = {
  en: "english", zh: "chinese", de: "german", es: "spanish", ru: "russian", ko: "korean", fr: "french",
  ja: "japanese", pt: "portuguese", tr: "turkish", pl: "polish", ca: "catalan", nl: "dutch", ar: "arabic",
  sv: "swedish", it: "italian", id: "indonesian", hi: "hindi", fi: "finnish", vi: "vietnamese", he: "hebrew",
  uk: "ukrainian", el: "greek", ms: "malay", cs: "czech", ro: "romanian", da: "danish", hu: "hungarian",
  ta: "tamil", no: "norwegian", th: "thai", ur: "urdu", hr: "croatian", bg: "bulgarian", lt: "lithuanian",
  la: "latin", mi: "maori", ml: "malayalam", cy: "welsh", sk: "slovak", te: "telugu", fa: "persian",
  lv: "latvian", bn: "bengali", sr: "serbian", az: "azerbaijani", sl: "slovenian", kn: "kannada", et: "estonian",
  mk: "macedonian", br: "breton", eu: "basque", is: "icelandic", hy: "armenian", ne: "nepali", mn: "mongolian",
  bs: "bosnian", kk: "kazakh", sq: "albanian", sw: "swahili", gl: "galician", mr: "marathi", pa: "punjabi",
  si: "sinhala", km: "khmer", sn: "shona", yo: "yoruba", so: "somali", af: "afrikaans", oc: "occitan",
  ka: "georgian", be: "belarusian", tg: "tajik", sd: "sindhi", gu: "gujarati", am: "amharic", yi: "yiddish",
  lo: "lao", uz: "uzbek", fo: "faroese", ht: "haitian creole", ps: "pashto", tk: "turkmen", nn: "nynorsk",
  mt: "maltese", sa: "sanskrit", lb: "luxembourgish", my: "myanmar", bo: "tibetan", tl: "tagalog",
  mg: "malagasy", as: "assamese", tt: "tatar", haw: "hawaiian", ln: "lingala", ha: "hausa", ba: "bashkir",
  jw: "javanese", su: "sundanese", yue: "cantonese",
};

const BY_NAME = new Map(Object.entries(LANGUAGES).map(([code, name]) => [name, code]));

/**
 * The whisper code for what a client sends: an ISO 639-1 code (`fr`, `FR`), a regional tag (`pt-BR` → `pt`),
 * or a name (`french`, as the whisper CLI takes). Undefined when whisper does not know the language.
 */
export function toLanguageCode(value: string): string | undefined {
  const text = value.trim().toLowerCase();
  if (LANGUAGES[text]) return text;
  const base = text.split(/[-_]/)[0] ?? "";
  if (LANGUAGES[base]) return base;
  return BY_NAME.get(text);
}

/** The name `verbose_json` reports for a code; the code itself when whisper has no name for it. */
export const toLanguageName = (code: string): string => LANGUAGES[code.toLowerCase()] ?? code;
