/**
 * The estimated tokens in `text`, unrounded: a quarter per ASCII character, one per other character (CJK text is
 * about that; a surrogate pair counts once). Summed over a stream's pieces, then rounded up by `estimateTokens`'s
 * rule, it gives what the whole text would.
 */
export function tokenWeight(text: string): number {
  let ascii = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) ascii++;
    else if (c < 0xdc00 || c > 0xdfff) other++;
  }
  return ascii / 4 + other;
}
