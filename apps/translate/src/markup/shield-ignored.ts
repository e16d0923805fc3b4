import type { TagHandling } from "./tokenize-markup.ts";

/** Elements whose content is never text to translate in HTML. */
const HTML_IGNORED = ["script", "style"];

export interface Shielded {
  /** The text with each ignored element replaced by one token (`\uE000<n>\uE001`, private-use characters). */
  text: string;
  /** Puts the ignored elements back. */
  restore: (translated: string) => string;
}

/**
 * DeepL's `ignore_tags` (and `<script>`/`<style>` in HTML): each such element, content included, becomes one
 * token before the text is split and translated, so its content is never sent to a model and comes back as it
 * was, even when it spans lines (`<pre>`).
 */
export function shieldIgnored(text: string, ignoreTags: readonly string[], mode: TagHandling): Shielded {
  const names = [...ignoreTags, ...(mode === "xml" ? [] : HTML_IGNORED)].filter((n) => /^[\w:.-]+$/.test(n));
  if (names.length === 0 || !text.includes("<")) return { text, restore: (t) => t };
  const kept: string[] = [];
  const element = new RegExp(`<(${names.join("|")})\\b[^>]*>[\\s\\S]*?</\\1\\s*>`, "gi");
  const shielded = text.replace(element, (whole) => `\uE000${kept.push(whole) - 1}\uE001`);
  return {
    text: shielded,
    restore: (translated) => translated.replace(/\uE000(\d+)\uE001/g, (token, n) => kept[Number(n)] ?? token),
  };
}
