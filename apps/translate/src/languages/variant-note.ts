/** Traditional Chinese asked for: DeepL `ZH-HANT`, BCP 47 `zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant-*`. */
const TRADITIONAL_CHINESE = /^zh[-_](?:hant|tw|hk|mo)(?:[-_]|$)/i;

/**
 * m2m100 has a single `zh` and writes it in the script it learned (mostly simplified): a target asking for
 * traditional Chinese cannot be honoured. The request is served, and this note says so (response header).
 */
export function variantNote(targetLang: string): string | undefined {
  if (!TRADITIONAL_CHINESE.test(targetLang.trim())) return undefined;
  return `target_lang ${targetLang.trim()}: m2m100 has a single Chinese (zh); the script of its output is not guaranteed to be traditional`;
}
