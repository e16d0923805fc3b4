import { tokenWeight } from "./token-weight.ts";

/**
 * The one token estimate, for when Workers AI reports none (embeddings never do; image models count nothing;
 * some streams end without usage): about 4 characters a token for ASCII text, one token per other character.
 * Never 0 for non-empty text, so gateways that bill by usage never see a free exchange.
 */
export function estimateTokens(text: string): number {
  return text === "" ? 0 : Math.max(1, Math.ceil(tokenWeight(text)));
}
