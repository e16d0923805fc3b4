import { claudeModelFor, lookupIn, type ModelVars, modelSettingsOf } from "@wai/catalog";
import { CHAT_EMBED_CATALOG } from "@wai/catalog/slices/chat-embed";

/**
 * The name a chat request (chat completions, Messages, Responses) is resolved by: the one it sent, unless that
 * is no id or alias the catalog knows but a Claude name, which its family maps (`claude-sonnet-4-6` → the
 * balanced tier, `MODEL_ALIASES` overriding), the mapping named in the notes. Claude Code sends Claude names on
 * `/v1/messages`; gateways that fetch `/v1/models` (which lists the families) test them on chat completions.
 */
export function chatModelName(name: string, env: ModelVars | undefined): { name: string; notes: string[] } {
  const { aliases } = modelSettingsOf(env);
  const claude = lookupIn(CHAT_EMBED_CATALOG, name, aliases) ? undefined : claudeModelFor(name, aliases);
  return claude ? { name: claude.target, notes: [claude.note] } : { name, notes: [] };
}
