/**
 * A token count for when Workers AI reports none (embeddings never do; some streams end without usage):
 * about 4 characters a token for ASCII text, one token per other character (CJK text is about that). Never 0
 * for non-empty text, so gateways that bill by usage never see a free exchange.
 */
export function estimateTokens(text: string): number {
  if (text === "") return 0;
  let ascii = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) ascii++;
    else if (c < 0xdc00 || c > 0xdfff) other++; // a surrogate pair counts once
  }
  return Math.max(1, Math.ceil(ascii / 4) + other);
}
